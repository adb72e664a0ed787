// Agencies are created by an operator together with their settings and first team member.
import { asc, eq } from 'drizzle-orm';
import { emailSchema, isValidTimeZone, PAYERS } from '@coverline/domain';
import { z } from 'zod';
import { agencies, agencySettings, facilities } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { parseInput } from '../../graphql/validation.js';
import type { SignedInViewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { sendTeamInvitation } from '../team/team.service.js';
import type { CreateAgencyInput } from './agencies.types.js';

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

export async function createAgency(ctx: Context, viewer: SignedInViewer, input: CreateAgencyInput) {
  const data = parseInput(createAgencySchema, input);
  return ctx.deps.db.transaction(async (tx) => {
    const [agency] = await tx.insert(agencies).values({ name: data.name, createdAt: ctx.deps.now() }).returning();
    if (!agency) throw new Error('agency insert returned nothing');
    await tx.insert(agencySettings).values({
      agencyId: agency.id,
      billingEmail: data.billingEmail ?? data.firstMemberEmail,
      defaultPayer: data.defaultPayer ?? 'AGENCY',
      timeZone: data.timeZone ?? 'America/New_York',
    });
    await recordAudit(tx, { viewer, ip: ctx.ip }, { action: 'agency.create', agencyId: agency.id, targetType: 'agency', targetId: agency.id, data: { name: data.name } });
    await sendTeamInvitation(tx, ctx.deps, { viewer, ip: ctx.ip }, { agencyId: agency.id, email: data.firstMemberEmail });
    return agency;
  });
}

export function listAgencyFacilities(ctx: Context, agencyId: string) {
  return ctx.deps.db.select().from(facilities).where(eq(facilities.agencyId, agencyId)).orderBy(asc(facilities.name));
}
