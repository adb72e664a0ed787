// Each viewer's budget of GraphQL requests, kept in memory per process: a token bucket per viewer
// (a burst, then a steady rate) and a cap on one tenant's requests in flight at once, so that one
// agency's script, or its heavy queries, cannot take every connection from the others. A request
// over budget is answered 429 RATE_LIMITED with Retry-After before its document is even parsed; and
// every request spends the budget, those refused for their size, depth, cost or merges too, so
// refused documents are no free way to keep the server busy.
import type { GraphQLError } from 'graphql';
import type { Access } from '../access/access.js';
import type { Viewer } from '../access/viewer.js';
import { viewerKeyOf } from '../modules/idempotency/idempotency-keys.js';
import { rateLimited } from './errors.js';

export type RequestBudgetLimits = { burst: number; perSecond: number; tenantInFlight: number };

type Bucket = { tokens: number; at: number };

/** Buckets kept before the full (idle) ones are dropped: memory stays bounded whatever the number of viewers. */
const MAX_BUCKETS = 10_000;

export type BudgetDecision = { allowed: true; release: () => void } | { allowed: false; retryAfterSeconds: number; why: 'RATE' | 'CONCURRENCY' };

export class RequestBudget {
  readonly #buckets = new Map<string, Bucket>();
  readonly #inFlight = new Map<string, number>();

  constructor(
    private readonly limits: RequestBudgetLimits,
    private readonly nowMs: () => number = Date.now,
  ) {}

  take(viewer: string, tenant: string): BudgetDecision {
    const inFlight = this.#inFlight.get(tenant) ?? 0;
    if (inFlight >= this.limits.tenantInFlight) return { allowed: false, retryAfterSeconds: 1, why: 'CONCURRENCY' };
    const now = this.nowMs();
    const bucket = this.#refilled(viewer, now);
    if (bucket.tokens < 1) return { allowed: false, retryAfterSeconds: Math.ceil((1 - bucket.tokens) / this.limits.perSecond), why: 'RATE' };
    bucket.tokens -= 1;
    this.#inFlight.set(tenant, inFlight + 1);
    let released = false;
    return {
      allowed: true,
      release: () => {
        if (released) return;
        released = true;
        const left = (this.#inFlight.get(tenant) ?? 1) - 1;
        if (left > 0) this.#inFlight.set(tenant, left);
        else this.#inFlight.delete(tenant);
      },
    };
  }

  #refilled(viewer: string, now: number): Bucket {
    const bucket = this.#buckets.get(viewer) ?? { tokens: this.limits.burst, at: now };
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond);
    bucket.at = now;
    if (!this.#buckets.has(viewer)) {
      if (this.#buckets.size >= MAX_BUCKETS) this.#dropIdle(now);
      this.#buckets.set(viewer, bucket);
    }
    return bucket;
  }

  #dropIdle(now: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * this.limits.perSecond >= this.limits.burst) this.#buckets.delete(key);
    }
  }
}

/** Who spends the budget, and whose requests in flight count together (an agency, a facility user, an address). */
function budgetKeysOf(viewer: Viewer, ip: string | null): { viewer: string; tenant: string } {
  const address = `IP:${ip ?? 'unknown'}`;
  const tenant = 'agencyId' in viewer ? `AGENCY:${viewer.agencyId}` : viewer.kind === 'FACILITY_USER' ? `FACILITY_USER:${viewer.facilityUserId}` : (viewerKeyOf(viewer) ?? address);
  return { viewer: viewerKeyOf(viewer) ?? address, tenant };
}

function refusal(decision: Extract<BudgetDecision, { allowed: false }>): GraphQLError {
  const message =
    decision.why === 'RATE'
      ? `Too many requests. Wait ${decision.retryAfterSeconds} ${decision.retryAfterSeconds === 1 ? 'second' : 'seconds'} and try again.`
      : 'Too many requests of your organisation are running at once. Try again in a moment.';
  return rateLimited(message, decision.retryAfterSeconds);
}

/**
 * Spends one request of the viewer's budget, as the request's context is made (before Apollo parses,
 * validates or prices the document); throws 429 RATE_LIMITED over budget. Answers the release of the
 * tenant's place in flight, to run when the response is done.
 */
export function spendRequestBudget(budget: RequestBudget, access: Access): () => Promise<void> {
  const keys = budgetKeysOf(access.viewer, access.ip);
  const decision = budget.take(keys.viewer, keys.tenant);
  if (!decision.allowed) throw refusal(decision);
  return async () => decision.release();
}
