// An agency's team: its members, the platform-wide directory of login emails, and the links mailed to
// members (an invitation's set-password link, a password reset).
import { and, asc, count, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { Store } from '../../access/store.js';
import { tenantWhere, type Tenant } from '../../access/tenant.js';
import { authTokens, teamMemberEmails, teamMembers } from '../../db/schema.js';

export type TeamMemberRow = typeof teamMembers.$inferSelect;

// A contractor's payment notices reach the agency's team: contractors read the team's emails.
const memberRows = (tenant: Tenant) => tenantWhere(tenant, { agency: teamMembers.agencyId, contractor: 'agency-wide' });

/** The links mailed to a member, and the status a member has while their link may be used. */
export type MemberLinkPurpose = 'TEAM_INVITATION' | 'PASSWORD_RESET';
const MEMBER_STATUS_FOR_LINK = { TEAM_INVITATION: 'INVITED', PASSWORD_RESET: 'ACTIVE' } as const;
const EVERY_MEMBER_LINK: readonly MemberLinkPurpose[] = ['TEAM_INVITATION', 'PASSWORD_RESET'];

/** Members' links: auth_tokens has no row-level security (it is looked up before a tenant is known), so this predicate is its only wall. */
const memberLinkRows = (tenant: Tenant, purposes: readonly MemberLinkPurpose[]) =>
  and(tenantWhere(tenant, { agency: authTokens.agencyId }), inArray(authTokens.purpose, [...purposes]));

const ofMember = (member: { agencyId: string; id: string }) => and(eq(teamMembers.agencyId, member.agencyId), eq(teamMembers.id, member.id));

export class TeamStore extends Store {
  /** The members by email; with a page, `limit + 1` of them after its (email, id) key, to say whether more follow. */
  async list(page?: { after: string[] | null; limit: number }): Promise<TeamMemberRow[]> {
    const { db, tenant } = await this.open();
    const after = page?.after ? sql`(${teamMembers.email}, ${teamMembers.id}) > (${page.after[0]}, ${page.after[1]}::uuid)` : undefined;
    const query = db.select().from(teamMembers).where(and(memberRows(tenant), after)).orderBy(asc(teamMembers.email), asc(teamMembers.id));
    return page ? query.limit(page.limit + 1) : query;
  }

  /** How many members the team has, and how many of them are active. */
  async counts(): Promise<{ total: number; active: number }> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ total: count(), active: sql<number>`count(*) filter (where ${teamMembers.status} = 'ACTIVE')`.mapWith(Number) })
      .from(teamMembers)
      .where(memberRows(tenant));
    return { total: row?.total ?? 0, active: row?.active ?? 0 };
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

  /**
   * Frees an address that another agency's invitation holds without any open link (expired or
   * revoked, never answered): the INVITED member and their directory entry go. Platform scope; the
   * member freed, or null.
   */
  async releaseUnansweredInvitation(email: string, options: { exceptAgencyId: string; now: Date }): Promise<TeamMemberRow | null> {
    const { now } = options;
    const db = await this.db();
    const openInvitation = sql`exists (select 1 from ${authTokens} where ${authTokens.agencyId} = ${teamMembers.agencyId} and ${authTokens.teamMemberId} = ${teamMembers.id}
      and ${authTokens.purpose} = 'TEAM_INVITATION' and ${authTokens.usedAt} is null and ${authTokens.revokedAt} is null and ${authTokens.expiresAt} > ${now.toISOString()})`;
    const [freed] = await db
      .delete(teamMembers)
      .where(
        and(
          eq(teamMembers.status, 'INVITED'),
          ne(teamMembers.agencyId, options.exceptAgencyId),
          sql`(${teamMembers.agencyId}, ${teamMembers.id}) in (select ${teamMemberEmails.agencyId}, ${teamMemberEmails.teamMemberId} from ${teamMemberEmails} where ${teamMemberEmails.email} = ${email.toLowerCase()})`,
          sql`not ${openInvitation}`,
        ),
      )
      .returning();
    if (!freed) return null;
    await db.delete(teamMemberEmails).where(and(eq(teamMemberEmails.agencyId, freed.agencyId), eq(teamMemberEmails.teamMemberId, freed.id)));
    return freed;
  }

  /** The agency's member of this address, with or without a sign-in (an invitation to an address that signs in elsewhere has none). */
  async byEmail(agencyId: string, email: string): Promise<TeamMemberRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select()
      .from(teamMembers)
      .where(and(memberRows(tenant), eq(teamMembers.agencyId, agencyId), sql`lower(${teamMembers.email}) = ${email.toLowerCase()}`));
    return row ?? null;
  }

  /** A new INVITED member, without a sign-in until claimLoginEmail gives it one. */
  async addInvited(input: { agencyId: string; email: string; invitedById: string | null; createdAt: Date }): Promise<TeamMemberRow> {
    const db = await this.db();
    const [member] = await db
      .insert(teamMembers)
      .values({ agencyId: input.agencyId, email: input.email, status: 'INVITED', invitedById: input.invitedById, createdAt: input.createdAt })
      .returning();
    if (!member) throw new Error('team member insert returned nothing');
    return member;
  }

  /**
   * Gives the member the platform-wide sign-in of their address, unless someone else has it: true
   * when the directory names this member (now or already), false when it names another.
   */
  async claimLoginEmail(member: TeamMemberRow, at: Date): Promise<boolean> {
    const db = await this.db();
    await db.insert(teamMemberEmails).values({ email: member.email.toLowerCase(), agencyId: member.agencyId, teamMemberId: member.id, createdAt: at }).onConflictDoNothing();
    const holder = await this.loginEmail(member.email);
    return holder?.agencyId === member.agencyId && holder.teamMemberId === member.id;
  }

  async activate(member: { agencyId: string; id: string }, input: { name: string; passwordHash: string; at: Date }): Promise<void> {
    const { db, tenant } = await this.open();
    await db
      .update(teamMembers)
      .set({ name: input.name, passwordHash: input.passwordHash, status: 'ACTIVE', activatedAt: input.at, lastSignInAt: input.at })
      .where(and(memberRows(tenant), ofMember(member)));
  }

  async recordSignIn(member: { agencyId: string; id: string }, at: Date): Promise<void> {
    const { db, tenant } = await this.open();
    await db.update(teamMembers).set({ lastSignInAt: at }).where(and(memberRows(tenant), ofMember(member)));
  }

  /** A new password for a member still active (the reset's sign-in counts as one); false when they were removed meanwhile. */
  async setPassword(member: { agencyId: string; id: string }, input: { passwordHash: string; at: Date }): Promise<boolean> {
    const { db, tenant } = await this.open();
    const updated = await db
      .update(teamMembers)
      .set({ passwordHash: input.passwordHash, lastSignInAt: input.at })
      .where(and(memberRows(tenant), ofMember(member), eq(teamMembers.status, 'ACTIVE')))
      .returning({ id: teamMembers.id });
    return updated.length === 1;
  }

  /**
   * Locks the agency's active members for the rest of the transaction, in id order (so two removals
   * lock them in the same order and never deadlock). A removal counts them under this lock: of two
   * concurrent removals of the last two active members, the second sees only one left.
   */
  async lockActiveMembers(agencyId: string): Promise<TeamMemberRow[]> {
    const { db, tenant } = await this.open();
    return db
      .select()
      .from(teamMembers)
      .where(and(memberRows(tenant), eq(teamMembers.agencyId, agencyId), eq(teamMembers.status, 'ACTIVE')))
      .orderBy(asc(teamMembers.id))
      .for('update');
  }

  /** An INVITED member, locked; null once they joined (or the invitation was revoked). */
  async lockInvited(member: { agencyId: string; id: string }): Promise<TeamMemberRow | null> {
    const { db, tenant } = await this.open();
    const [row] = await db.select().from(teamMembers).where(and(memberRows(tenant), ofMember(member), eq(teamMembers.status, 'INVITED'))).for('update');
    return row ?? null;
  }

  /**
   * Removes an active member: DISABLED, which ends their sessions in the same statement (the trigger of
   * migration 0004). The row and its directory entry stay, so their email cannot sign in or be reused.
   */
  async disable(member: { agencyId: string; id: string }): Promise<boolean> {
    const { db, tenant } = await this.open();
    const updated = await db
      .update(teamMembers)
      .set({ status: 'DISABLED' })
      .where(and(memberRows(tenant), ofMember(member), eq(teamMembers.status, 'ACTIVE')))
      .returning({ id: teamMembers.id });
    return updated.length === 1;
  }

  /**
   * Deletes an invitation never accepted: the INVITED row and its directory entry go, so the email can
   * be invited again later (a DISABLED row would keep it taken). False when the person joined first.
   */
  async deleteInvited(member: { agencyId: string; id: string }): Promise<boolean> {
    const { db, tenant } = await this.open();
    const deleted = await db
      .delete(teamMembers)
      .where(and(memberRows(tenant), ofMember(member), eq(teamMembers.status, 'INVITED')))
      .returning({ id: teamMembers.id });
    if (deleted.length !== 1) return false;
    await db.delete(teamMemberEmails).where(and(eq(teamMemberEmails.agencyId, member.agencyId), eq(teamMemberEmails.teamMemberId, member.id)));
    return true;
  }

  /** The member's one open link of `purpose`: earlier ones stop working. */
  async replaceMemberLink(purpose: MemberLinkPurpose, member: { agencyId: string; id: string }, token: { hash: string; createdAt: Date; expiresAt: Date }): Promise<void> {
    await this.revokeMemberLinks(member, token.createdAt, purpose);
    const db = await this.db();
    await db.insert(authTokens).values({
      tokenHash: token.hash,
      purpose,
      agencyId: member.agencyId,
      teamMemberId: member.id,
      createdAt: token.createdAt,
      expiresAt: token.expiresAt,
    });
  }

  /** Ends the member's unused links: those of `purpose`, or all of them (a removal, a revoked invitation). */
  async revokeMemberLinks(member: { agencyId: string; id: string }, at: Date, purpose?: MemberLinkPurpose): Promise<void> {
    const { db, tenant } = await this.open();
    await db
      .update(authTokens)
      .set({ revokedAt: at })
      .where(
        and(
          memberLinkRows(tenant, purpose ? [purpose] : EVERY_MEMBER_LINK),
          eq(authTokens.agencyId, member.agencyId),
          eq(authTokens.teamMemberId, member.id),
          isNull(authTokens.usedAt),
          isNull(authTokens.revokedAt),
        ),
      );
  }

  /** The open link of `purpose` a token names, with its member (INVITED for an invitation, ACTIVE for a reset): looked up before any tenant is known. */
  async openMemberLink(purpose: MemberLinkPurpose, tokenHash: string, now: Date): Promise<{ tokenId: string; expiresAt: Date; member: TeamMemberRow } | null> {
    const { db, tenant } = await this.open();
    const [row] = await db
      .select({ tokenId: authTokens.id, expiresAt: authTokens.expiresAt, member: teamMembers })
      .from(authTokens)
      .innerJoin(teamMembers, and(eq(teamMembers.agencyId, authTokens.agencyId), eq(teamMembers.id, authTokens.teamMemberId)))
      .where(
        and(
          memberRows(tenant),
          memberLinkRows(tenant, [purpose]),
          eq(authTokens.tokenHash, tokenHash),
          isNull(authTokens.usedAt),
          isNull(authTokens.revokedAt),
          gt(authTokens.expiresAt, now),
          eq(teamMembers.status, MEMBER_STATUS_FOR_LINK[purpose]),
        ),
      );
    return row ?? null;
  }

  /**
   * Marks a link used, if it is still open; false when another request used it first or it was revoked
   * or expired meanwhile. One conditional UPDATE: of two concurrent redemptions exactly one wins.
   */
  async claimMemberLink(purpose: MemberLinkPurpose, tokenId: string, at: Date): Promise<boolean> {
    const { db, tenant } = await this.open();
    const claimed = await db
      .update(authTokens)
      .set({ usedAt: at })
      .where(and(memberLinkRows(tenant, [purpose]), eq(authTokens.id, tokenId), isNull(authTokens.usedAt), isNull(authTokens.revokedAt), gt(authTokens.expiresAt, at)))
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

