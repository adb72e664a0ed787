// An agency's team: its members, the platform-wide directory of login emails, and invitation links.
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { authTokens, teamMemberEmails, teamMembers } from '../../db/schema.js';

export type TeamMemberRow = typeof teamMembers.$inferSelect;

// A contractor's payment notices reach the agency's team: contractors read the team's emails.
const memberRows = (tenant: Tenant) => tenantWhere(tenant, { agency: teamMembers.agencyId, contractor: 'agency-wide' });

/** Invitation links: auth_tokens has no row-level security (it is looked up before a tenant is known), so this predicate is its only wall. */
const invitationRows = (tenant: Tenant) => and(tenantWhere(tenant, { agency: authTokens.agencyId }), eq(authTokens.purpose, 'TEAM_INVITATION'));

const ofToken = (tokenHash: string) => and(eq(authTokens.tokenHash, tokenHash), eq(authTokens.purpose, 'TEAM_INVITATION'));

export class TeamStore extends Store {
  async list(): Promise<TeamMemberRow[]> {
    const { db, tenant } = await this.open();
    return db.select().from(teamMembers).where(memberRows(tenant)).orderBy(asc(teamMembers.email));
  }

  byId(id: string): Promise<TeamMemberRow | null> {
    return this.loadById(this.byIdLoader, id);
  }

  private get byIdLoader() {
    return this.rowLoader('team.byId', teamMembers, 'id', memberRows);
  }

  /** The emails of the agency's active members, earliest first. */
  async activeEmails(agencyId: string): Promise<string[]> {
    const { db, tenant } = await this.open();
    const rows = await db
      .select({ email: teamMembers.email })
      .from(teamMembers)
      .where(and(memberRows(tenant), eq(teamMembers.agencyId, agencyId), eq(teamMembers.status, 'ACTIVE')))
      .orderBy(asc(teamMembers.createdAt));
    return rows.map((row) => row.email);
  }

  /** Which agency (and member) a login email belongs to, across the platform: the directory is not a tenant table. */
  async loginEmail(email: string): Promise<{ agencyId: string; teamMemberId: string } | null> {
    const db = await this.db();
    const [entry] = await db
      .select({ agencyId: teamMemberEmails.agencyId, teamMemberId: teamMemberEmails.teamMemberId })
      .from(teamMemberEmails)
      .where(eq(teamMemberEmails.email, email.toLowerCase()));
    return entry ?? null;
  }

  /** A new INVITED member and their directory entry; null when the email already belongs to someone (a race). */
  async addInvited(input: { agencyId: string; email: string; invitedById: string | null; createdAt: Date }): Promise<TeamMemberRow | null> {
    const db = await this.db();
    const [member] = await db
      .insert(teamMembers)
      .values({ agencyId: input.agencyId, email: input.email, status: 'INVITED', invitedById: input.invitedById, createdAt: input.createdAt })
      .returning();
    if (!member) throw new Error('team member insert returned nothing');
    const [entry] = await db
      .insert(teamMemberEmails)
      .values({ email: input.email.toLowerCase(), agencyId: input.agencyId, teamMemberId: member.id, createdAt: input.createdAt })
      .onConflictDoNothing()
      .returning({ email: teamMemberEmails.email });
    return entry ? member : null;
  }

  async activate(member: { agencyId: string; id: string }, input: { name: string; passwordHash: string; at: Date }): Promise<void> {
    const { db, tenant } = await this.open();
    await db
      .update(teamMembers)
      .set({ name: input.name, passwordHash: input.passwordHash, status: 'ACTIVE', activatedAt: input.at })
      .where(and(memberRows(tenant), eq(teamMembers.agencyId, member.agencyId), eq(teamMembers.id, member.id)));
  }

  /** The member's one open invitation link: earlier ones stop working. */
  async replaceInvitation(member: { agencyId: string; id: string }, token: { hash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    const { db, tenant } = await this.open();
    await db
      .update(authTokens)
      .set({ revokedAt: token.createdAt })
      .where(
        and(
          invitationRows(tenant),
          eq(authTokens.agencyId, member.agencyId),
          eq(authTokens.teamMemberId, member.id),
          isNull(authTokens.usedAt),
          isNull(authTokens.revokedAt),
        ),
      );
    await db.insert(authTokens).values({
      tokenHash: token.hash,
      purpose: 'TEAM_INVITATION',
      agencyId: member.agencyId,
      teamMemberId: member.id,
      createdAt: token.createdAt,
      expiresAt: token.expiresAt,
    });
  }

  /** The open invitation a link's token names, with its member (still INVITED): looked up before any tenant is known. */
  async openInvitation(tokenHash: string, now: Date): Promise<{ tokenId: string; expiresAt: Date; member: TeamMemberRow } | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ tokenId: authTokens.id, expiresAt: authTokens.expiresAt, member: teamMembers })
      .from(authTokens)
      .innerJoin(teamMembers, and(eq(teamMembers.agencyId, authTokens.agencyId), eq(teamMembers.id, authTokens.teamMemberId)))
      .where(
        and(
          memberRows(tenant),
          ofToken(tokenHash),
          isNull(authTokens.usedAt),
          isNull(authTokens.revokedAt),
          gt(authTokens.expiresAt, now),
          eq(teamMembers.status, 'INVITED'),
        ),
      );
    return row ?? null;
  }

  /** Marks an invitation used; false when another request used it first (of two, exactly one wins). */
  async claimInvitation(tokenId: string, at: Date): Promise<boolean> {
    const { db, tenant } = await this.open();
    const claimed = await db
      .update(authTokens)
      .set({ usedAt: at })
      .where(and(invitationRows(tenant), eq(authTokens.id, tokenId), isNull(authTokens.usedAt)))
      .returning({ id: authTokens.id });
    return claimed.length === 1;
  }

  /** The active member a login email names, with their password hash (sign-in only). */
  async activeMemberForLogin(email: string): Promise<TeamMemberRow | null> {
    const { db, tenant } = await this.open();
    const [member] = await db
      .select()
      .from(teamMembers)
      .innerJoin(teamMemberEmails, and(eq(teamMemberEmails.agencyId, teamMembers.agencyId), eq(teamMemberEmails.teamMemberId, teamMembers.id)))
      .where(and(memberRows(tenant), eq(teamMemberEmails.email, email.toLowerCase()), eq(teamMembers.status, 'ACTIVE')));
    return member?.team_members ?? null;
  }
}

