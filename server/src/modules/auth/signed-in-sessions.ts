// The viewers of recently seen session tokens, kept by this process for a few seconds so that a busy
// browser's requests do not each look their session (and a facility user's grants) up again. Bounded
// in size (the least recently used goes first) and in time: a session revoked or a grant removed by
// another process stops working within `ttlMs`; by this process, at once (`forget`).
import type { Tenant } from '../../access/tenant.js';
import type { Viewer } from '../../access/viewer.js';
import type { SessionPrincipal } from './sessions.js';

export type SessionViewer = Extract<Viewer, { kind: SessionPrincipal }>;

/** What a session token resolved to: the viewer, the tenant their scope reaches, and what rotation needs. */
export type SignedInSession = {
  viewer: SessionViewer;
  tenant: Tenant;
  sessionId: string;
  principalId: string;
  /** Whether the token is the session's current one (not the one replaced by the last rotation). */
  currentToken: boolean;
  rotatedAt: Date;
  /** The last moment the token itself is valid: the session's expiry, its absolute lifetime, or the end of a replaced token's grace. */
  validUntil: Date;
};

type Entry = { session: SignedInSession; expiresAtMs: number };

/** Which cached sessions to drop: one session, or every session of a principal (a member, contractor or facility user). */
export type SessionsToForget = { sessionId: string } | { principalId: string };

export class SignedInSessions {
  readonly #entries = new Map<string, Entry>();
  #generation = 0;

  constructor(private readonly options: { ttlMs: number; maxEntries: number }) {}

  /**
   * Read before a lookup and given back to `remember`: a lookup that started before a `forget` may
   * have read what was just revoked, and is not kept.
   */
  get generation(): number {
    return this.#generation;
  }

  /** The session of a token for an app (the key names both), if seen within the last `ttlMs` and still valid at `now`. */
  recall(key: string, now: Date): SignedInSession | null {
    const entry = this.#entries.get(key);
    if (!entry) return null;
    if (entry.expiresAtMs <= now.getTime()) {
      this.#entries.delete(key);
      return null;
    }
    // Most recently used last: Map keeps insertion order, so the first key is the one to evict.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.session;
  }

  remember(key: string, session: SignedInSession, lookedUpAt: { now: Date; generation: number }): void {
    if (this.options.ttlMs <= 0 || this.options.maxEntries <= 0 || lookedUpAt.generation !== this.#generation) return;
    const expiresAtMs = Math.min(lookedUpAt.now.getTime() + this.options.ttlMs, session.validUntil.getTime());
    this.#entries.delete(key);
    this.#entries.set(key, { session, expiresAtMs });
    while (this.#entries.size > this.options.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  /** Drops the sessions named, once their revocation (or the grant's removal) is committed. */
  forget(which: SessionsToForget): void {
    this.#generation++;
    for (const [key, { session }] of this.#entries) {
      if ('sessionId' in which ? session.sessionId === which.sessionId : session.principalId === which.principalId) this.#entries.delete(key);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The cache key of a token's hash for an app's principal: a token of one app never signs another in. */
export function signedInSessionKey(principalType: SessionPrincipal, tokenHash: string): string {
  return `${principalType}:${tokenHash}`;
}
