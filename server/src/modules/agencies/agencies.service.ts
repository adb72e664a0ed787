// Agencies are created by an operator together with their settings and first team member; their
// team edits the settings, coverage requirements included.
import {
  agencySettingsSchema,
  COVERAGE_TYPES,
  emailSchema,
  providedLimitsOf,
  todayInTimeZone,
  type AgencySettingsChanges,
  type CoverageRequirements,
  type ProvidedLimits,
} from '@coverline/domain';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { Access } from '../../access/access.js';
import { authorize, scopeIfAllowed } from '../../access/policy.js';
import { isUuid } from '../../access/store.js';
import type { Stores } from '../../access/stores.js';
import { badUserInput } from '../../graphql/errors.js';
import { decodeCursor, invalidCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import { recordAudit } from '../audit/audit.js';
import { sendTeamInvitation } from '../team/team.service.js';
import type { AgencyCursor, AgencyRow, AgencySettingsRow, SettingsColumns } from './agencies.store.js';
import type { AgencySettings, AgencySettingsInput, CreateAgencyInput } from './agencies.types.js';

const createAgencySchema = agencySettingsSchema.extend({
  name: z.string().trim().min(1, { message: 'Enter the agency name' }).max(200),
  firstMemberEmail: emailSchema,
});

/** A null in the input means "leave as it is" (or "take the default"), like an absent field. */
function withoutNulls<Input extends object>(input: Input): Partial<Input> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as Partial<Input>;
}

/** The columns a checked settings change writes: each requirement given replaces all of its columns. */
function settingsColumns(data: AgencySettingsChanges): SettingsColumns {
  const { generalLiability: gl, workersCompensation: wc, ...plain } = data;
  return {
    ...plain,
    ...(gl && { requiresGeneralLiability: gl.required, glEachOccurrenceCents: gl.eachOccurrenceCents, glAggregateCents: gl.aggregateCents }),
    ...(wc && {
      requiresWorkersCompensation: wc.required,
      wcElEachAccidentCents: wc.employersLiabilityEachAccidentCents,
      wcElDiseaseEachEmployeeCents: wc.employersLiabilityDiseaseEachEmployeeCents,
      wcElDiseasePolicyLimitCents: wc.employersLiabilityDiseasePolicyLimitCents,
    }),
  };
}

export function coverageRequirementsOf(settings: AgencySettingsRow): CoverageRequirements {
  return {
    generalLiability: { required: settings.requiresGeneralLiability, eachOccurrenceCents: settings.glEachOccurrenceCents, aggregateCents: settings.glAggregateCents },
    workersCompensation: {
      required: settings.requiresWorkersCompensation,
      employersLiabilityEachAccidentCents: settings.wcElEachAccidentCents,
      employersLiabilityDiseaseEachEmployeeCents: settings.wcElDiseaseEachEmployeeCents,
      employersLiabilityDiseasePolicyLimitCents: settings.wcElDiseasePolicyLimitCents,
    },
  };
}

function presentSettings(settings: AgencySettingsRow): AgencySettings {
  return {
    billingEmail: settings.billingEmail,
    defaultPoContactEmail: settings.defaultPoContactEmail,
    defaultPayer: settings.defaultPayer,
    timeZone: settings.timeZone,
    reminderDays: settings.reminderDays,
    ...coverageRequirementsOf(settings),
  };
}

/** The limits of Coverline's master policies in force on `today`, per coverage type. */
export async function masterPolicyLimitsOn(stores: Stores, today: string): Promise<ProvidedLimits> {
  const policies = await stores.certificates.policiesCovering(COVERAGE_TYPES, { effectiveDate: today, endDate: today });
  return providedLimitsOf([...policies.values()]);
}

export async function createAgency(access: Access, input: CreateAgencyInput) {
  const scope = authorize(access, 'agency:create');
  const { name, firstMemberEmail, ...settings } = parseInput(createAgencySchema, withoutNulls(input));
  return scope.transaction(async (tx) => {
    const columns = { billingEmail: firstMemberEmail, ...settingsColumns(settings) };
    const agency = await tx.stores.agencies.create({ name, createdAt: access.deps.now(), settings: columns });
    await recordAudit(tx, { action: 'agency.create', agencyId: agency.id, targetType: 'agency', targetId: agency.id, data: { name, settings: columns } });
    await sendTeamInvitation(tx, access.deps, { agencyId: agency.id, email: firstMemberEmail }).catch((error: unknown) => {
      // The invitation names its own argument 'email'; here the field at fault is the first member's.
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') throw badUserInput('firstMemberEmail', error.message);
      throw error;
    });
    return agency;
  });
}

function agencyCursor(cursor: string | null | undefined): AgencyCursor | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [createdAt, id] = key;
  if (typeof createdAt === 'string' && !Number.isNaN(Date.parse(createdAt)) && isUuid(id)) return [createdAt, id];
  throw invalidCursor();
}

/** Every agency of the platform, newest first: the operator's list. */
export async function listAgencies(access: Access, args: { first?: number | null; after?: string | null }) {
  const scope = authorize(access, 'agency:list');
  const limit = pageSize(args.first);
  const after = agencyCursor(args.after);
  const [rows, totalCount] = await Promise.all([scope.stores.agencies.list({ after, limit }), scope.stores.agencies.count()]);
  return { ...toConnection(rows, limit, (row) => row, (row) => [row.cursorAt, row.id]), totalCount };
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

export async function findAgencySettings(access: Access, agency: { id: string }): Promise<AgencySettings> {
  return presentSettings(await authorize(access, 'agency-settings:read').stores.agencies.settings(agency.id));
}

/** What the assignment form checks a choice of coverages against: the master policies in force in the agency's today. */
export async function findMasterPolicyLimits(access: Access): Promise<ProvidedLimits> {
  const { stores, agencyId } = authorize(access, 'master-policy:read');
  const settings = await stores.agencies.settings(agencyId);
  return masterPolicyLimitsOn(stores, todayInTimeZone(settings.timeZone, access.deps.now()));
}

/** Changes any of the viewer's agency's settings; the audit record names each changed column with its old and new value. */
export async function updateAgencySettings(access: Access, input: AgencySettingsInput) {
  const scope = authorize(access, 'agency:configure');
  const columns = settingsColumns(parseInput(agencySettingsSchema, withoutNulls(input)));
  return scope.transaction(async (tx) => {
    const agency = await tx.stores.agencies.byId(scope.agencyId);
    // Under the row lock, so the old values the audit names are the ones this change replaces.
    const settings = await tx.stores.agencies.lockSettings(scope.agencyId);
    if (!agency || !settings) throw new Error(`agency ${scope.agencyId} has no settings`);
    const changed = (Object.keys(columns) as (keyof SettingsColumns)[]).filter((column) => JSON.stringify(columns[column]) !== JSON.stringify(settings[column]));
    if (changed.length === 0) return agency;
    const changes = Object.fromEntries(changed.map((column) => [column, { from: settings[column], to: columns[column] }]));
    await tx.stores.agencies.updateSettings(scope.agencyId, { ...Object.fromEntries(changed.map((column) => [column, columns[column]])), updatedAt: access.deps.now() });
    await recordAudit(tx, { action: 'agency.configure', agencyId: scope.agencyId, targetType: 'agency', targetId: scope.agencyId, data: { changes } });
    return agency;
  });
}
