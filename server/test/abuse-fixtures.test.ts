// Documents built to hurt: deep, wide, aliased, batched, token-heavy and list-heavy. Each is refused
// before it runs, with a code a client can act on, about as fast as an ordinary query is answered;
// and while one agency keeps sending them, another agency's ordinary list stays about as fast as
// when all is quiet. Times are compared as ratios measured here (medians), never as absolute bounds;
// the figures are printed.
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { largestMerge, LimitSelectionMergesRule, MAX_MERGED_INTO_A_SELECTION } from '../src/graphql/selection-merges.js';
import { APP_DOCUMENTS, NESTED_LISTS } from './support/documents.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createContractor, createTeamMember, sessionHeaders } from './factories/index.js';

/** `__type { fields { type { ofType { ofType … { name } } } } }`: legal, but 15 levels deep. */
const deep = `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(12)}name${' }'.repeat(12)} } } } }`;
/** Every list of the agency at its largest page, side by side. */
const wide = `{ ${[
  'viewer { id }',
  'teamMembers { id email name status }',
  'apiKeys { id name }',
  'jobCategories { id status workState }',
  'webhookEndpoints { id url deliveries(first: 200) { edges { node { id status } } } }',
  'invoices(first: 200) { totalCount edges { node { id number totalCents } } }',
  'contractors(first: 200) { totalCount edges { node { id firstName lastName email assignments { id jobName statusHistory { at } certificate { number } } } } }',
  'assignments(first: 200) { totalCount edges { node { id jobName contractor { id assignments { id } } } } }',
].join(' ')} }`;
const aliased = `{ ${Array.from({ length: 100 }, (_, n) => `a${n}: viewer { id }`).join(' ')} }`;
const tokenHeavy = `{ viewer { ${'id '.repeat(5000)}} }`;
/** One field 330 times (legal, cheap to answer, costly to validate), and 200 one-field fragments; a new comment each time defeats Apollo's document cache. */
let comments = 0;
const repeated = () => `# ${++comments}\n{ ${'viewer { id } '.repeat(330)}}`;
const repeatedThroughFragments = () => `# ${++comments}\n{ viewer { ${Array.from({ length: 200 }, (_, n) => `...f${n}`).join(' ')} } } ${Array.from({ length: 200 }, (_, n) => `fragment f${n} on Viewer { id }`).join(' ')}`;

type Fixture = { body: () => unknown; code: string; message: RegExp };
const FIXTURES: Record<string, Fixture> = {
  deep: { body: () => ({ query: deep }), code: 'GRAPHQL_VALIDATION_FAILED', message: /depth limit/i },
  wide: { body: () => ({ query: wide }), code: 'GRAPHQL_VALIDATION_FAILED', message: /cost limit/i },
  aliased: { body: () => ({ query: aliased }), code: 'GRAPHQL_VALIDATION_FAILED', message: /aliases/i },
  repeated: { body: () => ({ query: repeated() }), code: 'GRAPHQL_VALIDATION_FAILED', message: /"viewer" is selected 330 times/ },
  'repeated through fragments': { body: () => ({ query: repeatedThroughFragments() }), code: 'GRAPHQL_VALIDATION_FAILED', message: /merges 200 fragments/ },
  batched: { body: () => Array.from({ length: 50 }, () => ({ query: '{ viewer { id } }' })), code: 'BAD_REQUEST', message: /batching disabled/i },
  'token-heavy': { body: () => ({ query: tokenHeavy }), code: 'GRAPHQL_PARSE_FAILED', message: /2000 tokens/ },
  // 15 aliases (the most allowed) of nested lists: millions of rows to read, within armor's own limits.
  'list-heavy': { body: () => ({ query: NESTED_LISTS }), code: 'QUERY_TOO_COSTLY', message: /asks for too much at once/ },
};

const SAMPLES = 15;
const ORDINARY = () => ({ query: '{ viewer { id } }' });
const VICTIM_LIST = () => ({ query: '{ contractors(first: 20) { totalCount edges { node { id firstName lastName coverageStatus } } } }' });

let server: TestServer;
let abuser: Record<string, string>;
let victim: Record<string, string>;

type Answer = { status: number; ms: number; body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };

async function post(headers: Record<string, string>, body: unknown): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', ...headers }, body: JSON.stringify(body) });
  const parsed = (await response.json()) as Answer['body'];
  return { status: response.status, ms: performance.now() - started, body: parsed };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timings(headers: Record<string, string>, body: () => unknown, samples = SAMPLES): Promise<number[]> {
  const ms: number[] = [];
  for (let n = 0; n < samples; n++) ms.push((await post(headers, body())).ms);
  return ms;
}

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  const abusing = await createAgency(server, { name: 'Abusive Agency' });
  const quiet = await createAgency(server, { name: 'Quiet Agency' });
  abuser = await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: (await createTeamMember(server, abusing)).id, agencyId: abusing.id });
  victim = await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: (await createTeamMember(server, quiet)).id, agencyId: quiet.id });
  for (let n = 0; n < 20; n++) await createContractor(server, quiet);
  // Warm up: the first requests compile and cache what later ones reuse.
  await timings(abuser, ORDINARY, 5);
  await timings(victim, VICTIM_LIST, 5);
});
afterAll(async () => server?.stop());

describe('the limit on what one selection set merges', () => {
  it("refuses none of the apps' own documents", () => {
    expect(APP_DOCUMENTS.length).toBeGreaterThan(50);
    const over = APP_DOCUMENTS.filter(([, document]) => largestMerge(document).count > MAX_MERGED_INTO_A_SELECTION).map(([name]) => name);
    expect(over).toEqual([]);
  });

  it("stops graphql-js's own rules from descending into a document it refuses: only its refusal is reported", () => {
    const schema = buildSchema('type Query { viewer: Viewer } type Viewer { id: ID name: String }');
    // Over the limit, and with a conflict (`viewer` answering two different fields) that OverlappingFieldsCanBeMerged would report, had it compared them.
    const document = parse(`{ ${'viewer { id } '.repeat(MAX_MERGED_INTO_A_SELECTION + 1)} viewer: viewer { name } unknownField }`);
    const messages = validate(schema, document, [...specifiedRules, LimitSelectionMergesRule]).map((error) => error.message);
    expect(messages).toEqual([`"viewer" is selected ${MAX_MERGED_INTO_A_SELECTION + 2} times in one selection set; select it at most ${MAX_MERGED_INTO_A_SELECTION} times there (once is enough).`]);
    const within = parse(`{ ${'viewer { id } '.repeat(MAX_MERGED_INTO_A_SELECTION)} unknownField }`);
    expect(validate(schema, within, [...specifiedRules, LimitSelectionMergesRule]).map((error) => error.message)).toEqual(['Cannot query field "unknownField" on type "Query".']);
  });
});

describe('each abusive document', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`abuse refusals (median, ratio to an ordinary query's median):\n  ${figures.join('\n  ')}`));

  it.each(Object.keys(FIXTURES))('%s is refused before it runs, with its code, within 10× of an ordinary query\'s time', async (name) => {
    const fixture = FIXTURES[name]!;
    const answer = await post(abuser, fixture.body());
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? undefined).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code, JSON.stringify(answer.body.errors)).toBe(fixture.code);
    expect(answer.body.errors?.map((error) => error.message).join('\n')).toMatch(fixture.message);

    // Interleaved, so both medians see the same load on the machine.
    const ordinaryMs: number[] = [];
    const refusedMs: number[] = [];
    for (let n = 0; n < SAMPLES; n++) {
      ordinaryMs.push((await post(abuser, ORDINARY())).ms);
      refusedMs.push((await post(abuser, fixture.body())).ms);
    }
    const [ordinary, refused] = [percentile(ordinaryMs, 50), percentile(refusedMs, 50)];
    figures.push(`${name}: ${fixture.code} in ${refused.toFixed(1)} ms (×${(refused / ordinary).toFixed(2)} of ${ordinary.toFixed(1)} ms)`);
    expect(refused / ordinary).toBeLessThan(10);
  });
});

/**
 * Sends the abusive documents back to back from `senders` connections at once, in a thread of its
 * own (so the sending does not compete with the server for this thread), until told to stop; answers
 * how many it sent and how many were not refused with 400.
 */
const ABUSER_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, headers, bodies, senders } = workerData;
let running = true;
let sent = 0;
let notRefused = 0;
parentPort.on('message', () => { running = false; });
async function send(offset) {
  for (let n = offset; running; n++) {
    const response = await fetch(url, { method: 'POST', headers, body: bodies[n % bodies.length] });
    await response.arrayBuffer();
    if (response.status !== 400) notRefused++;
    sent++;
  }
}
Promise.all(Array.from({ length: senders }, (_, n) => send(n))).then(() => parentPort.postMessage({ sent, notRefused }));
`;

describe("another agency's latency while one agency abuses", () => {
  // Other test files run beside this one on two cores, so the quiet baseline is taken before and after the
  // abuse, and the bound leaves room for their noise: the stall this guards against made it ×22.
  it('stays within 5× of its quiet median while the abusive documents keep coming', async () => {
    const quiet = await timings(victim, VICTIM_LIST, 20);

    const fixtures = Object.values(FIXTURES);
    const bodies = Array.from({ length: 400 }, (_, n) => JSON.stringify(fixtures[n % fixtures.length]!.body()));
    const senders = 1;
    const abuse = new Worker(ABUSER_THREAD, {
      eval: true,
      workerData: { url: `${server.url}/graphql`, headers: { 'content-type': 'application/json', 'x-coverline-app': 'agency', ...abuser }, bodies, senders },
    });
    const done = new Promise<{ sent: number; notRefused: number }>((resolve, reject) => {
      abuse.once('message', resolve);
      abuse.once('error', reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const underAbuse = await timings(victim, VICTIM_LIST, 40);
    abuse.postMessage('stop');
    const { sent: abusive, notRefused } = await done;
    await abuse.terminate();
    quiet.push(...(await timings(victim, VICTIM_LIST, 20)));

    const [quietMedian, abusedMedian] = [percentile(quiet, 50), percentile(underAbuse, 50)];
    console.log(
      `victim's list: quiet p50 ${quietMedian.toFixed(1)} ms, p99 ${percentile(quiet, 99).toFixed(1)} ms; ` +
        `under abuse (${abusive} abusive documents from ${senders} connections) p50 ${abusedMedian.toFixed(1)} ms, p99 ${percentile(underAbuse, 99).toFixed(1)} ms; ratio of medians ×${(abusedMedian / quietMedian).toFixed(2)}`,
    );
    expect(notRefused).toBe(0);
    expect(abusive).toBeGreaterThan(40);
    expect(abusedMedian / quietMedian).toBeLessThanOrEqual(5);
  });
});
