// The agency's audit log (the Activity page, and integrations through auditLog): who did what, when,
// to which record and from where, newest first, narrowed by actor, record and dates.
import { compareIsoDates, isoDateSchema } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { decodeCursor, invalidCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import type { AuditCursor, AuditEntryRow, AuditLogQuery } from './audit-log.store.js';
import type { AuditEntry, AuditLogFilter } from './audit-log.types.js';

const filterSchema = z
  .object({
    actorType: z.enum(['AGENCY_MEMBER', 'FACILITY_USER', 'OPERATOR', 'CONTRACTOR', 'API_KEY', 'SYSTEM']).nullish(),
    actorId: z.string().refine(isUuid, { error: 'This is not an id of an actor.' }).nullish(),
    recordType: z.string().trim().min(1).nullish(),
    recordId: z.string().trim().min(1).nullish(),
    from: z.nullish(isoDateSchema),
    to: z.nullish(isoDateSchema),
  })
  .transform((filter): AuditLogQuery => ({
    actorType: filter.actorType ?? null,
    actorId: filter.actorId?.toLowerCase() ?? null,
    recordType: filter.recordType ?? null,
    recordId: filter.recordId ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  }))
  .refine(({ from, to }) => from === null || to === null || compareIsoDates(from, to) <= 0, {
    error: 'The end of the range must be on or after its start.',
    path: ['to'],
  });

function auditCursor(cursor: string | null | undefined): AuditCursor | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key;
  if (typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof id === 'number' && Number.isSafeInteger(id)) return { at, id };
  throw invalidCursor();
}

function asEntry(row: AuditEntryRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at,
    action: row.action,
    actor: { type: row.actorType, id: row.actorId, name: row.actorName, email: row.actorEmail },
    recordType: row.recordType,
    recordId: row.recordId,
    ip: row.ip,
    data: row.data,
  };
}

/** The agency's audit log, newest first. */
export async function listAuditLog(access: Access, args: { first?: number | null; after?: string | null; filter?: AuditLogFilter | null }) {
  const scope = authorize(access, 'audit-log:read');
  const limit = pageSize(args.first);
  const after = auditCursor(args.after);
  const query = parseInput(filterSchema, { ...args.filter }, 'filter.');
  const rows = await scope.stores.auditLog.list(query, { after, limit });
  return toConnection(rows, limit, asEntry, (row) => [row.cursorAt, row.id]);
}
