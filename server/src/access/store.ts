// What a module's store is built on: its scope (the tenant every query is kept inside), a connection
// already set to that scope, and per-request (or per-transaction) DataLoaders for by-id and
// by-parent lookups, so a page of N rows costs the same few statements whatever N is.
import type DataLoader from 'dataloader';
import { and, getTableColumns, inArray, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
import type { Scope } from './scope.js';
import type { Stores } from './stores.js';
import type { Tenant } from './tenant.js';

export type StoreContext = {
  scope: Scope;
  db: () => Promise<Executor>;
  /** The loader of this name for this request (or transaction), created on first use. */
  loader: <K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>) => DataLoader<K, V>;
  /** The other stores over the same connection: a query that joins their rows primes their loaders. */
  stores: () => Stores;
};

export abstract class Store {
  constructor(protected readonly context: StoreContext) {}

  protected db(): Promise<Executor> {
    return this.context.db();
  }

  protected tenant(): Promise<Tenant> {
    return this.context.scope.tenant();
  }

  /** Both at once: the connection (set to the scope) and the tenant its predicates name. */
  protected async open(): Promise<{ db: Executor; tenant: Tenant }> {
    const [db, tenant] = await Promise.all([this.db(), this.tenant()]);
    return { db, tenant };
  }

  protected loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    return this.context.loader(name, batch);
  }

  /**
   * The loader of a table's rows by a unique column (`id`, or e.g. `agencyId` for a one-row-per-agency
   * table), among the rows `visible` lets this scope's tenant see: one statement per batch of keys.
   */
  protected rowLoader<T extends PgTable, Key extends keyof T['$inferSelect'] & string>(
    name: string,
    table: T,
    key: Key,
    visible: (tenant: Tenant) => SQL | undefined,
  ): DataLoader<string, T['$inferSelect'] | null> {
    return this.loader(name, async (keys: readonly string[]) => {
      const { db, tenant } = await this.open();
      const column = getTableColumns(table)[key] as PgColumn;
      const rows = (await db
        .select()
        .from(table as PgTable)
        .where(and(visible(tenant), inArray(column, [...keys])))) as T['$inferSelect'][];
      return byKeys(keys, rows, (row) => row[key] as string);
    });
  }

  /**
   * One row by its id through a loader; null for an id that is not even a UUID (no query). The id is
   * looked up as PostgreSQL writes it back (lower case), so an upper-case id finds its row too.
   */
  protected async loadById<Row>(loader: DataLoader<string, Row | null>, id: string): Promise<Row | null> {
    return isUuid(id) ? loader.load(id.toLowerCase()) : null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients: anything but a UUID names no row (and must not reach PostgreSQL as a uuid). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Orders the rows a batch found as DataLoader wants them: one answer per key, null for a key not found. */
export function byKeys<K, Row>(keys: readonly K[], rows: readonly Row[], keyOf: (row: Row) => K): (Row | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** The same for a one-to-many lookup: every row of each key, in the order the query returned them. */
export function groupedByKeys<K, Row>(keys: readonly K[], rows: readonly Row[], keyOf: (row: Row) => K): Row[][] {
  const groups = Map.groupBy(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}
