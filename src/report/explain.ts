/**
 * `byo-lint explain` as text: a pure function of the routing analysis, so the same facts that the
 * rules report on are what the user reads here.
 */
import { quote } from '../diagnostic.js';
import {
  assistantName,
  assistantRequestTimeout,
  declareOrgHint,
  effectiveServer,
  levelOwners,
  precedenceCaveat,
  precedenceOrder,
  type EffectiveServer,
  type Level,
  type LevelUrl,
  type Routing,
  type SecretSource,
} from '../rules/routing.js';
import { stringAt, type Entry } from '../rules/types.js';
import { displayUrl } from '../rules/url.js';

export interface ExplainedNumber {
  /** The entry's first line. */
  line: number;
  name?: string;
  /** The number as written. */
  number?: string;
  /** The fallback's number and extension as written. */
  fallback?: { number?: string; extension?: string };
  routing: Routing;
}

export interface ExplainedFile {
  filePath: string;
  /** Why the file, or a document of it, could not be read as data (a syntax error, a limit), with its position. */
  problems: { line: number; column: number; message: string }[];
  /** The numbers of the documents that could be read. */
  numbers: ExplainedNumber[];
}

export interface ExplainContext {
  /** The configuration file used, relative to the working directory; undefined when there was none. */
  configFile?: string;
}

const levelLabels: Record<Level, string> = { assistant: 'assistant', 'phone-number': 'phone number', org: 'org' };

function answer(routing: Routing): string {
  const { answer } = routing;
  switch (answer.by) {
    case 'assistant':
      return `assistant ${assistantName(routing)}${routing.assistant.kind === 'assistant' && !routing.assistant.declared ? ' (not declared in the config)' : ''}`;
    case 'squad':
      return `squad ${answer.squadId}`;
    case 'assistant-and-squad':
      return `ambiguous: both assistant ${assistantName(routing)} and squad ${answer.squadId} are set, and the API documents no rule for which one answers`;
    case 'assistant-request':
      return `whichever assistant, squad or destination the assistant-request to ${displayUrl(answer.url)} (${levelLabels[answer.level]}) returns`;
    case 'nobody': {
      // with no assistant-request to send, a fallback takes the call at once
      const who = routing.fallback ? 'the fallbackDestination' : 'nobody';
      return answer.org === 'unknown'
        ? `${who}, unless the org has a server URL: no assistant, squad or serverUrl on the number, and the config does not declare org.serverUrl`
        : `${who}: no assistant, squad or server URL at any level`;
    }
  }
}

/** A secret's source at a level; its value is never shown, only a placeholder's name. */
function secret(source: SecretSource, level: Level): string {
  const onNumber = level === 'phone-number';
  switch (source.kind) {
    case 'none':
      return onNumber ? 'none' : 'none declared';
    case 'placeholder':
      return `placeholder ${source.text}`;
    case 'literal':
      return onNumber ? 'set on the number (a literal; value hidden)' : 'set in the config (value hidden)';
    case 'mixed':
      return onNumber ? 'set on the number (a literal around a placeholder; value hidden)' : 'set in the config (value hidden)';
  }
}

function configUrl(url: LevelUrl, unknown: string): string {
  if (url.state === 'set') return displayUrl(url.url);
  return url.state === 'none' ? 'none (null in the config)' : unknown;
}

function assistantLevel(routing: Routing): string {
  const { assistant } = routing;
  switch (assistant.kind) {
    case 'per-call':
      if (routing.answer.by === 'nobody') {
        return routing.answer.org === 'none'
          ? 'none: no assistantId or squadId, and no server URL to ask for an assistant'
          : "chosen per call by the assistant-request's reply, if the org has a server URL to send it to";
      }
      return "chosen per call by the assistant-request's reply; that assistant's own serverUrl, if any, wins for its messages";
    case 'squad':
      return "the squad's assistants, outside these files; each one's own serverUrl, if any, wins for its messages";
    case 'assistant':
      if (!assistant.declared) return `unknown: assistant ${assistant.assistantId} is not declared in the config's assistants`;
      return `${configUrl(assistant.url, "unknown: the config does not give this assistant's serverUrl")}, secret: ${secret(assistant.secret, 'assistant')}`;
  }
}

function orgLevel(routing: Routing, context: ExplainContext): string {
  return `${configUrl(routing.org.url, `unknown: ${declareOrgHint(context.configFile)}`)}, secret: ${secret(routing.org.secret, 'org')}`;
}

function secretInEffect(effective: EffectiveServer, routing: Routing): string {
  return secretFromLevels(effective, routing) + precedenceCaveat(effective, routing, 'serverUrlSecret');
}

function secretFromLevels(effective: EffectiveServer, routing: Routing): string {
  if (!effective.secret) {
    return routing.org.url.state === 'unknown' ? "none known: the number sets none and the config does not declare the org's" : 'none';
  }
  const { level, source } = effective.secret;
  if (!effective.url && !effective.orgUnknown && effective.caveat === undefined) {
    return `none: no level sets a server URL, so ${levelOwners[level]} (${secret(source, level)}) is sent nowhere`;
  }
  // a literal on the number already says where it is set
  if (level === 'phone-number' && source.kind !== 'placeholder') return secret(source, level);
  return `${levelOwners[level]}: ${secret(source, level)}`;
}

function urlInEffect(effective: EffectiveServer, routing: Routing): string {
  const url = effective.url
    ? `${displayUrl(effective.url.value)} (${levelLabels[effective.url.level]})`
    : effective.orgUnknown
      ? "unknown: the number sets none and the config does not declare the org's"
      : 'none: no level sets a server URL';
  return url + precedenceCaveat(effective, routing);
}

function destination(fallback: Entry, written: ExplainedNumber['fallback']): string {
  const type = stringAt(fallback, 'type');
  if (type === 'number') {
    const extension = written?.extension;
    return `the number ${written?.number ?? '(missing)'}${extension ? ` extension ${extension}` : ''}`;
  }
  if (type === 'sip') return `the SIP URI ${stringAt(fallback, 'sipUri') ?? '(missing)'}`;
  return `the fallbackDestination, whose type ${type === undefined ? 'is missing' : `"${type}" is not number or sip`}`;
}

/** With no server URL at any level the request cannot even be sent: it fails on every call. */
function theCall(routing: Routing): string {
  return routing.answer.by === 'nobody' && routing.answer.org === 'none'
    ? 'it cannot be sent without a server URL, so every call'
    : 'the call';
}

const handlers = { assistant: 'the assistant', squad: 'the squad', 'assistant-and-squad': 'the assistant or the squad' };

function onFailure(routing: Routing, fallback: ExplainedNumber['fallback']): string {
  switch (routing.onRequestFailure) {
    case 'not-applicable':
      return `not applicable: ${handlers[routing.answer.by as keyof typeof handlers]} answers without an assistant-request${routing.fallback ? ', so the fallbackDestination is never used' : ''}`;
    case 'fallback':
      return `${theCall(routing)} is transferred to ${destination(routing.fallback!, fallback)}`;
    case 'hang-up':
      return `${theCall(routing)} is hung up (${routing.fallbackUnusable ? 'the fallbackDestination is not a destination' : 'no fallbackDestination'})`;
  }
}

function explainNumber(filePath: string, item: ExplainedNumber, context: ExplainContext): string[] {
  const { routing } = item;
  const effective = effectiveServer(routing);
  return [
    `${filePath}:${item.line}: ${item.name === undefined ? '(no name)' : quote(item.name)} ${item.number ?? '(no number)'}`,
    `  answers inbound calls: ${answer(routing)}`,
    `  server URL and secret by precedence (${precedenceOrder}):`,
    '    tool:         outside these files; a tool with its own server.url sends its calls there',
    `    assistant:    ${assistantLevel(routing)}`,
    `    phone number: ${routing.number.url === undefined ? 'none' : displayUrl(routing.number.url)}, secret: ${secret(routing.number.secret, 'phone-number')}`,
    `    org:          ${orgLevel(routing, context)}`,
    `  server URL in effect: ${urlInEffect(effective, routing)}`,
    `  secret in effect: ${secretInEffect(effective, routing)}`,
    `  when the assistant-request fails or gets no reply within ${assistantRequestTimeout}: ${onFailure(routing, item.fallback)}`,
  ];
}

function explainFile(file: ExplainedFile, context: ExplainContext): string[] {
  const blocks = [
    ...file.problems.map(({ line, column, message }) => [
      `${file.filePath}:${line}:${column}: not explained: ${message}; run byo-lint on it`,
    ]),
    ...file.numbers.map((item) => explainNumber(file.filePath, item, context)),
  ];
  if (blocks.length === 0) return [`${file.filePath}: no phone numbers`];
  return blocks.flatMap((block, index) => [...(index > 0 ? [''] : []), ...block]);
}

export function renderExplanation(files: readonly ExplainedFile[], context: ExplainContext): string {
  const header = context.configFile
    ? `configuration: ${context.configFile}`
    : "configuration: none; the org's and the assistants' settings are unknown";
  return [header, ...files.flatMap((file) => ['', ...explainFile(file, context)])].join('\n') + '\n';
}
