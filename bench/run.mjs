// `npm run bench`: byo-lint against its peers (ajv-cli with ajv-formats, Spectral with a one-rule
// ruleset applying the same schema) on generated corpora, side by side. Every tool must find
// every invalid entry; the medians of wall time and peak RSS go to bench/RESULTS.md.
//
// BENCH_QUICK=1 skips the 100,000-number corpora and writes bench/corpus/RESULTS.quick.md
// instead; BENCH_RUNS=n sets the runs per case (default 5).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { invalidKinds, numberFile, numbersFile } from './corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(root, 'bench');
const corpusDir = path.join(benchDir, 'corpus');
const outputDir = path.join(corpusDir, 'output');
const quick = process.env.BENCH_QUICK === '1';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const timeBinary = '/usr/bin/time';

const cli = path.join(root, 'dist/cli.js');
const ajvBin = path.join(benchDir, 'node_modules/ajv-cli/dist/index.js');
const spectralBin = path.join(benchDir, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const schemaPath = path.join(root, 'schemas/byo-phone-numbers.schema.json');
const rulesetPath = path.join(corpusDir, 'spectral-ruleset.json');

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

function prepare() {
  if (!existsSync(timeBinary)) fail(`${timeBinary} is missing; install it (Debian: apt-get install time)`);
  if (!existsSync(ajvBin) || !existsSync(spectralBin)) {
    process.stderr.write('bench: installing the peers into bench/node_modules\n');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: benchDir, stdio: 'inherit' });
  }
  if (process.env.BENCH_NO_BUILD !== '1') execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  rmSync(corpusDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
}

/** Writes the corpora; returns the cases, each with the files' invalid entries. */
function writeCorpora() {
  const cases = [];
  const one = numberFile(0);
  mkdirSync(path.join(corpusDir, 'one'));
  writeFileSync(path.join(corpusDir, 'one/support.phone-number.yaml'), one.text);
  cases.push({ id: 'one', title: 'one number', target: 'one/support.phone-number.yaml', invalid: [], startup: true });
  for (const count of quick ? [10_000] : [10_000, 100_000]) {
    for (const format of ['yaml', 'json']) {
      const { text, invalid } = numbersFile(count, format);
      const file = `numbers-${count}.${format}`;
      writeFileSync(path.join(corpusDir, file), text);
      const size = `${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`;
      cases.push({
        id: `${count}-${format}`,
        title: `${count.toLocaleString('en')} numbers, ${size} ${format.toUpperCase()}`,
        target: file,
        invalid,
        count,
        format,
      });
    }
  }
  const filesDir = path.join(corpusDir, 'files/phone-numbers');
  mkdirSync(filesDir, { recursive: true });
  const invalidFiles = [];
  for (let index = 0; index < 1000; index++) {
    const { text, invalid } = numberFile(index);
    writeFileSync(path.join(filesDir, `number-${String(index).padStart(4, '0')}.yaml`), text);
    if (invalid) invalidFiles.push(index);
  }
  cases.push({ id: 'files', title: '1,000 one-number files', target: 'files/phone-numbers/*.yaml', invalid: invalidFiles, files: true });

  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ruleset = {
    rules: {
      'byo-schema': {
        description: 'BYO phone-number schema',
        severity: 'error',
        given: '$',
        then: { function: 'schema', functionOptions: { schema, allErrors: true } },
      },
    },
  };
  writeFileSync(rulesetPath, JSON.stringify(ruleset));
  return cases;
}

/** Every configurable rule at error: the config schema lists the ids `--rule` accepts. */
const ruleIds = JSON.parse(readFileSync(path.join(root, 'schemas/byo-lint-config.schema.json'), 'utf8')).properties.rules.propertyNames
  .enum;
const everyRuleOn = ruleIds.flatMap((id) => ['--rule', `${id}: error`]);
// the schema alone, to measure what the semantic rules add (issue 3: at most 15% on 10,000 numbers)
const rulesCase = '10000-yaml';
const everyRuleOff = ruleIds.flatMap((id) => ['--rule', `${id}: off`]);

/** byo-lint's errors as entry indices, for the check that a tool found exactly the invalid entries. */
const byoLintFound = (stdout, _stderr, bench) =>
  JSON.parse(stdout).flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => entryOf(pointerSegments(message.path), result.filePath, bench)),
  );

/** The entry (or file) index of a JSON Pointer or path into a numbers file or a file name. */
function entryOf(pathSegments, fileName, bench) {
  if (bench.files) {
    const match = /number-(\d+)\.yaml$/.exec(fileName ?? '');
    return match ? Number(match[1]) : undefined;
  }
  const segments = pathSegments.map(String);
  if (segments[0] === 'phoneNumbers' && /^\d+$/.test(segments[1] ?? '')) return Number(segments[1]);
  return undefined;
}

const pointerSegments = (pointer) => pointer.split('/').slice(1);

const tools = [
  {
    name: 'node -e 0',
    startupOnly: true,
    command: () => [process.execPath, '-e', '0'],
  },
  {
    name: 'byo-lint',
    command: (bench) => [process.execPath, cli, '-f', 'json', ...everyRuleOn, bench.target],
    found: byoLintFound,
  },
  {
    name: 'byo-lint, rules off',
    onlyCase: rulesCase,
    command: (bench) => [process.execPath, cli, '-f', 'json', ...everyRuleOff, bench.target],
    found: byoLintFound,
  },
  {
    name: 'ajv-cli',
    command: (bench) => [
      process.execPath,
      ajvBin,
      'validate',
      '-s',
      schemaPath,
      '-d',
      bench.target,
      '-c',
      'ajv-formats',
      '--spec=draft7',
      '--strict=false',
      '--all-errors',
      '--errors=json',
    ],
    found: (stdout, stderr, bench) => {
      if (bench.files) return [...stderr.matchAll(/^(\S+) invalid$/gm)].map((match) => entryOf([], match[1], bench));
      return [...stderr.matchAll(/"instancePath": "([^"]*)"/g)].map((match) => entryOf(pointerSegments(match[1]), undefined, bench));
    },
  },
  {
    name: 'Spectral',
    command: (bench) => [process.execPath, spectralBin, 'lint', bench.target, '-r', rulesetPath, '-f', 'json', '--quiet'],
    found: (stdout, _stderr, bench) => JSON.parse(stdout).map((result) => entryOf(result.path, result.source, bench)),
  },
];

function measure(command, outputBase) {
  const rssFile = `${outputBase}.rss`;
  const stdoutFile = `${outputBase}.stdout`;
  const stderrFile = `${outputBase}.stderr`;
  // output goes to files, not pipes: ajv-cli calls process.exit() right after writing its errors,
  // which cuts a pipe's pending output short (a file is written synchronously)
  const [stdout, stderr] = [openSync(stdoutFile, 'w'), openSync(stderrFile, 'w')];
  const started = process.hrtime.bigint();
  const result = spawnSync(timeBinary, ['-f', '%M', '-o', rssFile, ...command], { cwd: corpusDir, stdio: ['ignore', stdout, stderr] });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(stdout);
  closeSync(stderr);
  // time(1) notes a non-zero exit status on a line before the figure
  const rssKiB = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return {
    wall,
    rss: rssKiB / 1024,
    status: result.status,
    stdout: readFileSync(stdoutFile, 'utf8'),
    stderr: readFileSync(stderrFile, 'utf8'),
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Whether a tool reported exactly the invalid entries: none missed, no valid one flagged. */
function check(tool, bench, run) {
  if (!tool.found) return { ok: true, note: '' };
  if (run.status !== (bench.invalid.length > 0 ? 1 : 0)) {
    return { ok: false, note: `exit status ${run.status}: ${run.stderr.split('\n')[0].slice(0, 200)}` };
  }
  let found;
  try {
    found = new Set(tool.found(run.stdout, run.stderr, bench).filter((index) => index !== undefined));
  } catch (error) {
    return { ok: false, note: `output not understood: ${error.message}` };
  }
  const missed = bench.invalid.filter((index) => !found.has(index));
  const expected = new Set(bench.invalid);
  const extra = [...found].filter((index) => !expected.has(index));
  const ok = missed.length === 0 && extra.length === 0;
  const note = ok
    ? `${found.size}/${bench.invalid.length}`
    : `missed ${missed.length} (${missed.slice(0, 5).join(', ')}), flagged ${extra.length} valid (${extra.slice(0, 5).join(', ')})`;
  return { ok, note };
}

/**
 * A start-up takes tens of milliseconds, and what the rules add to the 10,000-number time is a
 * ratio of two runs a few tens of milliseconds apart: those cases get more runs against the noise
 * of the machine, which put that ratio anywhere from 0.99× to 1.30× over five runs each.
 */
const preciseRuns = Math.max(runs, 21);
const isPrecise = (bench) => bench.startup || bench.id === rulesCase;

function runCase(bench) {
  const caseTools = tools.filter((tool) => (bench.startup || !tool.startupOnly) && (!tool.onlyCase || tool.onlyCase === bench.id));
  const samples = caseTools.map(() => []);
  const outputOf = (tool) => path.join(outputDir, `${bench.id}-${tool.name.replace(/\W+/g, '_')}`);
  // one unmeasured run each first, as hyperfine's warm-up (files in the page cache for every
  // tool), whose output is what is checked
  const checks = caseTools.map((tool) => check(tool, bench, measure(tool.command(bench), outputOf(tool))));
  for (let round = 0; round < (isPrecise(bench) ? preciseRuns : runs); round++) {
    // rotate the order so that no tool always runs right after another
    caseTools.forEach((_, offset) => {
      const index = (offset + round) % caseTools.length;
      samples[index].push(measure(caseTools[index].command(bench), outputOf(caseTools[index])));
    });
  }
  return caseTools.map((tool, index) => ({
    tool: tool.name,
    wall: median(samples[index].map((run) => run.wall)),
    rss: median(samples[index].map((run) => run.rss)),
    check: checks[index],
  }));
}

function versionOf(packageDir) {
  return JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
}

function describeEnvironment() {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'src', 'scripts'], { cwd: root, encoding: 'utf8' }).stdout.trim() !== '';
  const modules = path.join(benchDir, 'node_modules');
  return {
    machine: `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}, Node.js ${process.version}`,
    tools: [
      `byo-lint ${versionOf(root)} (commit ${commit}${dirty ? ' with uncommitted changes' : ''})`,
      `ajv-cli ${versionOf(path.join(modules, 'ajv-cli'))} with ajv ${versionOf(path.join(modules, 'ajv'))} and ajv-formats ${versionOf(path.join(modules, 'ajv-formats'))}`,
      `@stoplight/spectral-cli ${versionOf(path.join(modules, '@stoplight/spectral-cli'))}`,
    ].join('; '),
  };
}

const seconds = (value) => (value < 1 ? `${(value * 1000).toFixed(0)} ms` : `${value.toFixed(2)} s`);
const ratio = (value) => `${value.toFixed(2)}×`;

function targets(results) {
  const wall = (caseId, tool) => results.get(caseId)?.find((row) => row.tool === tool)?.wall;
  const rss = (caseId, tool) => results.get(caseId)?.find((row) => row.tool === tool)?.rss;
  const rows = [];
  const add = (name, value, limit, format) => {
    if (value !== undefined && !Number.isNaN(value)) rows.push({ name, value, limit, format, met: value <= limit });
  };
  add('one number: wall vs `node -e 0` (issue 2)', wall('one', 'byo-lint') / wall('one', 'node -e 0'), 1.5, ratio);
  add('one number: wall vs `node -e 0`', wall('one', 'byo-lint') / wall('one', 'node -e 0'), 1.3, ratio);
  add('one number: peak RSS (MiB)', rss('one', 'byo-lint'), 55, (value) => value.toFixed(1));
  add('1,000 files: wall vs ajv-cli', wall('files', 'byo-lint') / wall('files', 'ajv-cli'), 0.8, ratio);
  add('100,000 numbers, YAML: wall vs ajv-cli', wall('100000-yaml', 'byo-lint') / wall('100000-yaml', 'ajv-cli'), 1.5, ratio);
  add('100,000 numbers, YAML: peak RSS (MiB)', rss('100000-yaml', 'byo-lint'), 400, (value) => value.toFixed(1));
  add('100,000 numbers, JSON: wall vs ajv-cli', wall('100000-json', 'byo-lint') / wall('100000-json', 'ajv-cli'), 1.0, ratio);
  add(
    '10,000 numbers, YAML: wall with every rule vs the schema alone (issue 3)',
    wall(rulesCase, 'byo-lint') / wall(rulesCase, 'byo-lint, rules off'),
    1.15,
    ratio,
  );
  add('10× the entries (YAML): wall 100,000 / 10,000', wall('100000-yaml', 'byo-lint') / wall('10000-yaml', 'byo-lint'), 11, ratio);
  add('10× the entries (JSON): wall 100,000 / 10,000', wall('100000-json', 'byo-lint') / wall('10000-json', 'byo-lint'), 11, ratio);
  return rows;
}

function report(cases, results, environment) {
  const lines = [
    '# Benchmark: byo-lint and its peers',
    '',
    `Written by \`npm run bench\`${quick ? ' (BENCH_QUICK=1: without the 100,000-number corpora)' : ''}. After one unmeasured warm-up run each, every case runs every tool ${runs} times (the one-number case and the 10,000-number YAML case, whose rules-off run the rules' share is measured against, ${preciseRuns} times), interleaved; the figures are medians of wall time and of peak resident set size (\`/usr/bin/time\`). byo-lint runs with every rule at \`error\` and \`-f json\`; ajv-cli with ajv-formats and \`--all-errors\`; Spectral with a one-rule ruleset applying the same schema. Every tool must report exactly the invalid entries (about 1%, of ${invalidKinds.length} kinds); the last column says whether it did.`,
    '',
    `- Machine: ${environment.machine}`,
    `- Tools: ${environment.tools}`,
    '- Reproduce: `npm ci && npm run bench` (installs the peers into `bench/node_modules` from `bench/package-lock.json`, builds byo-lint, generates `bench/corpus/`)',
    '',
    '## Targets',
    '',
    '| target | measured | limit | met |',
    '|---|---|---|---|',
    ...targets(results).map(
      (row) => `| ${row.name} | ${row.format(row.value)} | ${row.format(row.limit)} | ${row.met ? 'yes' : '**no**'} |`,
    ),
    '',
    '## Measurements',
    '',
    '| case | tool | wall | peak RSS | vs `node -e 0` | vs ajv-cli | invalid entries found |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const bench of cases) {
    const rows = results.get(bench.id);
    const baseline = rows.find((row) => row.tool === 'node -e 0')?.wall;
    const ajv = rows.find((row) => row.tool === 'ajv-cli')?.wall;
    for (const row of rows) {
      lines.push(
        `| ${bench.title} | ${row.tool} | ${seconds(row.wall)} | ${row.rss.toFixed(1)} MiB | ${baseline ? ratio(row.wall / baseline) : ''} | ${ajv ? ratio(row.wall / ajv) : ''} | ${row.check.ok ? row.check.note : `**${row.check.note}**`} |`,
      );
    }
  }
  return lines.join('\n') + '\n';
}

prepare();
const environment = describeEnvironment();
const cases = writeCorpora();
const results = new Map();
for (const bench of cases) {
  process.stderr.write(`bench: ${bench.title}\n`);
  results.set(bench.id, runCase(bench));
}
const markdown = report(cases, results, environment);
const resultsFile = quick ? path.join(corpusDir, 'RESULTS.quick.md') : path.join(benchDir, 'RESULTS.md');
writeFileSync(resultsFile, markdown);
process.stdout.write(markdown);
process.stderr.write(`bench: wrote ${path.relative(root, resultsFile)}\n`);
const failures = [...results.values()].flat().filter((row) => !row.check.ok);
const missed = targets(results).filter((row) => !row.met);
if (failures.length > 0) fail(`${failures.length} tool runs did not report exactly the invalid entries`);
if (missed.length > 0) process.stderr.write(`bench: ${missed.length} targets not met\n`);
