// A scope: what one viewer (or job) may reach, and the stores that reach it. Obtained by naming an
// action (`authorize(access, 'assignment:create')`), never built from an argument the client sends.
// Reads go through the request's read connection, which carries the scope's settings for row-level
// security; writes go through `transaction`, which sets them first. Stores add the tenant predicate
// to every query themselves, so the database's policies are a second wall, not the only one.
import DataLoader from 'dataloader';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { NO_SETTINGS, type ApplicationDatabase, type ReadConnection, type ScopeSettings } from '../db/scoped-database.js';
import type { StoreContext } from './store.js';
import { createStores, type Stores } from './stores.js';
import type { FacilityGrant, Tenant } from './tenant.js';
import type { Actor } from './viewer.js';

export type ScopeIdentity =
  | { kind: 'AGENCY'; agencyId: string }
  | { kind: 'CONTRACTOR'; agencyId: string; contractorId: string }
  | { kind: 'FACILITY'; facilityUserId: string }
  | { kind: 'OPERATOR' }
  | { kind: 'SYSTEM' }
  | { kind: 'NONE' };

export type ScopeKind = ScopeIdentity['kind'];

/**
 * What a scope's connections need: the pools, the read connection (absent: transactions only), the
 * clock, and what the request's every transaction must also write (the commit mark of its idempotency key).
 */
export type ScopeIo = { database: ApplicationDatabase; reads: ReadConnection | null; now: () => Date; transactionMark: () => SQL | null };

/** The settings row-level security reads for a tenant (migration 0004). */
export function settingsFor(tenant: Tenant): ScopeSettings {
  switch (tenant.kind) {
    case 'AGENCY':
      return { ...NO_SETTINGS, scope: 'agency', agencyId: tenant.agencyId };
    case 'CONTRACTOR':
      return { ...NO_SETTINGS, scope: 'contractor', agencyId: tenant.agencyId, contractorId: tenant.contractorId };
    case 'FACILITY':
      return {
        ...NO_SETTINGS,
        scope: 'facility',
        facilityUserId: tenant.facilityUserId,
        facilityIds: tenant.grants.map((grant) => grant.facilityId),
        facilityAgencyIds: tenant.grants.map((grant) => grant.agencyId),
      };
    case 'ALL':
      return { ...NO_SETTINGS, scope: 'platform' };
    case 'NONE':
      return NO_SETTINGS;
  }
}

/**
 * A facility user's grants, read on a connection set to their facility scope with only the facility
 * user named (the policy lets them read their own grants), and the settings that open their
 * facilities, in one statement.
 */
export async function readFacilityGrants(db: Executor, facilityUserId: string): Promise<FacilityGrant[]> {
  const [row] = await db.execute<{ grants: FacilityGrant[] }>(sql`
    select coalesce(json_agg(json_build_object('agencyId', g.agency_id, 'facilityId', g.facility_id) order by g.agency_id, g.facility_id), '[]') as grants,
      set_config('app.facility_ids', coalesce(string_agg(g.facility_id::text, ','), ''), false),
      set_config('app.facility_agency_ids', coalesce(string_agg(distinct g.agency_id::text, ','), ''), false)
    from facility_grants g where g.facility_user_id = ${facilityUserId} and g.revoked_at is null`);
  return row?.grants ?? [];
}

export type ScopedTransaction = { stores: Stores; db: Executor; scope: Scope };

export class Scope {
  #tenant: Promise<Tenant> | null;
  #stores: Stores | null = null;
  #openTransactions = 0;

  /** `signedInTenant`: the tenant the sign-in already resolved (a facility user's grants with their session), not read again. */
  constructor(
    private readonly io: ScopeIo,
    readonly identity: ScopeIdentity,
    readonly actor: Actor,
    readonly ip: string | null,
    signedInTenant: Tenant | null = null,
  ) {
    this.#tenant = signedInTenant ? Promise.resolve(signedInTenant) : null;
  }

  get kind(): ScopeKind {
    return this.identity.kind;
  }

  now(): Date {
    return this.io.now();
  }

  /** The agency of an agency or contractor scope: the policy admits only those to the actions that ask. */
  get agencyId(): string {
    const identity = this.identity;
    if (identity.kind === 'AGENCY' || identity.kind === 'CONTRACTOR') return identity.agencyId;
    throw new Error(`a ${identity.kind} scope has no agency of its own`);
  }

  /** The contractor of a contractor scope. */
  get contractorId(): string {
    if (this.identity.kind === 'CONTRACTOR') return this.identity.contractorId;
    throw new Error(`a ${this.identity.kind} scope is not a contractor's`);
  }

  /** The tenant this scope reaches; for a facility user, once their grants are read. */
  tenant(): Promise<Tenant> {
    this.#tenant ??= this.#resolveTenant();
    return this.#tenant;
  }

  async #resolveTenant(): Promise<Tenant> {
    const identity = this.identity;
    switch (identity.kind) {
      case 'AGENCY':
        return { kind: 'AGENCY', agencyId: identity.agencyId };
      case 'CONTRACTOR':
        return { kind: 'CONTRACTOR', agencyId: identity.agencyId, contractorId: identity.contractorId };
      case 'OPERATOR':
      case 'SYSTEM':
        return { kind: 'ALL' };
      case 'NONE':
        return { kind: 'NONE' };
      case 'FACILITY': {
        const reads = this.io.reads;
        if (!reads) throw new Error('a facility scope reads its grants on its own read connection');
        await reads.ready(() => ({ ...NO_SETTINGS, scope: 'facility', facilityUserId: identity.facilityUserId }));
        let grants: FacilityGrant[] = [];
        await reads.extend(async (db) => {
          grants = await readFacilityGrants(db, identity.facilityUserId);
        });
        return { kind: 'FACILITY', facilityUserId: identity.facilityUserId, grants };
      }
    }
  }

  /** The stores over the read connection (DataLoaders for the life of the request). */
  get stores(): Stores {
    this.#stores ??= createStores(this.#readContext());
    return this.#stores;
  }

  #readContext(): Omit<StoreContext, 'stores'> {
    return {
      scope: this,
      db: async () => {
        const reads = this.io.reads;
        if (!reads) throw new Error(`a ${this.kind} scope made for one task reaches the database only through transaction()`);
        if (this.#openTransactions > 0 && !reads.opened) {
          throw new Error('inside a transaction, read through its stores: the request connection is not open yet');
        }
        const tenant = await this.tenant();
        return reads.ready(() => settingsFor(tenant));
      },
      loader: loadersMadeOnFirstUse({ maxBatchSize: 500 }),
    };
  }

  /** One transaction in this scope: its first statement sets the scope; its stores see its own writes. */
  async transaction<T>(run: (tx: ScopedTransaction) => Promise<T>): Promise<T> {
    const settings = settingsFor(await this.tenant());
    this.#openTransactions++;
    try {
      return await this.io.database.transaction(
        settings,
        (db) => {
          const stores = createStores({
            scope: this,
            db: async () => db,
            // Inside a transaction rows change under the loader: batch, but never serve from a cache.
            loader: loadersMadeOnFirstUse({ maxBatchSize: 500, cache: false }),
          });
          return run({ stores, db, scope: this });
        },
        this.io.transactionMark(),
      );
    } finally {
      this.#openTransactions--;
    }
  }
}

/** A store context's loaders by name, each made on first use with `options`. */
function loadersMadeOnFirstUse(options: DataLoader.Options<unknown, unknown>): StoreContext['loader'] {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return (name, batch) => {
    let loader = loaders.get(name);
    if (!loader) {
      loader = new DataLoader(batch as never, options);
      loaders.set(name, loader);
    }
    return loader as never;
  };
}
