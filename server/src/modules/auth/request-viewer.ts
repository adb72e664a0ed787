// Who a request speaks for: its session cookie or its API key. Each lookup is one statement that also
// sets the request connection's scope from what it found (or clears it), so a signed-in request
// costs no separate round trip to set its tenant (a facility user's grants take one more). A session
// seen in the last few seconds is not looked up again (signed-in-sessions.ts). Sessions carry their principal; a member who stops
// being active loses their sessions at that moment (a trigger, migration 0004).
import { sql } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import { readFacilityGrants, settingsFor } from '../../access/scope.js';
import type { FacilityGrant, Tenant } from '../../access/tenant.js';
import type { Viewer } from '../../access/viewer.js';
import { roleOfScope, setEverySetting, type ReadConnection } from '../../db/scoped-database.js';
import type { ServerDependencies } from '../../dependencies.js';
import { rotateSession, type IssuedSession, type SessionPrincipal } from './sessions.js';
import { signedInSessionKey, type SignedInSession } from './signed-in-sessions.js';
import { hashToken } from './tokens.js';

const ROTATE_AFTER_MS = 15 * 60 * 1000;
const ROTATION_GRACE_MS = 60 * 1000;
const ABSOLUTE_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
// An integration may call many times a second; its last use is worth one write a minute, not one a request.
const LAST_USE_PRECISION_MS = 60 * 1000;

type SessionRow = {
  id: string | null;
  principal_type: SessionPrincipal | null;
  principal_id: string | null;
  agency_id: string | null;
  current_token: boolean | null;
  rotated_at: string | Date | null;
  expires_at: string | Date | null;
  created_at: string | Date | null;
  user_email: string | null;
  user_name: string | null;
};

/** Who a session cookie signs in, the tenant their scope reaches, and the new token when this request rotated it. */
export type SessionSignIn = { viewer: Viewer; tenant: Tenant | null; rotated: IssuedSession | null };

/**
 * The viewer of a session token for `principalType`'s app: from this process's recent sign-ins
 * (signed-in-sessions.ts) while they last, else looked up, rotating the token when it is due.
 */
export async function viewerFromSession(reads: ReadConnection, deps: ServerDependencies, token: string, principalType: SessionPrincipal): Promise<SessionSignIn> {
  const hash = hashToken(token);
  const now = deps.now();
  const cache = deps.signedInSessions;
  const key = signedInSessionKey(principalType, hash);
  const generation = cache.generation;
  let session = cache.recall(key, now);
  if (session) {
    // The connection opens as a lookup would have opened it, set to the scope: a request's read
    // connection is open from the start (a transaction may read through it, see Scope).
    const { tenant } = session;
    await reads.ready(() => settingsFor(tenant));
  } else {
    session = await lookUpSession(reads, hash, principalType, now);
    if (!session) return { viewer: { kind: 'ANONYMOUS' }, tenant: null, rotated: null };
    cache.remember(key, session, { now, generation });
  }
  const rotated =
    session.currentToken && now.getTime() - session.rotatedAt.getTime() > ROTATE_AFTER_MS
      ? await rotateSession(deps.database.unscoped, { sessionId: session.sessionId, currentHash: hash }, { now, ttlHours: deps.config.sessionTtlHours })
      : null;
  // The token just replaced is valid only for its grace period now, which a fresh lookup knows.
  if (rotated) cache.forget({ sessionId: session.sessionId });
  return { viewer: session.viewer, tenant: session.tenant, rotated };
}

/**
 * The session of a token hash, in the statement that opens the request's read connection and sets
 * its scope from the row found (or clears it); for a facility user, then their grants.
 */
async function lookUpSession(reads: ReadConnection, hash: string, principalType: SessionPrincipal, now: Date): Promise<SignedInSession | null> {
  const [row] = await reads.runFirst((db) =>
    db.execute<SessionRow>(sql`
      select s.id, s.principal_type, s.principal_id, s.agency_id, s.token_hash = ${hash} as current_token, s.rotated_at, s.expires_at, s.created_at, s.user_email, s.user_name,
        ${setEverySetting(
          {
            role: sql`case s.principal_type when 'AGENCY_MEMBER' then ${roleOfScope('agency')} when 'CONTRACTOR' then ${roleOfScope('contractor')} when 'FACILITY_USER' then ${roleOfScope('facility')} else ${roleOfScope('')} end`,
            'app.agency_id': sql`case when s.principal_type in ('AGENCY_MEMBER', 'CONTRACTOR') then s.agency_id::text else '' end`,
            'app.contractor_id': sql`case when s.principal_type = 'CONTRACTOR' then s.principal_id::text else '' end`,
            'app.facility_user_id': sql`case when s.principal_type = 'FACILITY_USER' then s.principal_id::text else '' end`,
            // The facility scope's grants are read next, once the connection is theirs.
            'app.facility_ids': '',
            'app.facility_agency_ids': '',
          },
          false,
        )}
      from (select 1) as one
      left join lateral (
        select sessions.*, u.email as user_email, u.name as user_name
        from sessions
        left join facility_users u on sessions.principal_type = 'FACILITY_USER' and u.id = sessions.principal_id
        where (sessions.token_hash = ${hash} or (sessions.previous_token_hash = ${hash} and sessions.rotated_at > ${new Date(now.getTime() - ROTATION_GRACE_MS).toISOString()}))
          and sessions.revoked_at is null
          and sessions.expires_at > ${now.toISOString()}
          and sessions.created_at > ${new Date(now.getTime() - ABSOLUTE_LIFETIME_MS).toISOString()}
          and sessions.principal_type = ${principalType}
          and (sessions.principal_type = 'FACILITY_USER') = (u.id is not null)
          and (sessions.agency_id is not null or sessions.principal_type = 'FACILITY_USER')
        limit 1
      ) as s on true`),
  );
  if (!row?.id || !row.principal_id || !row.rotated_at || !row.expires_at || !row.created_at) return null;
  const sessionId = row.id;
  const principalId = row.principal_id;
  const currentToken = row.current_token === true;
  const rotatedAt = new Date(row.rotated_at);
  const validUntil = new Date(
    Math.min(
      new Date(row.expires_at).getTime(),
      new Date(row.created_at).getTime() + ABSOLUTE_LIFETIME_MS,
      currentToken ? Infinity : rotatedAt.getTime() + ROTATION_GRACE_MS,
    ),
  );
  const session = { sessionId, principalId, currentToken, rotatedAt, validUntil };
  switch (principalType) {
    case 'AGENCY_MEMBER': {
      const agencyId = row.agency_id ?? '';
      return { ...session, viewer: { kind: 'AGENCY_MEMBER', agencyId, teamMemberId: principalId, sessionId }, tenant: { kind: 'AGENCY', agencyId } };
    }
    case 'CONTRACTOR': {
      const agencyId = row.agency_id ?? '';
      return { ...session, viewer: { kind: 'CONTRACTOR', agencyId, contractorId: principalId, sessionId }, tenant: { kind: 'CONTRACTOR', agencyId, contractorId: principalId } };
    }
    case 'FACILITY_USER': {
      const email = row.user_email ?? '';
      let grants: FacilityGrant[] = [];
      await reads.extend(async (db) => {
        grants = await readFacilityGrants(db, principalId);
      });
      return {
        ...session,
        viewer: { kind: 'FACILITY_USER', facilityUserId: principalId, email, name: row.user_name ?? email, sessionId },
        tenant: { kind: 'FACILITY', facilityUserId: principalId, grants },
      };
    }
  }
}

type ApiKeyRow = { id: string | null; agency_id: string | null; name: string | null };

/** The viewer of an API key: the operator's configured key, an operator key, or an agency's. */
export async function viewerFromApiKey(reads: ReadConnection, deps: ServerDependencies, key: string): Promise<Viewer> {
  const hash = hashToken(key);
  const operatorKey = deps.config.operatorApiKey;
  if (operatorKey && timingSafeEqual(Buffer.from(hashToken(operatorKey), 'hex'), Buffer.from(hash, 'hex'))) {
    return { kind: 'OPERATOR', apiKeyId: null, name: 'Operator' };
  }
  const now = deps.now();
  const [row] = await reads.runFirst((db) =>
    db.execute<ApiKeyRow>(sql`
      with key as (
        select id, agency_id, name from api_keys where key_hash = ${hash} and revoked_at is null
      ), used as (
        update api_keys set last_used_at = ${now.toISOString()}
        where id = (select id from key) and (last_used_at is null or last_used_at < ${new Date(now.getTime() - LAST_USE_PRECISION_MS).toISOString()})
      )
      select key.id, key.agency_id, key.name,
        ${setEverySetting(
          {
            role: sql`case when key.id is null then ${roleOfScope('')} when key.agency_id is null then ${roleOfScope('platform')} else ${roleOfScope('agency')} end`,
            'app.agency_id': sql`coalesce(key.agency_id::text, '')`,
            'app.contractor_id': '',
            'app.facility_user_id': '',
            'app.facility_ids': '',
            'app.facility_agency_ids': '',
          },
          false,
        )}
      from (select 1) as one left join key on true`),
  );
  if (!row?.id) return { kind: 'ANONYMOUS' };
  if (row.agency_id === null) return { kind: 'OPERATOR', apiKeyId: row.id, name: row.name ?? 'Operator' };
  return { kind: 'AGENCY_API_KEY', agencyId: row.agency_id, apiKeyId: row.id, name: row.name ?? 'API key' };
}
