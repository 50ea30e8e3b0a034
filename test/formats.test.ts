import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import AjvDraft04, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/lint.js';
import { formatNames, formatReport, getFormatter, ReportTooLargeError } from '../src/report/index.js';
import { rules, structuralRules } from '../src/rules/index.js';
import { repoRoot, runCli } from './helpers/cli.js';
import { tempTree, validNumber } from './helpers/tmp.js';

const require = createRequire(import.meta.url);

/** A number with an unquoted phone number (quoted-number) and an unknown key (schema). */
const brokenNumber = `provider: byo-phone-number
number: +14155550142
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
assistantId: 9b2c4d6e-8f0a-4b1c-9d3e-5f7a9b1c3d5e
colour: blue
`;

/** Keys and a file name full of what each format must escape: XML markup, `%`, `,`, `:` and a line break. */
const oddName = 'phone-numbers/odd, name: 100%.yaml';
const oddNumber = `${validNumber.replace('+14155550100', '+14155550199')}"<a&b> 100%, x:y": 1\n"new\\nline": 2\n`;

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
}

/** One diagnostic as every format can express it: the reference the other formats are compared with. */
interface Expected {
  file: string;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

let sarifValidator: ValidateFunction | undefined;

function expectValidSarif(log: unknown): void {
  if (!sarifValidator) {
    // Microsoft's SARIF SDK ships the 2.1.0 schema (draft-04) in its jest matchers package
    const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
    // the schema's language-tag pattern has a stray `]` that only a non-unicode RegExp accepts
    const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    sarifValidator = ajv.compile(schema);
  }
  const valid = sarifValidator(log);
  expect(sarifValidator.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

let cwd: string;
// quoted-number as a warning, so that every format shows both severities
const lintArgs = ['--rule', 'quoted-number: warn', '.'];

function run(format: string) {
  const result = runCli(['-f', format, ...lintArgs], { cwd });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(1);
  return result.stdout;
}

function expected(): Expected[] {
  const results = JSON.parse(run('json')) as EslintResult[];
  return results.flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(cwd, result.filePath),
      ruleId: message.ruleId,
      severity: message.severity === 2 ? ('error' as const) : ('warning' as const),
      message: message.message,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
    })),
  );
}

beforeAll(() => {
  cwd = tempTree({
    'phone-numbers/broken.yaml': brokenNumber,
    'phone-numbers/clean.yaml': validNumber,
    [oddName]: oddNumber,
  });
});

describe('the reference run', () => {
  it('finds the planted problems at their places', () => {
    expect(expected()).toEqual([
      {
        file: 'phone-numbers/broken.yaml',
        ruleId: 'quoted-number',
        severity: 'warning',
        message: expect.stringContaining('number +14155550142 is written without quotes'),
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 21,
      },
      {
        file: 'phone-numbers/broken.yaml',
        ruleId: 'schema',
        severity: 'error',
        message: expect.stringContaining('unknown key "colour"'),
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 7,
      },
      {
        file: oddName,
        ruleId: 'schema',
        severity: 'error',
        message: expect.stringContaining('unknown key "<a&b> 100%, x:y"'),
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 18,
      },
      {
        file: oddName,
        ruleId: 'schema',
        severity: 'error',
        // the line break is escaped in the message, which stays one line in every format
        message: 'unknown key "new\\nline" in BYO phone number',
        line: 6,
        column: 1,
        endLine: 6,
        endColumn: 12,
      },
    ]);
  });
});

describe('sarif', () => {
  let log: Log;
  beforeAll(() => {
    log = JSON.parse(run('sarif')) as Log;
  });

  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    expectValidSarif(log);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('describes the tool and the whole rule catalogue', () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'byo-lint', version, informationUri: 'https://github.com/byo-lint/byo-lint' });
    const catalogue = [
      ...structuralRules.map((rule) => ({ id: rule.id, level: 'error' })),
      { id: 'unused-directive', level: 'warning' },
      ...rules.map(({ meta }) => ({ id: meta.id, level: meta.defaultSeverity === 'warn' ? 'warning' : 'error' })),
    ];
    expect(driver.rules?.map((rule) => ({ id: rule.id, level: rule.defaultConfiguration?.level }))).toEqual(catalogue);
    for (const rule of driver.rules ?? []) {
      expect(rule.shortDescription?.text).toMatch(/\S/);
      expect(rule.fullDescription?.text).toMatch(/\S/);
      expect(rule.help?.text).toMatch(/\S/);
    }
    const quoted = driver.rules?.find((rule) => rule.id === 'quoted-number');
    expect(quoted?.help?.markdown).toContain('number: +14155550100');
  });

  it('says which rules --fix repairs, as the rules command does', () => {
    const fixable = (id: string) => log.runs[0].tool.driver.rules?.find((rule) => rule.id === id)?.properties;
    // --fix renames misspelt keys, removes server-managed ones and inserts a missing provider
    expect(fixable('schema')).toEqual({ configurable: false, fixable: true });
    expect(fixable('syntax')).toEqual({ configurable: false, fixable: false });
    expect(fixable('unused-directive')).toEqual({ configurable: false, fixable: false });
    const listed = JSON.parse(runCli(['rules', '--format', 'json']).stdout) as { id: string; fixable: boolean }[];
    expect(log.runs[0].tool.driver.rules?.map((rule) => ({ id: rule.id, fixable: rule.properties?.fixable }))).toEqual(
      listed.map(({ id, fixable }) => ({ id, fixable })),
    );
  });

  it('has one result per diagnostic, located relative to the working directory', () => {
    const run0 = log.runs[0];
    expect(run0.originalUriBaseIds?.['%SRCROOT%'].uri).toBe(`file://${cwd}/`);
    expect(run0.columnKind).toBe('unicodeCodePoints');
    const results = (run0.results ?? []).map((result) => {
      const location = result.locations?.[0].physicalLocation;
      const region = location?.region;
      expect(location?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
      expect(run0.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
      return {
        file: decodeURIComponent(location?.artifactLocation?.uri ?? ''),
        ruleId: result.ruleId,
        severity: result.level,
        message: result.message.text,
        line: region?.startLine,
        column: region?.startColumn,
        endLine: region?.endLine,
        endColumn: region?.endColumn,
      };
    });
    expect(results).toEqual(expected());
  });

  it('points an unused directive at its descriptor in the catalogue', () => {
    const dir = tempTree({ 'numbers.yaml': `# byo-lint-disable-next-line id-format\n${validNumber}` });
    const result = runCli(['-f', 'sarif', '--report-unused-directives', '--max-warnings', '0', '.'], { cwd: dir });
    const unusedLog = JSON.parse(result.stdout) as Log;
    expectValidSarif(unusedLog);
    const unused = unusedLog.runs[0];
    expect(unused.results?.map((item) => [item.ruleId, item.level, item.locations?.[0].physicalLocation?.region?.startLine])).toEqual([
      ['unused-directive', 'warning', 1],
    ]);
    expect(unused.tool.driver.rules?.[unused.results?.[0].ruleIndex ?? -1]?.id).toBe('unused-directive');
  });

  it('percent-encodes file names into valid URI references', () => {
    const uris = (log.runs[0].results ?? []).map((result) => result.locations?.[0].physicalLocation?.artifactLocation?.uri);
    expect(uris).toContain('phone-numbers/odd%2C%20name%3A%20100%25.yaml');
    expect(uris).toContain('phone-numbers/broken.yaml');
  });
});

/** A result whose one diagnostic has this message, for the formatters as pure functions. */
function withMessage(message: string): LintResult {
  return {
    filePath: '/work/a\n.yaml',
    diagnostics: [
      { filePath: '/work/a\n.yaml', ruleId: 'schema', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 2, path: '' },
    ],
    errorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

describe('compact', () => {
  it("writes one line per diagnostic, which the README's problem matcher parses", () => {
    const lines = run('compact').trimEnd().split('\n');
    expect(lines).toHaveLength(expected().length);
    for (const line of lines) expect(line).toMatch(/^(.+):(\d+):(\d+): (error|warning): (.*) \[(.+)\]$/);
    expect(lines).toContain(`${oddName}:6:1: error: unknown key "new\\nline" in BYO phone number [schema]`);
  });

  it('quotes a file name that holds a line break, where it leads a line and where a message names it', () => {
    const dir = tempTree({ 'phone-numbers/a\nb.yaml': `${validNumber}colour: blue\n`, 'phone-numbers/z.yaml': validNumber });
    const result = runCli(['-f', 'compact', '.'], { cwd: dir });
    const lines = result.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^(.+):(\d+):(\d+): (error|warning): (.*) \[(.+)\]$/);
    expect(lines).toContain('"phone-numbers/a\\nb.yaml":5:1: error: unknown key "colour" in BYO phone number [schema]');
    expect(lines).toContain(
      'phone-numbers/z.yaml:2:9: error: number "+14155550100" is already defined at "phone-numbers/a\\nb.yaml":2:9; define each number once, or its inbound routing is ambiguous [duplicate-number]',
    );
    // stylish heads the file's rows with the quoted name, on one line
    expect(runCli(['-f', 'stylish', '--no-color', '.'], { cwd: dir }).stdout.split('\n')).toContain('"phone-numbers/a\\nb.yaml"');
  });
});

describe('github', () => {
  const unescape = (text: string) => text.replace(/%(25|0D|0A|3A|2C)/g, (_match, code: string) => String.fromCharCode(parseInt(code, 16)));

  it('writes one workflow command per diagnostic', () => {
    const lines = run('github').trimEnd().split('\n');
    const parsed = lines.map((line) => {
      const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      const [, severity, list, message] = match!;
      const properties = Object.fromEntries(
        list.split(',').map((property) => {
          const [name, value] = property.split('=');
          return [name, unescape(value)];
        }),
      );
      return {
        file: properties.file,
        ruleId: properties.title.replace(/^byo-lint /, ''),
        severity,
        message: unescape(message),
        line: Number(properties.line),
        column: Number(properties.col),
        endLine: Number(properties.endLine),
        endColumn: Number(properties.endColumn),
      };
    });
    expect(parsed).toEqual(expected());
  });

  it("escapes as GitHub's toolkit does: % and line breaks everywhere, : and , in properties", async () => {
    const lines = run('github').trimEnd().split('\n');
    expect(lines).toContain(
      '::error file=phone-numbers/odd%2C name%3A 100%25.yaml,line=5,col=1,endLine=5,endColumn=18,title=byo-lint schema::unknown key "<a&b> 100%25, x:y" in BYO phone number',
    );
    // byo-lint's messages are one line, but the formatter is public and takes any message
    const github = await getFormatter('github');
    expect(github([withMessage('a\r\nb\nc')], { cwd: '/work', color: false })).toBe(
      '::error file=a%0A.yaml,line=1,col=1,endLine=1,endColumn=2,title=byo-lint schema::a%0D%0Ab%0Ac\n',
    );
    expect(lines[0]).toMatch(
      /^::warning file=phone-numbers\/broken\.yaml,line=2,col=9,endLine=2,endColumn=21,title=byo-lint quoted-number::/,
    );
  });
});

describe('junit', () => {
  interface TestCase {
    classname: string;
    name: string;
    file: string;
    failure?: { '#text': string; message: string; type: string };
  }
  interface TestSuite {
    name: string;
    tests: string;
    failures: string;
    testcase: TestCase[];
  }

  let xml: string;
  let suites: TestSuite[];
  beforeAll(() => {
    xml = run('junit');
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      htmlEntities: true,
      isArray: (name) => name === 'testsuite' || name === 'testcase',
    });
    suites = (parser.parse(xml) as { testsuites: { testsuite: TestSuite[] } }).testsuites.testsuite;
  });

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('has a suite per file and a failed case per diagnostic', () => {
    expect(suites.map((suite) => [suite.name, suite.tests, suite.failures])).toEqual([
      ['phone-numbers/broken.yaml', '2', '2'],
      ['phone-numbers/clean.yaml', '1', '0'],
      [oddName, '2', '2'],
    ]);
    const failures = suites.flatMap((suite) =>
      suite.testcase
        .filter((testCase) => testCase.failure)
        .map((testCase) => ({
          file: testCase.file,
          name: testCase.name,
          type: testCase.failure?.type,
          message: testCase.failure?.message,
        })),
    );
    expect(failures).toEqual(
      expected().map((diagnostic) => ({
        file: diagnostic.file,
        name: `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`,
        type: diagnostic.severity,
        message: diagnostic.message,
      })),
    );
  });

  it('gives a clean file one passing case', () => {
    const clean = suites.find((suite) => suite.name === 'phone-numbers/clean.yaml');
    expect(clean?.testcase).toEqual([{ classname: 'phone-numbers/clean.yaml', name: 'byo-lint', file: 'phone-numbers/clean.yaml' }]);
  });

  it('escapes markup in text and attributes', () => {
    const odd = suites.find((suite) => suite.name === oddName);
    expect(odd?.testcase[0].failure?.['#text']).toBe(`${oddName}:5:1: error: unknown key "<a&b> 100%, x:y" in BYO phone number [schema]`);
    expect(xml).toContain('message="unknown key &quot;&lt;a&amp;b&gt; 100%, x:y&quot; in BYO phone number"');
  });

  it('names each case of a file apart, as GitLab keeps one case per name', async () => {
    const cwd = tempTree({ 'a.yaml': 'foo: 1\n' });
    const run = runCli(['-f', 'junit', '--no-config-lookup', '--rule', 'inbound-hangup: off', 'a.yaml'], { cwd });
    const names = [...run.stdout.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((match) => match[1]);
    expect(names).toEqual(['1:1 schema', '1:1 schema (2)', '1:1 schema (3)', '1:1 schema (4)']);
  });

  it('escapes line breaks in attributes', async () => {
    // byo-lint's messages are one line, but the formatter is public and takes any message
    const junit = await getFormatter('junit');
    expect(junit([withMessage('a\nb')], { cwd: '/work', color: false })).toContain('message="a&#10;b"');
  });
});

describe('gitlab', () => {
  interface Issue {
    description: string;
    check_name: string;
    fingerprint: string;
    severity: string;
    location: { path: string; lines: { begin: number; end: number } };
  }
  const issues = () => JSON.parse(run('gitlab')) as Issue[];

  it('writes Code Quality issues', () => {
    const found = issues();
    expect(
      found.map((issue) => ({
        file: issue.location.path,
        ruleId: issue.check_name,
        severity: issue.severity,
        message: issue.description,
        line: issue.location.lines.begin,
      })),
    ).toEqual(
      expected().map((diagnostic) => ({
        file: diagnostic.file,
        ruleId: diagnostic.ruleId,
        severity: diagnostic.severity === 'error' ? 'major' : 'minor',
        message: diagnostic.message,
        line: diagnostic.line,
      })),
    );
    for (const issue of found) expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(found.map((issue) => issue.fingerprint)).size).toBe(found.length);
  });

  it('keeps fingerprints when lines move', () => {
    const before = issues();
    const file = path.join(cwd, 'phone-numbers/broken.yaml');
    writeFileSync(file, `# moved down\n# by two lines\n${brokenNumber}`);
    try {
      const after = issues();
      expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
      const lines = (list: Issue[]) =>
        list.filter((issue) => issue.location.path.endsWith('broken.yaml')).map((issue) => issue.location.lines.begin);
      expect(lines(after)).toEqual(lines(before).map((line) => line + 2));
    } finally {
      writeFileSync(file, brokenNumber);
    }
  });

  it('keeps the fingerprints of a duplicate when lines move in the file that it names', () => {
    // b.yaml repeats a.yaml's number, so its finding names a.yaml's place as file:line:column
    const dir = tempTree({ 'phone-numbers/a.yaml': validNumber, 'phone-numbers/b.yaml': validNumber });
    const inB = () => {
      const result = runCli(['-f', 'gitlab', '.'], { cwd: dir });
      expect(result.code).toBe(1);
      return (JSON.parse(result.stdout) as Issue[]).filter((issue) => issue.location.path === 'phone-numbers/b.yaml');
    };
    const before = inB();
    expect(before.map((issue) => issue.check_name)).toEqual(['duplicate-number']);
    writeFileSync(path.join(dir, 'phone-numbers/a.yaml'), `# moved down\n# by two lines\n${validNumber}`);
    const after = inB();
    // the message names the new place, the fingerprint stays
    expect(after[0].description).not.toBe(before[0].description);
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
  });

  it('keeps fingerprints when an entry or a document is added above', () => {
    const entry = (number: string, extra: string) =>
      `  - provider: byo-phone-number\n    number: "${number}"\n    credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23\n    squadId: x${extra}\n`;
    const bogus = entry('+14155550100', '\n    bogus: 1');
    const dir = tempTree({ 'numbers.yaml': `phoneNumbers:\n${bogus}` });
    const fingerprints = () =>
      (
        JSON.parse(
          runCli(['-f', 'gitlab', '--no-config-lookup', '--rule', 'id-format: off', 'numbers.yaml'], { cwd: dir }).stdout,
        ) as Issue[]
      )
        .filter((issue) => issue.description.includes('bogus'))
        .map((issue) => issue.fingerprint);
    const before = fingerprints();
    expect(before).toHaveLength(1);
    writeFileSync(path.join(dir, 'numbers.yaml'), `phoneNumbers:\n${entry('+14155550101', '')}${bogus}`);
    expect(fingerprints()).toEqual(before);
    writeFileSync(path.join(dir, 'numbers.yaml'), `phoneNumbers:\n${entry('+14155550102', '')}\n---\nphoneNumbers:\n${bogus}`);
    expect(fingerprints()).toEqual(before);
    // a second entry with the same finding gets a fingerprint of its own
    writeFileSync(path.join(dir, 'numbers.yaml'), `phoneNumbers:\n${bogus}${bogus.replace('0100', '0103')}`);
    const twice = fingerprints();
    expect(twice[0]).toBe(before[0]);
    expect(new Set(twice).size).toBe(2);
  });

  it('keeps the fingerprint of a duplicate key, whose message names the first key by line and column', () => {
    const text = `${validNumber}name: a\nname: b\n`;
    const dir = tempTree({ 'phone-numbers/a.yaml': text });
    const fingerprints = () => {
      const result = runCli(['-f', 'gitlab', '.'], { cwd: dir });
      expect(result.code).toBe(1);
      return (JSON.parse(result.stdout) as Issue[]).map((issue) => [issue.check_name, issue.fingerprint]);
    };
    const before = fingerprints();
    expect(before.map(([ruleId]) => ruleId)).toEqual(['duplicate-key']);
    writeFileSync(path.join(dir, 'phone-numbers/a.yaml'), `# moved down\n${text}`);
    expect(fingerprints()).toEqual(before);
  });
});

describe('secrets', () => {
  const secret = 's3cr3t-Value-123456';
  const files = {
    'phone-numbers/secret.yaml': `provider: byo-phone-number
number: "+14155550100"
credentialId: 2f4e1d7a-3b9c-4c1e-8f6a-0d5b7e9c1a23
serverUrl: http://localhost/hook
serverUrlSecret: ${secret}
server_url_secret: ${secret}
serverUrlSecrett: "${secret}"
serverUrlSecret: ${secret}
`,
    'phone-numbers/secrets.json': JSON.stringify({
      phoneNumbers: [{ provider: 'byo-phone-number', number: 14155550100, serverUrlSecret: secret, serverUrlSecret_: secret }],
    }),
  };

  it('covers every format', () => {
    expect([...formatNames].sort()).toEqual(['compact', 'github', 'gitlab', 'json', 'junit', 'sarif', 'stylish']);
  });

  it.each(formatNames)('-f %s never prints a serverUrlSecret value', (format) => {
    const dir = tempTree(files);
    const result = runCli(['-f', format, '.'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  });
});

describe('a file with more findings than a call takes arguments', () => {
  it('-f stylish, the default, reports every one', async () => {
    const count = 150_000;
    const diagnostics = Array.from({ length: count }, (_, index) => ({
      filePath: 'big.yaml',
      ruleId: 'schema',
      severity: 'error' as const,
      message: `unknown key "k${index}" in BYO phone number`,
      line: index + 1,
      column: 1,
      endLine: index + 1,
      endColumn: 3,
      path: `/k${index}`,
    }));
    const result: LintResult = {
      filePath: 'big.yaml',
      diagnostics,
      errorCount: count,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    const lines = (await getFormatter('stylish'))([result], { cwd: repoRoot, color: false }).split('\n');
    // the position column is as wide as the widest position, "150000:1"
    expect(lines.filter((line) => line.includes('unknown key')).length).toBe(count);
    expect(lines[2]).toBe('  1:1       error  unknown key "k0" in BYO phone number  schema');
    expect(lines.at(-2)).toBe('✖ 150000 problems (150000 errors, 0 warnings)');
  });
});

describe('a report longer than one string can hold', () => {
  it('is refused with what to do, not as V8\'s "Invalid string length"', async () => {
    // two findings that share one message of 256 Mi characters: their JSON passes the 512 MiB a string holds
    const message = 'x'.repeat(2 ** 28);
    const finding = {
      filePath: 'big.yaml',
      ruleId: 'schema',
      severity: 'error' as const,
      message,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      path: '',
    };
    const result: LintResult = {
      filePath: 'big.yaml',
      diagnostics: [finding, { ...finding, line: 2 }],
      errorCount: 2,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    const refusal: unknown = await formatReport('json', [result], { cwd: repoRoot, color: false }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ReportTooLargeError);
    expect((refusal as Error).message).toBe(
      'the json report of 2 problems is longer than one string can hold (512 MiB); lint fewer files in each run, or use a terser format such as compact',
    );
  });
});
