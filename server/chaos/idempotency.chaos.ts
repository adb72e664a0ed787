// Idempotency keys across a killed API (docs/decisions/0021-idempotency-keys.md). First, the API is
// SIGKILLed in the one window that matters: a keyed write has committed, and its answer is not kept
// yet. The retry on the restarted API is asked to retry shortly while the claim is young, then refused
// as IDEMPOTENCY_KEY_ANSWER_LOST once it is as old as an abandoned claim: it never runs again. Then a
// burst of keyed writes with the API killed at random moments, each write retried with its key until
// it is answered: every write is in the database exactly once, whichever way it was answered.
import { and, eq, like, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractors, idempotencyKeys } from '../src/db/schema.js';
import { ABANDONED_CLAIM_MS } from '../src/modules/idempotency/idempotency-keys.js';
import { createApiKey, signedInAgencyMember } from '../test/factories/index.js';
import { killProcess, startApiProcess } from '../test/support/child-processes.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { HTTP_PORT, LOAD_CLIENT_BUDGET, printFigures, randomPause, SCALE } from './scale.js';

const CREATE_CONTRACTOR = 'mutation($input: CreateContractorInput!) { createContractor(input: $input) { id email } }';
const EMAIL_DOMAIN = 'idempotency.chaos.test';
/** The advisory lock the test holds to keep a kept answer from being written (the trigger below waits for it). */
const ANSWER_HOLD_LOCK = 8_021;

type Answer = { status: number; code?: string; reason?: string; field?: string; id?: string; replayed: boolean };
type Api = Awaited<ReturnType<typeof startApiProcess>>;

let server: TestServer;
let owner: postgres.Sql;
let api: Api | undefined;
let apiKey: string;
let kills = 0;

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  const { client } = await signedInAgencyMember(server);
  apiKey = await createApiKey(client);
  owner = (await import('postgres')).default(server.databaseUrl, { max: 2, onnotice: () => {} });
  // Keeping an answer (the update that sets `response`) waits while the test holds ANSWER_HOLD_LOCK:
  // the kill then lands after the write's commit and before its answer is kept, every time.
  await owner.unsafe(`
    create function chaos_hold_kept_answers() returns trigger language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(${ANSWER_HOLD_LOCK});
      return new;
    end $$;
    create trigger chaos_hold_kept_answers before update of response on idempotency_keys
      for each row when (new.response is not null) execute function chaos_hold_kept_answers();`);
});

afterAll(async () => {
  if (api) await killProcess(api.process);
  await owner?.end({ timeout: 1 });
  await server?.stop();
});

const startApi = async () => (api = await startApiProcess(server.databaseUrl, HTTP_PORT, LOAD_CLIENT_BUDGET));

async function killApi(): Promise<void> {
  await killProcess(api!.process);
  kills += 1;
  api = undefined;
}

function writeBody(email: string): string {
  return JSON.stringify({ query: CREATE_CONTRACTOR, variables: { input: { firstName: 'Chaos', lastName: 'Idempotent', email } } });
}

/** One try of a keyed write; throws if the API is down or dies before answering. */
async function sendWrite(email: string, key: string): Promise<Answer> {
  const response = await fetch(`${api?.url ?? `http://127.0.0.1:${HTTP_PORT}`}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, 'idempotency-key': key },
    body: writeBody(email),
    signal: AbortSignal.timeout(15_000),
  });
  const result = (await response.json()) as { data?: { createContractor?: { id: string } }; errors?: { extensions?: { code?: string; reason?: string; field?: string } }[] };
  const extensions = result.errors?.[0]?.extensions;
  return { status: response.status, id: result.data?.createContractor?.id, code: extensions?.code, reason: extensions?.reason, field: extensions?.field, replayed: response.headers.get('idempotent-replayed') === 'true' };
}

/** The contractors stored under each email of the scenario's that starts with `prefix`. */
async function storedByEmail(prefix: 'lost' | 'burst'): Promise<Map<string, string[]>> {
  const rows = await server.db
    .select({ email: contractors.email, ids: sql<string[]>`array_agg(${contractors.id})` })
    .from(contractors)
    .where(like(contractors.email, `${prefix}-%@${EMAIL_DOMAIN}`))
    .groupBy(contractors.email);
  return new Map(rows.map((row) => [row.email, row.ids]));
}

/**
 * As if ABANDONED_CLAIM_MS had passed for every claim a killed API left unanswered (made before
 * `killedAt`): a process's clock is its own, and a restart resets it.
 */
async function ageClaimsLeftBy(killedAt: Date): Promise<void> {
  await server.db.execute(
    sql`update ${idempotencyKeys} set created_at = created_at - ${`${ABANDONED_CLAIM_MS} milliseconds`}::interval where ${idempotencyKeys.response} is null and ${idempotencyKeys.createdAt} <= ${killedAt.toISOString()}`,
  );
}

async function until(condition: () => Promise<boolean>, withinMs = 15_000): Promise<void> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > withinMs) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('idempotency keys across a killed API', () => {
  it('never runs a write twice when the API dies after its commit and before its answer is kept: the retry is refused as answer lost', async () => {
    await startApi();
    let refusedInUse = 0;
    let refusedAnswerLost = 0;
    const rounds = SCALE.idempotency.lostAnswers;
    for (let round = 0; round < rounds; round++) {
      const email = `lost-${round}@${EMAIL_DOMAIN}`;
      const key = `lost-answer-${round}`;
      const hold = await owner.reserve();
      await hold`select pg_advisory_lock(${ANSWER_HOLD_LOCK})`;
      const firstTry = sendWrite(email, key).then(
        () => 'answered',
        () => 'cut off',
      );
      // Committed (the contractor is there, the claim marked) and waiting to keep its answer.
      await until(async () => {
        const [waiting] = await owner<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'coverline-writes' and wait_event = 'advisory'`;
        return (waiting?.n ?? 0) === 1;
      });
      const [claim] = await server.db.select({ completedAt: idempotencyKeys.completedAt, response: idempotencyKeys.response }).from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
      expect(claim?.completedAt).not.toBeNull();
      expect(claim?.response).toBeNull();
      await killApi();
      expect(await firstTry).toBe('cut off');
      // The dead process's connections, PostgreSQL would end them once it noticed; ended now, so the
      // kept answer still waiting for the lock can never land.
      await owner`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'coverline-%'`;
      await hold`select pg_advisory_unlock(${ANSWER_HOLD_LOCK})`;
      hold.release();
      await startApi();

      if (round === 0) {
        // The claim is young: its answer might still be on the way, so the retry is asked to come back.
        const young = await sendWrite(email, key);
        expect(young).toMatchObject({ status: 409, code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_IN_USE' });
        refusedInUse += 1;
      }
      await ageClaimsLeftBy(new Date());
      for (let retry = 0; retry < 2; retry++) {
        const lost = await sendWrite(email, key);
        expect(lost).toMatchObject({ status: 409, code: 'BAD_USER_INPUT', field: 'Idempotency-Key', reason: 'IDEMPOTENCY_KEY_ANSWER_LOST' });
        refusedAnswerLost += 1;
      }
      expect((await storedByEmail('lost')).get(email)).toHaveLength(1);
    }
    await killApi();
    const stored = await storedByEmail('lost');
    const duplicates = [...stored.values()].filter((ids) => ids.length > 1).length;
    printFigures('Idempotency keys: killed after the commit, before the answer is kept', [
      ['writes killed in that window (SIGKILL)', rounds],
      ['retries refused IDEMPOTENCY_KEY_IN_USE (claim young)', refusedInUse],
      ['retries refused IDEMPOTENCY_KEY_ANSWER_LOST (claim abandoned)', refusedAnswerLost],
      ['writes stored once', [...stored.values()].filter((ids) => ids.length === 1).length],
      ['duplicates found', duplicates],
    ]);
    expect(stored.size).toBe(rounds);
    expect(duplicates).toBe(0);
    await owner.unsafe('drop trigger chaos_hold_kept_answers on idempotency_keys; drop function chaos_hold_kept_answers()');
  });

  it('keeps every write of a burst exactly once when the API is killed at random moments: each retry with its key is answered the first way or refused as answer lost', async () => {
    await startApi();
    type Write = { email: string; key: string; tries: number; answers: Answer[] };
    const writes: Write[] = [];
    let bursting = true;
    const settled = (write: Write) => write.answers.some((answer) => answer.id !== undefined || answer.reason === 'IDEMPOTENCY_KEY_ANSWER_LOST');
    /** Retries with the same key after a cut-off answer or a 409 "in use" (or 503 while the API restarts) until answered. */
    const write = async (n: number): Promise<void> => {
      const record: Write = { email: `burst-${n}@${EMAIL_DOMAIN}`, key: `burst-${n}`, tries: 0, answers: [] };
      writes.push(record);
      while (!settled(record)) {
        record.tries += 1;
        try {
          record.answers.push(await sendWrite(record.email, record.key));
        } catch {
          // The API is down, or was killed mid-answer: the same key again.
        }
        if (!settled(record)) await randomPause(50, 200);
      }
    };
    let next = 0;
    const writers = Array.from({ length: SCALE.idempotency.writers }, async () => {
      while (bursting) await write(next++);
    });
    for (let kill = 0; kill < SCALE.idempotency.burstKills; kill++) {
      await randomPause(300, 1500);
      await killApi();
      const killedAt = new Date();
      await startApi();
      // Time passes: the claims the killed API left unanswered are as old as abandoned ones, and their
      // writes' retries run (nothing was committed) or are refused as answer lost (it was).
      await ageClaimsLeftBy(killedAt);
    }
    await randomPause(300, 800);
    bursting = false;
    await Promise.all(writers);
    await killApi();

    const stored = await storedByEmail('burst');
    const acknowledged = writes.filter((w) => w.answers.some((a) => a.id !== undefined));
    const answerLost = writes.filter((w) => !acknowledged.includes(w));
    const unexpected = writes.flatMap((w) => w.answers.filter((a) => a.id === undefined && !(a.status === 409 && a.field === 'Idempotency-Key') && a.status !== 503));
    const lost = acknowledged.filter((w) => !stored.get(w.email)?.includes(w.answers.find((a) => a.id)!.id!));
    const duplicated = writes.filter((w) => (stored.get(w.email)?.length ?? 0) > 1);
    const missing = answerLost.filter((w) => !stored.has(w.email));
    // A write answered twice (its answer replayed) is answered the same both times.
    const changedAnswers = writes.filter((w) => new Set(w.answers.filter((a) => a.id).map((a) => a.id)).size > 1);
    printFigures('Idempotency keys: a burst of keyed writes with the API killed at random', [
      ['API kills (SIGKILL)', SCALE.idempotency.burstKills],
      ['writes', writes.length],
      ['  tries sent (with retries)', writes.reduce((sum, w) => sum + w.tries, 0)],
      ['  answered with data', acknowledged.length],
      ['    of which replayed answers', writes.filter((w) => w.answers.some((a) => a.replayed)).length],
      ['  refused IDEMPOTENCY_KEY_ANSWER_LOST', answerLost.length],
      ['acknowledged writes lost', lost.length],
      ['answer-lost writes missing', missing.length],
      ['duplicates found', duplicated.length],
    ]);
    expect(kills).toBeGreaterThanOrEqual(SCALE.idempotency.burstKills);
    expect(writes.length).toBeGreaterThan(SCALE.idempotency.writers);
    expect(unexpected).toEqual([]);
    expect(lost.map((w) => w.email)).toEqual([]);
    expect(missing.map((w) => w.email)).toEqual([]);
    expect(duplicated.map((w) => w.email)).toEqual([]);
    expect(changedAnswers.map((w) => w.email)).toEqual([]);
    expect(stored.size).toBe(writes.length);
    // The keys' rows agree: every write's claim holds an answer or its commit mark.
    const unsettled = await server.db
      .select({ key: idempotencyKeys.key })
      .from(idempotencyKeys)
      .where(and(like(idempotencyKeys.key, 'burst-%'), sql`${idempotencyKeys.response} is null and ${idempotencyKeys.completedAt} is null`));
    expect(unsettled).toEqual([]);
  });
});
