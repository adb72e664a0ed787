// Who a request speaks for: its session cookie or its API key. Each lookup is one statement that also
// sets the request connection's scope from what it found (or clears it), so a signed-in request
// costs no separate round trip to set its tenant. Sessions carry their principal; a member who stops
// being active loses their sessions at that moment (a trigger, migration 0004).
import { sql } from 'drizzle-orm';
import { timingSafeEqual } from 'node:crypto';
import type { Viewer } from '../../access/viewer.js';
import { roleOfScope, setEverySetting, type ReadConnection } from '../../db/scoped-database.js';
import type { ServerDependencies } from '../../dependencies.js';
import { rotateSession, type IssuedSession, type SessionPrincipal } from './sessions.js';
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
  user_email: string | null;
  user_name: string | null;
};

/** The viewer of a session token for `principalType`'s app, and the new token when this request rotated it. */
export async function viewerFromSession(
  reads: ReadConnection,
  deps: ServerDependencies,
  token: string,
  principalType: SessionPrincipal,
): Promise<{ viewer: Viewer; rotated: IssuedSession | null }> {
  const hash = hashToken(token);
  const now = deps.now();
  const [row] = await reads.runFirst((db) =>
    db.execute<SessionRow>(sql`
      select s.id, s.principal_type, s.principal_id, s.agency_id, s.token_hash = ${hash} as current_token, s.rotated_at, s.user_email, s.user_name,
        ${setEverySetting(
          {
            role: sql`case s.principal_type when 'AGENCY_MEMBER' then ${roleOfScope('agency')} when 'CONTRACTOR' then ${roleOfScope('contractor')} when 'FACILITY_USER' then ${roleOfScope('facility')} else ${roleOfScope('')} end`,
            'app.agency_id': sql`case when s.principal_type in ('AGENCY_MEMBER', 'CONTRACTOR') then s.agency_id::text else '' end`,
            'app.contractor_id': sql`case when s.principal_type = 'CONTRACTOR' then s.principal_id::text else '' end`,
            'app.facility_user_id': sql`case when s.principal_type = 'FACILITY_USER' then s.principal_id::text else '' end`,
            // The facility scope adds its grants once it reads them (Scope's tenant).
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
  if (!row?.id || !row.principal_id) return { viewer: { kind: 'ANONYMOUS' }, rotated: null };
  const sessionId = row.id;
  const rotatedAt = row.rotated_at ? new Date(row.rotated_at) : now;
  const rotated =
    row.current_token && now.getTime() - rotatedAt.getTime() > ROTATE_AFTER_MS
      ? await rotateSession(deps.database.unscoped, { sessionId, currentHash: hash }, { now, ttlHours: deps.config.sessionTtlHours })
      : null;
  switch (principalType) {
    case 'AGENCY_MEMBER':
      return { viewer: { kind: 'AGENCY_MEMBER', agencyId: row.agency_id ?? '', teamMemberId: row.principal_id, sessionId }, rotated };
    case 'CONTRACTOR':
      return { viewer: { kind: 'CONTRACTOR', agencyId: row.agency_id ?? '', contractorId: row.principal_id, sessionId }, rotated };
    case 'FACILITY_USER': {
      const email = row.user_email ?? '';
      return { viewer: { kind: 'FACILITY_USER', facilityUserId: row.principal_id, email, name: row.user_name ?? email, sessionId }, rotated };
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
