import { quote } from '../diagnostic.js';
import type { EntryContext, Rule } from './types.js';
import { hasPlaceholder, stringAt } from './types.js';
import { displayUrl, urlProblem, type UrlProblem } from './url.js';

function explain(problem: UrlProblem): { reason: string; hint: string } {
  switch (problem.kind) {
    case 'whitespace':
      return {
        reason: 'contains whitespace; expected a URL without spaces or line breaks',
        hint: 'remove the spaces or line breaks; encode a space in a path as %20',
      };
    case 'not-absolute':
      return {
        reason: 'is not an absolute URL; expected https://host/path',
        hint: 'write the scheme and the host, e.g. https://hooks.example.com/vapi',
      };
    case 'scheme':
      return { reason: `has scheme ${quote(problem.scheme)}; expected http or https`, hint: 'Vapi sends server messages over HTTPS' };
    case 'credentials':
      return {
        reason: 'embeds credentials (user:password@); they would be logged wherever the URL is',
        hint: 'authenticate with serverUrlSecret, which Vapi sends as the x-vapi-secret header',
      };
    case 'port':
      return {
        reason: `has an invalid port ${quote(problem.port)}; expected 0 to 65535`,
        hint: 'write the port your server listens on, or none for 443',
      };
    case 'fragment':
      return { reason: `has a fragment (${quote(problem.fragment)}), which is never sent to the server`, hint: 'remove the part from "#"' };
  }
}

export const serverUrl: Rule = {
  meta: {
    id: 'server-url',
    description: 'serverUrl is not an absolute http(s) URL, or has whitespace, credentials or a fragment',
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      rationale:
        "Vapi posts the number's server messages, the assistant-request among them, to serverUrl. A relative URL, another scheme or a stray space makes every request fail; credentials in the URL leak wherever URLs are logged; a fragment is never sent. Values with a `${NAME}` placeholder are resolved later and are not checked.",
      valid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: https://hooks.example.com/vapi\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
      invalid:
        'provider: byo-phone-number\nnumber: "+14155550100"\ncredentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\nserverUrl: hooks.example.com/vapi\nfallbackDestination:\n  type: number\n  number: "+14155550199"\n',
    },
  },
  needs: 'serverUrl',
  check(context: EntryContext) {
    const value = stringAt(context.entry, 'serverUrl');
    if (value === undefined || hasPlaceholder(value)) return;
    const problem = urlProblem(value);
    if (!problem) return;
    const { reason, hint } = explain(problem);
    context.report({
      path: ['serverUrl'],
      messageId: problem.kind,
      message: `serverUrl ${quote(displayUrl(value))} ${reason}`,
      hint,
    });
  },
};
