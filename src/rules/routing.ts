/**
 * How Vapi routes an inbound call to a phone number, and which server URL and secret its messages
 * use: the one analysis that the routing and precedence rules and `byo-lint explain` share, so
 * that they cannot disagree.
 */
import { quote } from '../diagnostic.js';
import type { Config } from '../schema/config-model.js';
import { findById } from './references.js';
import { hasPlaceholder, mappingAt, placeholderPattern, type Entry, type Knowledge } from './types.js';

export const precedenceOrder = 'tool.server.url > assistant.serverUrl > phoneNumber.serverUrl > org.serverUrl';

/** How long Vapi waits for the reply to an assistant-request. */
export const assistantRequestTimeout = '7.5 s';

export type KnownAssistant = NonNullable<Config['assistants']>[number];

/** A level's server URL: set, explicitly none (null in the config), or not known to byo-lint. */
export type LevelUrl = { state: 'set'; url: string } | { state: 'none' } | { state: 'unknown' };

/** What a serverUrlSecret is, without ever holding its value (a placeholder's text is not a secret). */
export type SecretSource =
  { kind: 'none' } | { kind: 'placeholder'; text: string } | { kind: 'literal'; length: number; repeated: boolean } | { kind: 'mixed' };

/** The assistant level of the precedence, for this number's calls. */
export type AssistantLevel =
  /** No assistant or squad: the assistant-request's reply picks the assistant per call. */
  | { kind: 'per-call' }
  /** A squad answers: its members' own settings live outside byo-lint's knowledge. */
  | { kind: 'squad'; squadId: string }
  /** An assistant answers; `declared` when the config lists it. */
  | { kind: 'assistant'; assistantId: string; declared?: KnownAssistant; url: LevelUrl; secret: SecretSource };

export type Answer =
  | { by: 'assistant'; assistantId: string }
  | { by: 'squad'; squadId: string }
  | { by: 'assistant-and-squad'; assistantId: string; squadId: string }
  | { by: 'assistant-request'; url: string; level: 'phone-number' | 'org' }
  /** No assistant, squad or known server URL: the org's URL is none, or unknown to byo-lint. */
  | { by: 'nobody'; org: 'none' | 'unknown' };

/** How the rules word a fallbackDestination that is written but is not a mapping, such as null or a string. */
export const fallbackNotADestination = 'fallbackDestination is not a destination (a mapping with a type)';

export type FailureOutcome = 'not-applicable' | 'fallback' | 'hang-up';

export interface Routing {
  answer: Answer;
  assistant: AssistantLevel;
  number: { url?: string; secret: SecretSource };
  org: { url: LevelUrl; secret: SecretSource };
  fallback?: Entry;
  /** A fallbackDestination is written but is not a mapping (the schema reports it): the author meant one, the API has none. */
  fallbackUnusable: boolean;
  /** What happens to a call when the assistant-request fails or is not answered in time. */
  onRequestFailure: FailureOutcome;
}

/** A value that is nothing but placeholders. */
const onlyPlaceholders = new RegExp(`^(?:${placeholderPattern.source})+$`);

const none: SecretSource = { kind: 'none' };

export function secretSource(value: unknown): SecretSource {
  // a number or boolean is still a secret written in the file (the schema reports its type), as for ids below
  if (typeof value === 'number' || typeof value === 'boolean') return secretSource(String(value));
  if (typeof value !== 'string') return none;
  if (onlyPlaceholders.test(value)) return { kind: 'placeholder', text: value };
  if (hasPlaceholder(value)) return { kind: 'mixed' };
  const characters = [...value];
  return { kind: 'literal', length: characters.length, repeated: characters.length > 1 && characters.every((c) => c === characters[0]) };
}

/** A setting from the config: a string is set, null is none, absence is unknown. */
function levelUrl(value: string | null | undefined): LevelUrl {
  if (typeof value === 'string') return { state: 'set', url: value };
  return value === null ? { state: 'none' } : { state: 'unknown' };
}

/**
 * An id or URL on the number as written. An empty string sets nothing; a number or boolean still
 * sets the key (the schema reports its type), so routing is judged by what the author meant.
 */
function setting(entry: Entry, key: string): string | undefined {
  const value = entry[key];
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function assistantLevel(assistantId: string | undefined, squadId: string | undefined, knowledge: Knowledge): AssistantLevel {
  if (assistantId) {
    const declared = knowledge.assistants && findById(knowledge.assistants, assistantId);
    return {
      kind: 'assistant',
      assistantId,
      declared,
      url: levelUrl(declared?.serverUrl),
      secret: secretSource(declared?.serverUrlSecret),
    };
  }
  return squadId ? { kind: 'squad', squadId } : { kind: 'per-call' };
}

function answerOf(assistantId: string | undefined, squadId: string | undefined, numberUrl: string | undefined, org: LevelUrl): Answer {
  if (assistantId && squadId) return { by: 'assistant-and-squad', assistantId, squadId };
  if (assistantId) return { by: 'assistant', assistantId };
  if (squadId) return { by: 'squad', squadId };
  if (numberUrl) return { by: 'assistant-request', url: numberUrl, level: 'phone-number' };
  if (org.state === 'set') return { by: 'assistant-request', url: org.url, level: 'org' };
  return { by: 'nobody', org: org.state };
}

/** What the configuration tells the rules and explain about the world outside the files. */
export function knowledgeOf(config: Config, configFile?: string): Knowledge {
  return { org: config.org, assistants: config.assistants, squads: config.squads, credentials: config.credentials, configFile };
}

/**
 * Several rules ask about the same entry in turn: it is analysed once per entry and knowledge.
 * Only the last is kept; a WeakMap of a large file's hundred thousand entries costs more (in the
 * garbage collector) than the analyses it saves.
 */
let lastEntry: Entry | undefined;
let lastKnowledge: Knowledge | undefined;
let lastRouting: Routing | undefined;

export function analyseRouting(entry: Entry, knowledge: Knowledge): Routing {
  if (lastRouting && lastEntry === entry && lastKnowledge === knowledge) return lastRouting;
  lastEntry = entry;
  lastKnowledge = knowledge;
  lastRouting = analyse(entry, knowledge, orgLevel(knowledge));
  return lastRouting;
}

/** The org's level depends on the knowledge alone, so every entry of a run shares one. */
let orgKnowledge: Knowledge | undefined;
let orgOfKnowledge: Routing['org'] | undefined;

function orgLevel(knowledge: Knowledge): Routing['org'] {
  if (orgOfKnowledge === undefined || orgKnowledge !== knowledge) {
    orgKnowledge = knowledge;
    orgOfKnowledge = { url: levelUrl(knowledge.org?.serverUrl), secret: secretSource(knowledge.org?.serverUrlSecret) };
  }
  return orgOfKnowledge;
}

/**
 * Whether the number names an assistant or a squad, which then answers its calls with no
 * assistant-request: the one question that settles the hang-up and fallback rules for most entries
 * without the whole analysis.
 */
export function answeredDirectly(entry: Entry): boolean {
  return setting(entry, 'assistantId') !== undefined || setting(entry, 'squadId') !== undefined;
}

/*
 * The questions below settle most entries of a large file for the rules without the whole analysis
 * (answeredDirectly above too); test/rules/routing-shortcuts.test.ts holds each to its answer.
 */

/** Whether the number names both an assistant and a squad: the analysis's 'assistant-and-squad' answer. */
export function answeredByBoth(entry: Entry): boolean {
  return setting(entry, 'assistantId') !== undefined && setting(entry, 'squadId') !== undefined;
}

/** The number's own server URL, as the analysis reads it (`number.url`). */
export function numberServerUrl(entry: Entry): string | undefined {
  return setting(entry, 'serverUrl');
}

/**
 * Whether a level above the number's may set a server URL that byo-lint knows: an assistant (the
 * config may declare its URL) or the org, when the config declares the org's. Without either the
 * number's own URL is neither shadowed nor the same as a higher one.
 */
export function higherUrlKnowable(entry: Entry, knowledge: Knowledge): boolean {
  return setting(entry, 'assistantId') !== undefined || orgLevel(knowledge).url.state === 'set';
}

function analyse(entry: Entry, knowledge: Knowledge, org: Routing['org']): Routing {
  const assistantId = setting(entry, 'assistantId');
  const squadId = setting(entry, 'squadId');
  const numberUrl = setting(entry, 'serverUrl');
  const fallback = mappingAt(entry, 'fallbackDestination');
  return {
    answer: answerOf(assistantId, squadId, numberUrl, org.url),
    assistant: assistantLevel(assistantId, squadId, knowledge),
    number: { url: numberUrl, secret: secretSource(entry.serverUrlSecret) },
    org,
    fallback,
    fallbackUnusable: fallback === undefined && entry.fallbackDestination !== undefined,
    onRequestFailure: assistantId !== undefined || squadId !== undefined ? 'not-applicable' : fallback ? 'fallback' : 'hang-up',
  };
}

export type Level = 'assistant' | 'phone-number' | 'org';

/** The secret sent with the number's own messages (the assistant-request among them): the number's, else the org's. */
export function numberMessagesSecret(routing: Routing): { level: 'phone-number' | 'org'; source: SecretSource } | undefined {
  if (routing.number.secret.kind !== 'none') return { level: 'phone-number', source: routing.number.secret };
  if (routing.org.secret.kind !== 'none') return { level: 'org', source: routing.org.secret };
  return undefined;
}

export interface EffectiveServer {
  /** The URL the call's messages go to and its level; undefined when no level sets one that byo-lint knows. */
  url?: { level: Level; value: string };
  /** When no URL is known: whether that is because the org's is unknown. */
  orgUnknown: boolean;
  secret?: { level: Level; source: SecretSource };
  /**
   * Why another URL might win: byo-lint does not know the assistant's or the squad members'
   * settings, or the number names both an assistant and a squad and either may answer.
   */
  caveat?: 'assistant-undeclared' | 'assistant-url-unknown' | 'squad' | 'per-call' | 'assistant-or-squad';
}

/** The server URL and secret that take effect for this number's calls, by the precedence order. */
export function effectiveServer(routing: Routing): EffectiveServer {
  const { assistant, number, org } = routing;
  let caveat: EffectiveServer['caveat'];
  if (assistant.kind === 'assistant') {
    if (!assistant.declared) caveat = 'assistant-undeclared';
    else if (assistant.url.state === 'unknown') caveat = 'assistant-url-unknown';
  } else caveat = assistant.kind;
  // the URL below is the assistant's side of the ambiguity; the squad's members may have their own
  if (routing.answer.by === 'assistant-and-squad') caveat = 'assistant-or-squad';
  const assistantSecret = assistant.kind === 'assistant' && assistant.secret.kind !== 'none' ? assistant.secret : undefined;
  const secret = assistantSecret ? { level: 'assistant' as const, source: assistantSecret } : numberMessagesSecret(routing);
  if (assistant.kind === 'assistant' && assistant.url.state === 'set') {
    // the assistant's own URL is known, so only the squad's side of an ambiguity stays open
    const open = caveat === 'assistant-or-squad' ? caveat : undefined;
    return { url: { level: 'assistant', value: assistant.url.url }, orgUnknown: false, secret, caveat: open };
  }
  const base = { orgUnknown: false, secret, caveat };
  if (number.url) return { ...base, url: { level: 'phone-number', value: number.url } };
  if (org.url.state === 'set') return { ...base, url: { level: 'org', value: org.url.url } };
  // with no URL there is no assistant-request, so no reply can pick an assistant
  return { ...base, orgUnknown: org.url.state === 'unknown', caveat: caveat === 'per-call' ? undefined : caveat };
}

/** Whose a level's settings are, in messages. */
export const levelOwners: Record<Level, string> = { assistant: "the assistant's", 'phone-number': "the number's", org: "the org's" };

/** How a level's URL is named in messages. */
export const levelNames: Record<Level, string> = {
  assistant: `${levelOwners.assistant} serverUrl`,
  'phone-number': `${levelOwners['phone-number']} serverUrl`,
  org: `${levelOwners.org} serverUrl`,
};

/** The number's assistant as messages name it: its declared name and id, or its id. */
export function assistantName(routing: Routing): string {
  const { assistant } = routing;
  if (assistant.kind !== 'assistant') return '';
  return assistant.declared?.name ? `${quote(assistant.declared.name)} (${assistant.assistantId})` : assistant.assistantId;
}

/** Why a higher level may still win over the URL or secret byo-lint found: it does not know that level's settings. */
export function precedenceCaveat(effective: EffectiveServer, routing: Routing, field: ServerField = 'serverUrl'): string {
  switch (effective.caveat) {
    case 'assistant-undeclared':
    case 'assistant-url-unknown':
      return assistantSideOpen(routing, field) ? `; assistant ${assistantName(routing)} wins with its own ${field} if it has one` : '';
    case 'squad':
      return `; each squad member's own ${field}, if any, wins for its messages`;
    case 'assistant-or-squad': {
      const squad = routing.answer.by === 'assistant-and-squad' ? ` ${routing.answer.squadId}` : '';
      // unless the config says whether the assistant has a setting of its own, one may win on the assistant's side too
      const assistant = assistantSideOpen(routing, field)
        ? `; assistant ${assistantName(routing)} wins with its own ${field} if it has one, and`
        : ';';
      return `${assistant} if squad${squad} answers instead, each of its members' own ${field}, if any, wins for its messages`;
    }
    case 'per-call':
      return `; the assistant the reply names may set its own ${field} for the rest of the call`;
    case undefined:
      return '';
  }
}

/** The assistant's settings that the precedence caveats speak of. */
export type ServerField = 'serverUrl' | 'serverUrlSecret';

/** Whether the answering assistant may have a setting of its own that the config does not tell. */
function assistantSideOpen(routing: Routing, field: ServerField): boolean {
  const { assistant } = routing;
  if (assistant.kind !== 'assistant') return false;
  if (field === 'serverUrl') return assistant.url.state === 'unknown';
  // a declared secret is known, and wins; an assistant declared with its URL (or null) and no secret has none
  return assistant.secret.kind === 'none' && (!assistant.declared || assistant.url.state === 'unknown');
}

/**
 * The hint for an org whose server URL the config leaves out: it names the config file in use, or
 * without one the file a new config is best written to.
 */
export function declareOrgHint(configFile: string | undefined): string {
  const where =
    configFile === undefined
      ? '.byo-lintrc.yaml'
      : /(^|[\\/])package\.json$/.test(configFile)
        ? `the "byo-lint" key of ${configFile}`
        : configFile;
  return `declare it as org.serverUrl in ${where} (org.serverUrl: null if the org has none)`;
}
