// Contractors' sign-in links (auth_tokens of purpose CONTRACTOR_LINK), as the agency's scope reaches
// them: the current link of each contractor, issuing one, revoking them all with the sessions they opened.
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { byKeys, Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { authTokens, sessions } from '../../db/schema.js';

export type ContractorLinkRow = { id: string; contractorId: string; optInId: string | null };

const linkRows = (tenant: Tenant) =>
  and(
    eq(authTokens.purpose, 'CONTRACTOR_LINK'),
    tenantWhere(tenant, { agency: authTokens.agencyId, contractor: (contractorId) => eq(authTokens.contractorId, contractorId) }),
  );

export class ContractorLinkStore extends Store {
  /** The contractor's newest link that still works, or null. */
  async currentFor(contractorId: string): Promise<ContractorLinkRow | null> {
    return this.currentLoader.load(contractorId);
  }

  private get currentLoader() {
    return this.loader<string, ContractorLinkRow | null>('contractorLinks.current', async (contractorIds) => {
      const { db, tenant } = await this.open();
      const rows = await db
        .selectDistinctOn([authTokens.contractorId], { id: authTokens.id, contractorId: authTokens.contractorId, optInId: authTokens.optInId })
        .from(authTokens)
        .where(
          and(
            linkRows(tenant),
            inArray(authTokens.contractorId, [...contractorIds]),
            isNull(authTokens.revokedAt),
            gt(authTokens.expiresAt, this.context.scope.now()),
          ),
        )
        .orderBy(authTokens.contractorId, desc(authTokens.createdAt));
      const links = rows.flatMap((row) => (row.contractorId ? [{ ...row, contractorId: row.contractorId }] : []));
      return byKeys(contractorIds, links, (link) => link.contractorId);
    });
  }

  async issue(link: { id: string; tokenHash: string; agencyId: string; contractorId: string; optInId: string | null; createdAt: Date; expiresAt: Date }): Promise<void> {
    const db = await this.db();
    await db.insert(authTokens).values({ ...link, purpose: 'CONTRACTOR_LINK' });
  }

  /**
   * Revokes every link of a contractor, e.g. when one was forwarded to the wrong person, and ends the
   * sessions those links opened: whoever already followed a forwarded link must not stay signed in.
   */
  async revokeAll(contractor: { agencyId: string; id: string }, at: Date): Promise<number> {
    const { db, tenant } = await this.open();
    await db
      .update(sessions)
      .set({ revokedAt: at })
      .where(
        and(
          tenantWhere(tenant, { agency: sessions.agencyId }),
          eq(sessions.principalType, 'CONTRACTOR'),
          eq(sessions.agencyId, contractor.agencyId),
          eq(sessions.principalId, contractor.id),
          isNull(sessions.revokedAt),
        ),
      );
    const revoked = await db
      .update(authTokens)
      .set({ revokedAt: at })
      .where(and(linkRows(tenant), eq(authTokens.agencyId, contractor.agencyId), eq(authTokens.contractorId, contractor.id), isNull(authTokens.revokedAt)))
      .returning({ id: authTokens.id });
    return revoked.length;
  }
}
