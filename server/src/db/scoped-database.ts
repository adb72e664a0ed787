// How a scope reaches PostgreSQL. Row-level security (migration 0004) reads the scope from the
// connection's role (one per kind of scope) and settings naming the tenant: a transaction sets them
// first (local to it), and a request's read connection carries them for the request's life. Nothing
// else touches tenant tables, and a connection without a scope sees no tenant row at all, so a
// forgotten scope fails closed.
import { sql, type SQL } from 'drizzle-orm';
import type postgres from 'postgres';
import { SCOPE_ROLES } from './application-role.js';
import { connectApplicationPools, drizzleOverPool, drizzleOverReserved, reserveWithin, type ApplicationPools, type Executor, type ReservedLease, type StatementObserver } from './client.js';

export type ScopeSettings = {
  scope: keyof typeof SCOPE_ROLES | '';
  agencyId: string | null;
  contractorId: string | null;
  facilityUserId: string | null;
  facilityIds: readonly string[];
  facilityAgencyIds: readonly string[];
};

export const NO_SETTINGS: ScopeSettings = { scope: '', agencyId: null, contractorId: null, facilityUserId: null, facilityIds: [], facilityAgencyIds: [] };

/** The role a connection takes for a kind of scope; 'none' is back to the application role itself, which reaches no tenant row. */
export function roleOfScope(scope: ScopeSettings['scope']): string {
  return scope === '' ? 'none' : SCOPE_ROLES[scope];
}

/** Every setting row-level security reads (migration 0004): a scope sets all of them, whatever was set before. */
export type SettingName = 'role' | 'app.agency_id' | 'app.contractor_id' | 'app.facility_user_id' | 'app.facility_ids' | 'app.facility_agency_ids';

/**
 * The `set_config(…)` calls that set every setting, as columns of a select (`local`: for the
 * transaction only). The sign-in lookups pass expressions over the row they find; a scope, values.
 */
export function setEverySetting(values: Record<SettingName, SQL | string>, local: boolean): SQL {
  return sql.join(
    (Object.keys(values) as SettingName[]).map((name) => sql`set_config(${name}, ${values[name]}, ${local})`),
    sql.raw(', '),
  );
}

/** `select set_config(…)` for every setting at once: one statement, whatever was set before is replaced. */
export function settingsStatement(settings: ScopeSettings, local: boolean): SQL {
  const values = {
    role: roleOfScope(settings.scope),
    'app.agency_id': settings.agencyId ?? '',
    'app.contractor_id': settings.contractorId ?? '',
    'app.facility_user_id': settings.facilityUserId ?? '',
    'app.facility_ids': settings.facilityIds.join(','),
    'app.facility_agency_ids': [...new Set(settings.facilityAgencyIds)].join(','),
  };
  return sql`select ${setEverySetting(values, local)}`;
}

export type ApplicationDatabase = {
  /** A read connection for one request or job: reserved on first use, released by `release()`. */
  openReadConnection: () => ReadConnection;
  /**
   * One transaction on the writes pool, with the scope's settings set (locally) as its first statement;
   * `mark`, a data-modifying statement, runs in that same statement (an idempotency key's commit mark).
   */
  transaction: <T>(settings: ScopeSettings, run: (tx: Executor) => Promise<T>, mark?: SQL | null) => Promise<T>;
  /** The writes pool outside any transaction: no scope, so it reaches platform tables only. */
  unscoped: Executor;
  close: () => Promise<void>;
};

/** How long statements may run: a request's (every connection's default), and a platform transaction's (the jobs, the operator). */
export type StatementTimeouts = { requestMs: number; platformMs: number };

export function openApplicationDatabase(
  url: string,
  options: { max?: number; observe?: StatementObserver; statementTimeouts?: StatementTimeouts; connectionWaitMs?: number } = {},
): ApplicationDatabase {
  const { statementTimeouts } = options;
  const pools = connectApplicationPools(url, { ...options, statementTimeoutMs: statementTimeouts?.requestMs });
  const writes = drizzleOverPool(pools);
  // Jobs go over every agency's rows and may take longer; the setting is local to their transaction.
  const platformTimeout = statementTimeouts ? sql`, set_config('statement_timeout', ${String(statementTimeouts.platformMs)}, true)` : sql``;
  return {
    openReadConnection: () => new ReadConnection(pools),
    transaction: (settings, run, mark) =>
      writes.transaction(async (tx) => {
        const settingUp = settings.scope === 'platform' ? sql`${settingsStatement(settings, true)}${platformTimeout}` : settingsStatement(settings, true);
        await tx.execute(mark ? sql`with marked as (${mark}) ${settingUp}` : settingUp);
        return run(tx);
      }),
    unscoped: writes,
    close: pools.close,
  };
}

/**
 * One connection of the reads pool, lent to a request or a job: its first statement sets the scope
 * (or authenticates and sets it, see `runFirst`), and every later read runs with it. A released
 * connection keeps its settings until the next borrower's first statement replaces them all.
 */
export class ReadConnection {
  #reserved: Promise<postgres.ReservedSql> | null = null;
  #ready: Promise<Executor> | null = null;
  #released = false;
  /** Statements sent and not answered yet: the connection goes back to the pool only once there are none. */
  readonly #unanswered = new Set<Promise<void>>();
  readonly #lease: ReservedLease = {
    released: () => this.#released,
    sent: (answered) => {
      this.#unanswered.add(answered);
      void answered.then(() => this.#unanswered.delete(answered));
    },
  };

  constructor(private readonly pools: ApplicationPools) {}

  #reserve(): Promise<postgres.ReservedSql> {
    if (this.#released) throw new Error('this read connection was released: its request or job is over, or signed someone else in');
    this.#reserved ??= reserveWithin(this.pools.reads, this.pools.connectionWaitMs);
    return this.#reserved;
  }

  /**
   * Runs the statement that opens the connection: it must set every scope setting itself (the
   * sign-in lookups do, in the statement that finds the session or key). Then the connection is ready.
   */
  async runFirst<Row>(statement: (db: Executor) => Promise<Row>): Promise<Row> {
    if (this.#ready) throw new Error('the read connection is already set up');
    const reserved = this.#reserve();
    const opened = reserved.then((connection) => drizzleOverReserved(connection, this.pools, this.#lease));
    const result = opened.then(statement);
    const ready = result.then(() => opened);
    // A failed first statement (a connection reset as PostgreSQL restarts) is the caller's error; `ready`
    // is only awaited later, if ever, and its rejection must not also end the process as unhandled.
    ready.catch(() => undefined);
    this.#ready = ready;
    return result;
  }

  /** The connection with its scope set: by `runFirst`, else by applying `settings` on first use. */
  ready(settings: () => Promise<ScopeSettings> | ScopeSettings): Promise<Executor> {
    this.#ready ??= (async () => {
      const db = drizzleOverReserved(await this.#reserve(), this.pools, this.#lease);
      await db.execute(settingsStatement(await settings(), false));
      return db;
    })();
    return this.#ready;
  }

  /** Adds to the settings after the first statement (the facility scope, once its grants are read). */
  async extend(apply: (db: Executor) => Promise<void>): Promise<void> {
    const db = await this.#ready;
    if (!db) throw new Error('set the scope up before extending it');
    await apply(db);
  }

  get opened(): boolean {
    return this.#reserved !== null;
  }

  async release(): Promise<void> {
    if (this.#released) return;
    this.#released = true;
    const reserved = this.#reserved;
    if (!reserved) return;
    // None can start after this; the setting up and every statement still running must be answered
    // first. Handed on with one in flight, the connection's next borrower would send its first
    // statement while postgres.js still waits for the answers to this one's, and postgres.js then
    // reads one statement's answers as the other's and waits for ever (a client that goes away
    // mid-request did this: test/client-aborts.test.ts).
    await this.#ready?.catch(() => undefined);
    while (this.#unanswered.size > 0) await Promise.all(this.#unanswered);
    (await reserved.catch(() => null))?.release();
  }
}
