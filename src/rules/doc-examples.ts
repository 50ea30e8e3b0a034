/**
 * Parts of the rules' documentation examples. A fallback destination is used only by a number
 * without assistant or squad, whose server URL answers the assistant-request, so examples about
 * fallbacks need that whole setting to pass every other rule.
 */
export function numberWithFallback(destination: readonly string[]): string {
  return `provider: byo-phone-number
number: "+14155550100"
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
serverUrl: https://hooks.example.com/vapi
fallbackDestination:
${destination.map((line) => `  ${line}\n`).join('')}`;
}
