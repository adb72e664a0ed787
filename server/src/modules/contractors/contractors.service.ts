// Contractors of an agency: the filtered list, one profile, adding one, and their sign-in links.
import { and, asc, count, eq, exists, ilike, inArray, notExists, or, sql, type SQL } from 'drizzle-orm';
import { createContractorSchema, isUsStateCode } from '@coverline/domain';
import { z } from 'zod';
import { assignments, contractors, jobCategories } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { badUserInput, notFound } from '../../graphql/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../graphql/pagination.js';
import { parseInput } from '../../graphql/validation.js';
import type { AgencyViewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { currentContractorLink, revokeContractorLinks as revokeLinks } from '../auth/contractor-link.service.js';
import type { ContractorFilter, CreateContractorInput } from './contractors.types.js';

const PENDING_STATUSES = ['PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED'] as const;

function hasAssignment(where: SQL | undefined) {
  return exists(
    sql`(select 1 from ${assignments} where ${assignments.agencyId} = ${contractors.agencyId} and ${assignments.contractorId} = ${contractors.id} and ${where ?? sql`true`})`,
  );
}

function filterConditions(agencyId: string, filter: ContractorFilter | null | undefined): SQL[] {
  const conditions: SQL[] = [eq(contractors.agencyId, agencyId)];
  if (!filter) return conditions;
  if (filter.state) {
    const state = filter.state.trim().toUpperCase();
    if (!isUsStateCode(state)) throw badUserInput('filter.state', 'Must be a US state or DC (two-letter code).');
    conditions.push(eq(contractors.workState, state));
  }
  if (filter.jobCodeId) {
    if (!z.uuid().safeParse(filter.jobCodeId).success) throw badUserInput('filter.jobCodeId', 'Choose a job code from the catalogue.');
    conditions.push(
      exists(
        sql`(select 1 from ${assignments} join ${jobCategories} on ${jobCategories.agencyId} = ${assignments.agencyId} and ${jobCategories.id} = ${assignments.jobCategoryId}
          where ${assignments.agencyId} = ${contractors.agencyId} and ${assignments.contractorId} = ${contractors.id} and ${jobCategories.jobCodeId} = ${filter.jobCodeId})`,
      ),
    );
  }
  if (filter.insuranceStatus === 'COVERED') conditions.push(hasAssignment(eq(assignments.status, 'COVERED')));
  if (filter.insuranceStatus === 'PENDING') {
    conditions.push(hasAssignment(inArray(assignments.status, [...PENDING_STATUSES])), notExists(sql`(select 1 from ${assignments} where ${assignments.agencyId} = ${contractors.agencyId} and ${assignments.contractorId} = ${contractors.id} and ${assignments.status} = 'COVERED')`));
  }
  if (filter.insuranceStatus === 'NOT_COVERED') {
    conditions.push(notExists(sql`(select 1 from ${assignments} where ${assignments.agencyId} = ${contractors.agencyId} and ${assignments.contractorId} = ${contractors.id} and ${assignments.status} in ('COVERED', 'PENDING_APPROVAL', 'AWAITING_OPT_IN', 'AWAITING_PAYMENT', 'DECLINED'))`));
  }
  const search = filter.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const searchable = or(
      ilike(sql`${contractors.firstName} || ' ' || ${contractors.lastName}`, pattern),
      ilike(contractors.email, pattern),
      ilike(contractors.externalId, pattern),
    );
    if (searchable) conditions.push(searchable);
  }
  return conditions;
}

export async function listContractors(ctx: Context, viewer: AgencyViewer, args: { filter?: ContractorFilter | null; first?: number | null; after?: string | null }) {
  const limit = pageSize(args.first);
  const conditions = filterConditions(viewer.agencyId, args.filter);
  const after = decodeCursor(args.after, 3);
  const page = after
    ? sql`(${contractors.lastName}, ${contractors.firstName}, ${contractors.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
    : undefined;
  const { db } = ctx.deps;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(contractors)
      .where(and(...conditions, page))
      .orderBy(asc(contractors.lastName), asc(contractors.firstName), asc(contractors.id))
      .limit(limit + 1),
    db.select({ value: count() }).from(contractors).where(and(...conditions)),
  ]);
  return {
    ...toConnection(rows, limit, (row) => row, (row) => [row.lastName, row.firstName, row.id]),
    totalCount: total?.value ?? 0,
  };
}

export async function findAgencyContractor(ctx: Context, viewer: AgencyViewer, contractorId: string) {
  if (!z.uuid().safeParse(contractorId).success) return null;
  return (
    (await ctx.deps.db.query.contractors.findFirst({
      where: and(eq(contractors.agencyId, viewer.agencyId), eq(contractors.id, contractorId)),
    })) ?? null
  );
}

export async function createContractor(ctx: Context, viewer: AgencyViewer, input: CreateContractorInput) {
  const data = parseInput(createContractorSchema, input);
  const { deps } = ctx;
  return deps.db.transaction(async (tx) => {
    if (data.externalId) {
      const taken = await tx.query.contractors.findFirst({ where: and(eq(contractors.agencyId, viewer.agencyId), eq(contractors.externalId, data.externalId)) });
      if (taken) throw badUserInput('externalId', `${taken.firstName} ${taken.lastName} already has this external id.`);
    }
    const [contractor] = await tx
      .insert(contractors)
      .values({ agencyId: viewer.agencyId, ...data, createdAt: deps.now(), updatedAt: deps.now() })
      .returning();
    if (!contractor) throw new Error('contractor insert returned nothing');
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'contractor.create', agencyId: viewer.agencyId, targetType: 'contractor', targetId: contractor.id });
    return contractor;
  });
}

export async function contractorOptInUrl(ctx: Context, contractor: { agencyId: string; id: string }): Promise<string | null> {
  const link = await currentContractorLink(ctx.deps.db, ctx.deps, { agencyId: contractor.agencyId, contractorId: contractor.id });
  return link?.url ?? null;
}

export async function revokeContractorLinks(ctx: Context, viewer: AgencyViewer, contractorId: string): Promise<number> {
  const contractor = await findAgencyContractor(ctx, viewer, contractorId);
  if (!contractor) throw notFound('Contractor');
  return ctx.deps.db.transaction(async (tx) => {
    const count = await revokeLinks(tx, { agencyId: viewer.agencyId, contractorId: contractor.id }, ctx.deps.now());
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'contractor.revoke_links', agencyId: viewer.agencyId, targetType: 'contractor', targetId: contractor.id, data: { count } });
    return count;
  });
}
