// A request's (or a job's) access to Coverline: who the viewer is, and the scopes they act in. The
// viewer's own scope shares the request's read connection; a scope for another principal the request
// acts for (the contractor a link names, the platform signing someone in) works through transactions.
import type { SQL } from 'drizzle-orm';
import type { ServerDependencies } from '../dependencies.js';
import type { ReadConnection } from '../db/scoped-database.js';
import { Scope, type ScopeIdentity, type ScopeIo } from './scope.js';
import type { Tenant } from './tenant.js';
import { actorOf, type Actor, type Viewer } from './viewer.js';

export function identityOf(viewer: Viewer): ScopeIdentity {
  switch (viewer.kind) {
    case 'AGENCY_MEMBER':
    case 'AGENCY_API_KEY':
      return { kind: 'AGENCY', agencyId: viewer.agencyId };
    case 'CONTRACTOR':
      return { kind: 'CONTRACTOR', agencyId: viewer.agencyId, contractorId: viewer.contractorId };
    case 'FACILITY_USER':
      return { kind: 'FACILITY', facilityUserId: viewer.facilityUserId };
    case 'OPERATOR':
      return { kind: 'OPERATOR' };
    case 'SYSTEM':
      return { kind: 'SYSTEM' };
    case 'ANONYMOUS':
      return { kind: 'NONE' };
  }
}

export class Access {
  #scope: Scope | null = null;
  readonly #successors: Access[] = [];
  #released = false;
  #transactionMark: SQL | null = null;

  constructor(
    readonly deps: ServerDependencies,
    readonly viewer: Viewer,
    readonly ip: string | null,
    readonly userAgent: string | null,
    private readonly reads: ReadConnection,
    /** The tenant the viewer's sign-in resolved with their session, if it did (see Scope). */
    private readonly signedInTenant: Tenant | null = null,
  ) {}

  /** The viewer's own scope (use `authorize` to obtain it for an action). */
  viewerScope(): Scope {
    this.#scope ??= new Scope(this.#io(this.reads), identityOf(this.viewer), actorOf(this.viewer), this.ip, this.signedInTenant);
    return this.#scope;
  }

  /** A scope for someone this request acts for besides its viewer; it reaches data through transactions only. */
  scopeFor(identity: ScopeIdentity, actor: Actor): Scope {
    return new Scope(this.#io(null), identity, actor, this.ip);
  }

  /**
   * Has every transaction of this request's scopes also run `mark` (a data-modifying statement), so
   * that it is committed if and only if their writes are: an idempotency key's commit mark.
   */
  markEveryTransaction(mark: SQL): void {
    this.#transactionMark = mark;
  }

  #io(reads: ReadConnection | null): ScopeIo {
    return { database: this.deps.database, reads, now: this.deps.now, transactionMark: () => this.#transactionMark };
  }

  /**
   * The access of the viewer a sign-in in this request has just made (its response is read as them).
   * This access's read connection goes back to the pool first, so the request never holds one while
   * it waits for another; after a sign-in the request reads as the new viewer only.
   */
  async signedInAs(viewer: Viewer): Promise<Access> {
    await this.reads.release();
    const successor = new Access(this.deps, viewer, this.ip, this.userAgent, this.deps.database.openReadConnection());
    this.#successors.push(successor);
    // A request whose client went away is released while its resolvers still run: a successor made
    // after that is released at once, or its connection would never go back to the pool.
    if (this.#released) await successor.release();
    return successor;
  }

  /** Returns the read connections to the pool: at the end of the request or job. */
  async release(): Promise<void> {
    this.#released = true;
    await Promise.all([this.reads.release(), ...this.#successors.map((successor) => successor.release())]);
  }
}

/** Opens one of a request's accesses when it is needed (see firstFoundInScope). */
export type AccessOpener = () => Promise<Access>;

/** The access of a background task (or the demo loader): the SYSTEM viewer on a read connection of its own. */
export function systemAccess(deps: ServerDependencies, task: string): Access {
  return new Access(deps, { kind: 'SYSTEM', task }, null, null, deps.database.openReadConnection());
}

/** Runs `work` with a system access and releases its connection afterwards. */
export async function asSystem<T>(deps: ServerDependencies, task: string, work: (access: Access) => Promise<T>): Promise<T> {
  const access = systemAccess(deps, task);
  try {
    return await work(access);
  } finally {
    await access.release();
  }
}
