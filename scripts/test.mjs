#!/usr/bin/env node
// `pnpm test`: every check CI runs, in order, then one closing line `N passed, N failed`.
// Steps: generated files are current, typecheck, lint, domain unit tests, server integration tests
// (embedded PostgreSQL; again on TEST_EXTERNAL_DATABASE_URL when set), the chaos suite's short form
// (crashes, restarts and load; `pnpm test:chaos` is the full form), the apps' build and its first-page
// JavaScript budget (`pnpm budget`), browser journeys, and the bench's
// smoke run (`BENCH_SCALE=small pnpm bench`: it must run and every answer it loads must be right, not meet targets).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'coverline-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];
/** Each failed test by file and name with its first message line: CI keeps only the end of the output, so the summary must say what failed. */
const failures = [];

/** How long the last command took, for the summary: CI has a time budget, and each step's share of it shows where it goes. */
let lastDuration = '';

function run(command, args, { env = {} } = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  lastDuration = ` (${Math.round((performance.now() - started) / 1000)} s)`;
  return result.status === 0;
}

function check(name, ok) {
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${name}${lastDuration}`);
  if (ok) totals.passed += 1;
  else totals.failed += 1;
}

function countVitest(name, file, ok) {
  const counted = readJson(file);
  if (!counted) return check(name, false);
  totals.passed += counted.numPassedTests;
  totals.failed += counted.numFailedTests + (ok || counted.numFailedTests > 0 ? 0 : 1);
  totals.skipped += counted.numPendingTests + counted.numTodoTests;
  for (const testFile of counted.testResults ?? []) {
    if (testFile.status === 'failed' && !testFile.assertionResults?.some((test) => test.status === 'failed')) {
      failures.push(`${name}: ${path.relative(root, testFile.name)}: ${firstLine(testFile.message)}`);
    }
    for (const test of testFile.assertionResults ?? []) {
      if (test.status === 'failed') failures.push(`${name}: ${path.relative(root, testFile.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  summary.push(`${ok && counted.numFailedTests === 0 ? 'ok  ' : 'FAIL'} ${name}: ${counted.numPassedTests} passed, ${counted.numFailedTests} failed${lastDuration}`);
}

function countPlaywright(name, file, ok) {
  const report = readJson(file);
  if (!report) return check(name, false);
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats ?? {};
  totals.passed += expected + flaky;
  totals.failed += unexpected + (ok || unexpected > 0 ? 0 : 1);
  totals.skipped += skipped;
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        failures.push(`${name}: ${spec.file} › ${[...titles, spec.title].join(' › ')}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  summary.push(`${ok && unexpected === 0 ? 'ok  ' : 'FAIL'} ${name}: ${expected + flaky} passed, ${unexpected} failed${lastDuration}`);
}

function firstLine(message) {
  // eslint-disable-next-line no-control-regex -- colour codes from the reporters
  const line = (message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((text) => text.trim() !== '') ?? 'no message';
  return line.trim().slice(0, 300);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function digest(paths) {
  const hash = createHash('sha256');
  for (const relative of paths) {
    const absolute = path.join(root, relative);
    const files = fs.existsSync(absolute) ? (fs.statSync(absolute).isDirectory() ? fs.readdirSync(absolute).sort().map((f) => path.join(absolute, f)) : [absolute]) : [];
    for (const file of files) hash.update(file).update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function vitest(name, filter, reportName, env = {}, args = []) {
  const file = path.join(reports, `${reportName}.json`);
  const ok = run('pnpm', ['--filter', filter, 'exec', 'vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { env });
  countVitest(name, file, ok);
}

const generated = ['packages/schema/schema.graphql', 'packages/ui/src/gql', 'web-agency/src/gql', 'web-facility/src/gql', 'web-contractor/src/gql'];
const before = digest(generated);
const generatedOk = run('pnpm', ['schema']) && digest(generated) === before;
if (!generatedOk) console.error('\nThe generated schema or typed documents were stale: `pnpm schema` has regenerated them; commit the result.');
check('generated schema and typed documents are current', generatedOk);

check('typecheck', run('pnpm', ['typecheck']));
check('lint', run('pnpm', ['lint']));
vitest('domain unit tests', '@coverline/domain', 'domain');
vitest('server integration tests (embedded PostgreSQL)', '@coverline/server', 'server-embedded');
// The external pass proves the server runs on any PostgreSQL (roles, row-level security, locks, jobs,
// COPY, indexes, timeouts): it leaves out the files whose outcome cannot depend on which server answers —
// the embedded database's own tests, and the GraphQL layer's refusals, fuzz and limits — to keep CI
// within its time budget (docs/decisions/0034-ci-time-budget.md).
const NOT_DATABASE_DEPENDENT = [
  'embedded-database',
  'mutation-fuzz',
  'graphql-input-errors',
  'abuse-fixtures',
  'authorization',
  'statement-counts',
  'api-limits',
  'request-budget',
  'list-cost',
  'security-headers',
  'schema-contract',
  'logging',
  'client-aborts',
  'app-delivery',
  'certificates-pdf',
  'demo-builder',
];
if (process.env.TEST_EXTERNAL_DATABASE_URL) {
  vitest(
    'server integration tests (external PostgreSQL)',
    '@coverline/server',
    'server-external',
    { TEST_DATABASE_URL: process.env.TEST_EXTERNAL_DATABASE_URL },
    NOT_DATABASE_DEPENDENT.flatMap((name) => ['--exclude', `test/${name}.test.ts`]),
  );
}
vitest('chaos, short form (kills, restarts, load)', '@coverline/server', 'chaos', { CHAOS_SCALE: 'short' }, ['--config', 'vitest.chaos.config.ts']);

const builtApps = run('pnpm', ['build']);
check('apps build', builtApps);
if (builtApps) {
  check('first pages within 150 kB of compressed JavaScript (pnpm budget)', run('pnpm', ['budget']));
  const file = path.join(reports, 'e2e.json');
  const ok = run('pnpm', ['--filter', '@coverline/e2e', 'exec', 'playwright', 'test', '--reporter=list,json'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
  });
  countPlaywright('browser journeys', file, ok);
  // After the apps' build, which its first-page rows open; it rewrites docs/benchmarks.md's targets section, so CI's copy is put back.
  const benchmarks = path.join(root, 'docs', 'benchmarks.md');
  const before = fs.readFileSync(benchmarks);
  check('bench, small scale (answers checked, targets not required)', run('pnpm', ['bench'], { env: { BENCH_SCALE: 'small' } }));
  fs.writeFileSync(benchmarks, before);
}

console.log(`\n${summary.join('\n')}\n`);
if (failures.length > 0) console.log(`failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}\n`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
