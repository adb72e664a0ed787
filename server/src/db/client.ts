// Connections to PostgreSQL through postgres.js, with drizzle on top.
//  - The owner's connection (DATABASE_URL) runs the migrations (the job queue's worker has its own
//    pool on the owner's URL, jobs/job-queue-schema.ts; tests and the bench set up through it).
//  - The application's connections log in as the application role (coverline_app_<key id>), which
//    owns nothing, so row-level security holds for everything it runs (see scoped-database.ts for
//    how a scope is set).
import { Semaphore } from 'async-mutex';
import { drizzle, type PostgresJsDatabase, type PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { AnswerWatch, DatabaseSilentError } from './answer-watch.js';
import { wrappedErrors } from './errors.js';
import * as schema from './schema.js';

/** A drizzle handle on the owner's connection, with the relational API (migrations, tests' setup). */
export type OwnerDatabase = PostgresJsDatabase<typeof schema>;
/** What the application queries through: a connection, a reserved connection or an open transaction. */
export type Executor = PgDatabase<PostgresJsQueryResultHKT, Record<string, unknown>>;

export type OwnerDatabaseHandle = { db: OwnerDatabase; sql: postgres.Sql; close: () => Promise<void> };

const QUIET = { onnotice: () => {} };
/** Seconds to wait for a new connection: a database that is down answers 503 quickly instead of hanging requests. */
const CONNECT_TIMEOUT_SECONDS = 2;
/**
 * How long a request or job waits for a connection of a pool when every one is lent, before it is
 * answered 503: the application's pools (reads and writes) and the job queue's (jobs/job-queue-schema.ts).
 */
export const CONNECTION_WAIT_MS = 3_000;
/** How long a statement waits before the database is probed, and how long the probe waits (answer-watch.ts): about 3 s to a 503. */
const SILENCE_MS = 1_000;
const PROBE_MS = 2_000;

export function connectOwnerDatabase(url: string, options: { max?: number } = {}): OwnerDatabaseHandle {
  const sql = postgres(url, { max: options.max ?? 1, ...QUIET, connection: { application_name: 'coverline-owner' } });
  return { db: drizzle({ client: sql, schema }), sql, close: () => sql.end({ timeout: 5 }) };
}

/**
 * The application's two pools: `reads` lends one connection to a request (or job) for its whole life,
 * with the scope's settings applied once; `writes` runs transactions, each setting its scope first.
 * Two pools, so a request that holds its read connection and opens a transaction never waits for a
 * connection that another such request holds; and a request holds one read connection at a time
 * (Access.signedInAs and firstFoundInScope give one back before they take the next).
 */
export type ApplicationPools = {
  reads: postgres.Sql;
  writes: postgres.Sql;
  watch: AnswerWatch;
  /** How long either pool is waited on for a connection before PoolExhaustedError. */
  connectionWaitMs: number;
  /**
   * The writes pool's connections that its transactions and statements hold, counted here because
   * postgres.js queues whatever finds none free for as long as it takes: waiting for a slot is waiting
   * for a connection, and that wait is bounded (`onWritesConnection`). A slot is given back once
   * PostgreSQL has answered, as the connection is, not when its borrower gives up waiting.
   */
  writesSlots: Semaphore;
  close: () => Promise<void>;
};

/** Sees every statement the application sends, with its parameters (the statement counts, the bench's plans). */
export type StatementObserver = (statement: string, parameters: readonly unknown[]) => void;

export type ApplicationPoolOptions = {
  max?: number;
  observe?: StatementObserver;
  /** Every statement's limit unless its transaction sets another: one request's heavy query cannot hold a connection for long. */
  statementTimeoutMs?: number;
  connectionWaitMs?: number;
};

export function connectApplicationPools(url: string, options: ApplicationPoolOptions = {}): ApplicationPools {
  const max = options.max ?? 10;
  const { observe } = options;
  const debug = observe ? (_connection: number, statement: string, parameters: unknown[]) => observe(statement, parameters) : undefined;
  const common = { max, ...QUIET, debug, connect_timeout: CONNECT_TIMEOUT_SECONDS };
  const timeout = options.statementTimeoutMs === undefined ? {} : { statement_timeout: options.statementTimeoutMs };
  // No JIT compilation: the planner's estimates of the Company Overview's statement passed its thresholds,
  // and compiling took 0.8 s of its 3.3 s on PostgreSQL 15 (docs/benchmarks.md); nothing the
  // application sends runs long enough to earn it back.
  const settings = { jit: 'off', ...timeout };
  const reads = postgres(url, { ...common, connection: { application_name: 'coverline-reads', ...settings } });
  const writes = postgres(url, { ...common, connection: { application_name: 'coverline-writes', ...settings } });
  const probe = probeOf(url);
  return {
    reads,
    writes,
    watch: new AnswerWatch(probe.ask, SILENCE_MS, PROBE_MS),
    connectionWaitMs: options.connectionWaitMs ?? CONNECTION_WAIT_MS,
    writesSlots: new Semaphore(max),
    close: async () => {
      await Promise.all([reads.end({ timeout: 5 }), writes.end({ timeout: 5 }), probe.close()]);
    },
  };
}

/** `select 1` on a connection of its own, which no statement of the application waits on; a probe left unanswered drops it. */
function probeOf(url: string): { ask: (withinMs: number) => Promise<void>; close: () => Promise<void> } {
  let sql: postgres.Sql | null = null;
  const connect = () => postgres(url, { max: 1, ...QUIET, connect_timeout: CONNECT_TIMEOUT_SECONDS, idle_timeout: 30, connection: { application_name: 'coverline-probe' } });
  return {
    ask: async (withinMs) => {
      const probe = (sql ??= connect());
      let timer: NodeJS.Timeout | undefined;
      const unanswered = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('the probe was not answered')), withinMs);
      });
      try {
        await Promise.race([probe`select 1`, unanswered]);
      } catch (error) {
        if (sql === probe) sql = null;
        void probe.end({ timeout: 0 }).catch(() => undefined);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    close: async () => {
      await sql?.end({ timeout: 1 });
    },
  };
}

/** A statement of a request or job that is already over (its client went away while resolvers still ran). */
export class ConnectionReturnedError extends Error {
  constructor() {
    super('this connection went back to the pool: its request or job is over');
  }
}

/** Whether `error`, or an error it wraps (GraphQL's originalError, drizzle's cause), is a ConnectionReturnedError. */
export function isConnectionReturned(error: unknown): boolean {
  for (const wrapped of wrappedErrors(error)) if (wrapped instanceof ConnectionReturnedError) return true;
  return false;
}

/**
 * drizzle sends its queries through `unsafe`, which postgres.js does not prepare: each statement with
 * parameters then costs two round trips (parse and describe, then parse again, bind and execute) and a
 * fresh plan. Prepared, a statement the connection has seen is one bind and execute, planned from
 * PostgreSQL's plan cache. postgres.js keeps a connection's statements by their text, and connections
 * are replaced after their lifetime (`max_lifetime`), so the prepared set stays bounded.
 */
function preparedUnsafe(client: Pick<postgres.Sql, 'unsafe'>): postgres.Sql['unsafe'] {
  // drizzle asks for `prepare: false` unless a query was given a name: every query is prepared here.
  return (query, parameters, queryOptions) => client.unsafe(query, parameters, { ...queryOptions, prepare: true });
}

/** Every connection of a pool was lent and none came back in time: answered 503 rather than waiting for ever. */
export class PoolExhaustedError extends Error {
  /** Read by isDatabaseUnavailable, as postgres.js's own codes are. */
  readonly code = 'POOL_EXHAUSTED';
  constructor(waitMs: number) {
    super(`no database connection came free within ${waitMs} ms`);
  }
}

/**
 * `acquiring` (a connection, or a transaction's start on one), or PoolExhaustedError after `waitMs`:
 * postgres.js would wait for ever, so a connection held too long (or lost) would hang every later
 * request. What is acquired after the wait went to nobody: `abandon` is told, to give it straight back.
 */
async function acquiredWithin<T>(acquiring: Promise<T>, waitMs: number, abandon: (late: Promise<T>) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PoolExhaustedError(waitMs)), waitMs);
  });
  try {
    return await Promise.race([acquiring, gaveUp]);
  } catch (error) {
    if (error instanceof PoolExhaustedError) abandon(acquiring);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** A connection of `pool` for the borrower alone, or PoolExhaustedError after `waitMs`. */
export function reserveWithin(pool: postgres.Sql, waitMs: number): Promise<postgres.ReservedSql> {
  return acquiredWithin(pool.reserve(), waitMs, (late) => void late.then((connection) => connection.release(), () => undefined));
}

/** What drizzleOverReserved asks of the borrower of a reserved connection. */
export type ReservedLease = {
  /** Whether the connection went back to the pool: a statement is then refused. */
  released: () => boolean;
  /** Each statement sent, as a promise settled once PostgreSQL has answered it (whichever way). */
  sent: (answered: Promise<void>) => void;
};

/** Tells `lease` of `statement`, and returns it. */
function toldTo<Statement extends Promise<unknown>>(lease: ReservedLease, statement: Statement): Statement {
  // Promise's own `then`: postgres.js sends a statement when its `then` is first called, and watching
  // for the answer must not send it before drizzle has said how it wants the rows.
  lease.sent(Promise.prototype.then.call(statement, () => undefined, () => undefined) as Promise<void>);
  return statement;
}

/**
 * `statement`, whose awaiting ends in DatabaseSilentError if the database is found silent meanwhile.
 * The statement itself stays a postgres.js query (drizzle asks it for `.values()`): only its `then` is
 * its own, and postgres.js's `then` is what sends it.
 */
function answeredOrSilent<Statement extends Promise<unknown>>(watch: AnswerWatch, statement: Statement): Statement {
  const send: Statement['then'] = statement.then.bind(statement);
  let answer: Promise<unknown> | null = null;
  statement.then = ((onFulfilled, onRejected) => (answer ??= watch.waitFor({ then: send })).then(onFulfilled, onRejected)) as Statement['then'];
  return statement;
}

/** A transaction's part of postgres.js that drizzle uses, its statements watched for a silent database. */
function watchedTransaction(tx: postgres.TransactionSql, watch: AnswerWatch): postgres.Sql {
  const unsafe: postgres.Sql['unsafe'] = (query, parameters, queryOptions) => {
    watch.refuseWhileSilent();
    return answeredOrSilent(watch, tx.unsafe(query, parameters, queryOptions));
  };
  const savepoint = (run: (savepointTx: postgres.Sql) => Promise<unknown>) => tx.savepoint((savepointTx) => run(watchedTransaction(savepointTx, watch)));
  return { unsafe, savepoint } as unknown as postgres.Sql;
}

/** `use` of a connection of the writes pool, once one is free: PoolExhaustedError if none is within `pools.connectionWaitMs`. */
async function onWritesConnection<T>(pools: ApplicationPools, use: () => PromiseLike<T>): Promise<T> {
  const [, release] = await acquiredWithin(pools.writesSlots.acquire(), pools.connectionWaitMs, (late) => void late.then(([, lateRelease]) => lateRelease()));
  try {
    return await use();
  } finally {
    release();
  }
}

/** A statement outside a transaction, sent once a connection is free and first awaited, as a postgres.js query is: drizzle awaits it, or its `.values()`. */
function statementOnWritesConnection<Rows extends readonly postgres.MaybeRow[]>(pools: ApplicationPools, statement: Parameters<postgres.Sql['unsafe']>): postgres.PendingQuery<Rows> {
  const send = (asArrays: boolean) =>
    onWritesConnection(pools, () => {
      const query = pools.writes.unsafe(...statement);
      return asArrays ? query.values() : query;
    });
  let answer: Promise<unknown> | null = null;
  const pending = { then: (onFulfilled: never, onRejected: never) => (answer ??= send(false)).then(onFulfilled, onRejected), values: () => send(true) };
  return pending as unknown as postgres.PendingQuery<Rows>;
}

/**
 * The part of postgres.js drizzle uses, over `pools.writes`: every wait for a connection bounded
 * (`onWritesConnection`), every statement and transaction watched for a silent database.
 */
function watchedWritesPool(pools: ApplicationPools): postgres.Sql {
  const { writes, watch } = pools;
  const unsafe: postgres.Sql['unsafe'] = (...statement) => {
    watch.refuseWhileSilent();
    return answeredOrSilent(watch, statementOnWritesConnection(pools, statement));
  };
  const begin = async (run: (tx: postgres.Sql) => Promise<unknown>) => {
    watch.refuseWhileSilent();
    // Given up on while it waited for its connection or its `begin`, a transaction must not start later.
    let givenUp = false;
    const transaction = onWritesConnection(pools, () =>
      writes.begin((tx) => {
        if (givenUp) throw new DatabaseSilentError();
        return run(watchedTransaction(tx, watch));
      }),
    );
    try {
      return await watch.waitFor(transaction);
    } catch (error) {
      givenUp = true;
      throw error;
    }
  };
  return { unsafe, begin, options: writes.options } as unknown as postgres.Sql;
}

/**
 * drizzle over one reserved connection of `pools.reads`: it only runs queries (transactions go through
 * `writes`), tells the lease of each statement it sends, and refuses once the lease says the
 * connection went back to the pool, where another borrower's scope is set on it.
 */
export function drizzleOverReserved(reserved: postgres.ReservedSql, pools: ApplicationPools, lease: ReservedLease): Executor {
  const prepared = preparedUnsafe(reserved);
  const unsafe: postgres.Sql['unsafe'] = (query, parameters, queryOptions) => {
    if (lease.released()) throw new ConnectionReturnedError();
    pools.watch.refuseWhileSilent();
    return answeredOrSilent(pools.watch, toldTo(lease, prepared(query, parameters, queryOptions)));
  };
  return drizzle({ client: { unsafe, options: pools.reads.options } as unknown as postgres.Sql });
}

/** drizzle over the writes pool: connections waited for at most `pools.connectionWaitMs`, statements and transactions watched for a silent database. */
export function drizzleOverPool(pools: ApplicationPools): Executor {
  return drizzle({ client: watchedWritesPool(pools) });
}
