// Agencies are created by an operator together with their settings and first team member; their
// team edits the settings.
import { agencySettingsSchema, emailSchema, isValidTimeZone, PAYERS } from '@coverline/domain';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize, scopeIfAllowed } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import { badUserInput } from '../../graphql/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import { sendTeamInvitation } from '../team/team.service.js';
import type { AgencyCursor, AgencyRow, AgencySettingsRow } from './agencies.store.js';
import type { AgencySettingsInput, CreateAgencyInput } from './agencies.types.js';

const createAgencySchema = z.object({
  name: z.string().trim().min(1, { message: 'Enter the agency name' }).max(200),
  firstMemberEmail: emailSchema,
  billingEmail: emailSchema.nullish(),
  defaultPayer: z.enum(PAYERS).nullish(),
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'Use an IANA time zone such as America/Chicago' })
    .nullish(),
});

export async function createAgency(access: Access, input: CreateAgencyInput) {
  const scope = authorize(access, 'agency:create');
  const data = parseInput(createAgencySchema, input);
  return scope.transaction(async (tx) => {
    const agency = await tx.stores.agencies.create({
      name: data.name,
      createdAt: access.deps.now(),
      settings: { billingEmail: data.billingEmail ?? data.firstMemberEmail, defaultPayer: data.defaultPayer ?? 'AGENCY', timeZone: data.timeZone ?? 'America/New_York' },
    });
    await recordAudit(tx, { action: 'agency.create', agencyId: agency.id, targetType: 'agency', targetId: agency.id, data: { name: data.name } });
    await sendTeamInvitation(tx, access.deps, { agencyId: agency.id, email: data.firstMemberEmail });
    return agency;
  });
}

function agencyCursor(cursor: string | null | undefined): AgencyCursor | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [createdAt, id] = key;
  if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && isUuid(id)) return [createdAt, id];
  throw badUserInput('after', 'This cursor is not valid: start again from the first page.');
}

/** Every agency of the platform, newest first: the operator's list. */
export async function listAgencies(access: Access, args: { first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'agency:list');
  const limit = pageSize(args.first);
  const after = agencyCursor(args.after);
  const [rows, totalCount] = await Promise.all([scope.stores.agencies.list({ after, limit }), scope.stores.agencies.count()]);
  return { ...toConnection(rows, limit, (row) => row, (row) => [row.createdAt.toISOString(), row.id]), totalCount };
}

/** The agency's size for the operator: null for anyone else (a team sees its own on its pages). */
export async function agencyCounts(access: Access, agency: AgencyRow) {
  const scope = scopeIfAllowed(access, 'agency:list');
  return scope ? scope.stores.agencies.counts(agency.id) : null;
}

/** The agency a viewer belongs to (members, API keys, contractors); null for everyone else. */
export async function findViewerAgency(access: Access) {
  const viewer = access.viewer;
  if (viewer.kind !== 'AGENCY_MEMBER' && viewer.kind !== 'AGENCY_API_KEY' && viewer.kind !== 'CONTRACTOR') return null;
  return authorize(access, 'agency:read').stores.agencies.byId(viewer.agencyId);
}

export function listAgencyFacilities(access: Access, agency: { id: string }) {
  return authorize(access, 'agency:read').stores.facilities.ofAgency(agency.id);
}

export function findAgencySettings(access: Access, agency: { id: string }): Promise<AgencySettingsRow> {
  return authorize(access, 'agency-settings:read').stores.agencies.settings(agency.id);
}

/** Changes any of the viewer's agency's settings; the audit record names each changed field with its old and new value. */
export async function updateAgencySettings(access: Access, input: AgencySettingsInput) {
  const scope = authorize(access, 'agency:configure');
  // A null in the input means "leave as it is", like an absent field.
  const data = parseInput(agencySettingsSchema, Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)));
  return scope.transaction(async (tx) => {
    const agency = await tx.stores.agencies.byId(scope.agencyId);
    const settings = await tx.stores.agencies.lockSettings(scope.agencyId);
    if (!agency || !settings) throw new Error(`agency ${scope.agencyId} has no settings`);
    const changes = Object.fromEntries(
      Object.entries(data)
        .filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(settings[field as keyof typeof data]))
        .map(([field, value]) => [field, { from: settings[field as keyof typeof data], to: value }]),
    );
    if (Object.keys(changes).length === 0) return agency;
    await tx.stores.agencies.updateSettings(scope.agencyId, { ...data, updatedAt: access.deps.now() });
    await recordAudit(tx, { action: 'agency.configure', agencyId: scope.agencyId, targetType: 'agency', targetId: scope.agencyId, data: { changes } });
    return agency;
  });
}
