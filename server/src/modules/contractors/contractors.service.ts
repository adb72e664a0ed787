// Contractors of an agency. (Lists, import and profiles grow here with the lifecycle issues.)
import { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { contractors } from '../../db/schema.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import type { AgencyViewer } from '../../graphql/viewer.js';
import { recordAudit } from '../audit/audit.js';
import { revokeContractorLinks as revokeLinks } from '../auth/contractor-link.service.js';

export async function findAgencyContractor(ctx: Context, viewer: AgencyViewer, contractorId: string) {
  if (!z.uuid().safeParse(contractorId).success) return null;
  return (
    (await ctx.deps.db.query.contractors.findFirst({
      where: and(eq(contractors.agencyId, viewer.agencyId), eq(contractors.id, contractorId)),
    })) ?? null
  );
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
