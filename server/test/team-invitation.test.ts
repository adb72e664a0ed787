import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField } from './support/graphql-client.js';
import { tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createTeamMember, signedInAgencyMember, signedInMemberOf } from './factories/index.js';
import { outboxCount } from './support/inspect.js';
import { TEAM_INVITATION_DAYS } from '../src/modules/team/team.service.js';

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }`;
const INVITATION = `query($t: String!) { teamInvitation(token: $t) { email agencyName expiresAt } }`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) {
  acceptTeamInvitation(token: $t, name: $n, password: $p) { role email name agency { id name } }
}`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { role email agency { id } } }`;
const INVITE = `mutation($e: String!) { inviteTeamMember(email: $e) }`;
const TEAM = `{ teamMembers { email name status } }`;
const VIEWER = `{ viewer { role email name agency { id name } } }`;

const GOOD_PASSWORD = 'a-long-enough-passphrase';

type Accepted = { acceptTeamInvitation: { role: string; email: string; name: string; agency: { id: string; name: string } } };
type Invitation = { teamInvitation: { email: string; agencyName: string; expiresAt: string } | null };

let server: TestServer;
let sequence = 0;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

/** The operator creates an agency; returns the first member's email and the token of their invitation email. */
async function agencyWithInvitedFirstMember(name = `Invited Agency ${++sequence}`) {
  const email = `first${++sequence}@invited.test`;
  const { createAgency } = await server.operator().data<{ createAgency: { id: string; name: string } }>(CREATE_AGENCY, { input: { name, firstMemberEmail: email } });
  const mail = await server.inbox.waitFor(email, { subject: /invited/i });
  return { agency: createAgency, email, mail, token: tokenIn(mail) };
}

async function memberStatus(email: string): Promise<string | undefined> {
  const rows = await server.db.execute<{ status: string }>(sql`select status from team_members where lower(email) = ${email.toLowerCase()}`);
  return rows[0]?.status;
}

describe('team invitations', () => {
  it('emails the first member of a new agency a set-password link that names the agency', async () => {
    const { email, mail, token } = await agencyWithInvitedFirstMember('Harbor Staffing');
    expect(mail.subject).toContain('Harbor Staffing');
    expect(mail.text).toContain('/agency/accept-invite?token=');
    const { teamInvitation } = await server.client('agency').data<Invitation>(INVITATION, { t: token });
    expect(teamInvitation).toMatchObject({ email, agencyName: 'Harbor Staffing' });
  });

  it('refuses a short or guessable password, names the password field, and leaves the invitation open', async () => {
    const { email, token } = await agencyWithInvitedFirstMember();
    const client = server.client('agency');
    const result = await client.request(ACCEPT, { t: token, n: 'Robin Hale', p: 'short' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('password');
    expect(client.cookie('coverline_agency')).toBeUndefined();
    expect(await memberStatus(email)).toBe('INVITED');
    // Long enough, but common passwords and keyboard runs.
    for (const guessable of ['password12345678', 'iloveyou1234', 'qwertyuiop123']) {
      const refused = await client.request(ACCEPT, { t: token, n: 'Robin Hale', p: guessable });
      expect(errorField(refused), guessable).toBe('password');
      expect(refused.errors?.[0]?.message, guessable).toMatch(/^This password is too easy to guess\./);
    }
    expect(await memberStatus(email)).toBe('INVITED');
    expect((await client.data<Invitation>(INVITATION, { t: token })).teamInvitation?.email).toBe(email);
    // The same link still works with a good password.
    const accepted = await client.data<Accepted>(ACCEPT, { t: token, n: 'Robin Hale', p: GOOD_PASSWORD });
    expect(accepted.acceptTeamInvitation.email).toBe(email);
  });

  it('signs the new member in to their agency, and the chosen password then works for login', async () => {
    const { agency, email, token } = await agencyWithInvitedFirstMember('Lakeside Crew');
    const client = server.client('agency');
    const { acceptTeamInvitation } = await client.data<Accepted>(ACCEPT, { t: token, n: 'Dana Cruz', p: GOOD_PASSWORD });
    expect(acceptTeamInvitation).toEqual({ role: 'AGENCY_MEMBER', email, name: 'Dana Cruz', agency: { id: agency.id, name: 'Lakeside Crew' } });
    const { viewer } = await client.data<{ viewer: { role: string; agency: { id: string } } }>(VIEWER);
    expect(viewer).toMatchObject({ role: 'AGENCY_MEMBER', agency: { id: agency.id } });
    expect(await memberStatus(email)).toBe('ACTIVE');

    const fresh = server.client('agency');
    const { login } = await fresh.data<{ login: { role: string; agency: { id: string } } }>(LOGIN, { e: email, p: GOOD_PASSWORD });
    expect(login).toMatchObject({ role: 'AGENCY_MEMBER', agency: { id: agency.id } });
  });

  it('accepts an invitation link only once', async () => {
    const { token } = await agencyWithInvitedFirstMember();
    await server.client('agency').data(ACCEPT, { t: token, n: 'First Use', p: GOOD_PASSWORD });
    const again = server.client('agency');
    const second = await again.request(ACCEPT, { t: token, n: 'Second Use', p: 'another-long-passphrase' });
    expect(errorCode(second)).toBe('BAD_USER_INPUT');
    expect(errorField(second)).toBe('token');
    expect(again.cookie('coverline_agency')).toBeUndefined();
    expect((await again.data<Invitation>(INVITATION, { t: token })).teamInvitation).toBeNull();
  });

  it('lets exactly one of two simultaneous acceptances of an invitation through', async () => {
    const { token } = await agencyWithInvitedFirstMember();
    const [a, b] = [server.client('agency'), server.client('agency')];
    const results = await Promise.all([
      a.request(ACCEPT, { t: token, n: 'Tab One', p: GOOD_PASSWORD }),
      b.request(ACCEPT, { t: token, n: 'Tab Two', p: 'a-different-long-passphrase' }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorField(r) === 'token')).toHaveLength(1);
    expect([a.cookie('coverline_agency'), b.cookie('coverline_agency')].filter(Boolean)).toHaveLength(1);
  });

  it('does not let an invited member sign in before they chose a password', async () => {
    const { email } = await agencyWithInvitedFirstMember();
    const result = await server.client('agency').request(LOGIN, { e: email, p: GOOD_PASSWORD });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('password');
  });

  it('a member invites a colleague, who gets an email naming the inviter and the agency and joins that agency', async () => {
    const { agency, member, client } = await signedInAgencyMember(server);
    const colleague = `colleague${++sequence}@agency.test`;
    expect((await client.data<{ inviteTeamMember: boolean }>(INVITE, { e: colleague })).inviteTeamMember).toBe(true);
    const mail = await server.inbox.waitFor(colleague, { subject: /invited/i });
    expect(mail.subject).toContain(agency.name);
    expect(mail.text).toContain(member.name!);
    const team = await client.data<{ teamMembers: { email: string; status: string }[] }>(TEAM);
    expect(team.teamMembers).toContainEqual(expect.objectContaining({ email: colleague, status: 'INVITED' }));

    const { acceptTeamInvitation } = await server.client('agency').data<Accepted>(ACCEPT, { t: tokenIn(mail), n: 'Colleague', p: GOOD_PASSWORD });
    expect(acceptTeamInvitation.agency.id).toBe(agency.id);
    const after = await client.data<{ teamMembers: { email: string; status: string }[] }>(TEAM);
    expect(after.teamMembers).toContainEqual(expect.objectContaining({ email: colleague, status: 'ACTIVE' }));
  });

  it('re-inviting a colleague who has not accepted yet replaces the old link', async () => {
    const { client } = await signedInAgencyMember(server);
    const colleague = `reinvited${++sequence}@agency.test`;
    await client.data(INVITE, { e: colleague });
    const oldToken = tokenIn(await server.inbox.waitFor(colleague));
    await client.data(INVITE, { e: colleague.toUpperCase() });
    await expect.poll(() => server.inbox.to(colleague).length).toBe(2);
    const newToken = tokenIn(server.inbox.to(colleague)[1]!);
    expect(newToken).not.toBe(oldToken);

    const anonymous = server.client('agency');
    expect((await anonymous.data<Invitation>(INVITATION, { t: oldToken })).teamInvitation).toBeNull();
    const stale = await anonymous.request(ACCEPT, { t: oldToken, n: 'Old Link', p: GOOD_PASSWORD });
    expect(errorField(stale)).toBe('token');
    const accepted = await anonymous.data<Accepted>(ACCEPT, { t: newToken, n: 'New Link', p: GOOD_PASSWORD });
    expect(accepted.acceptTeamInvitation.email).toBe(colleague);
    const team = await client.data<{ teamMembers: { email: string }[] }>(TEAM);
    expect(team.teamMembers.filter((m) => m.email === colleague)).toHaveLength(1);
  });

  it("answers and lists an address active in another agency as a fresh one, as a pending invitation that is never sent, and tells only the address's owner", async () => {
    const other = await createAgency(server, { name: `Other Agency ${++sequence}` });
    const taken = await createTeamMember(server, other);
    const { client } = await signedInAgencyMember(server);
    const fresh = `fresh${++sequence}@example.test`;

    const takenAnswer = await client.request(INVITE, { e: taken.email });
    const freshAnswer = await client.request(INVITE, { e: fresh });
    expect(takenAnswer).toEqual(freshAnswer);
    expect(takenAnswer).toMatchObject({ data: { inviteTeamMember: true } });
    const team = await client.data<{ teamMembers: { id: string; email: string; name: string | null; status: string }[] }>(`{ teamMembers { id email name status } }`);
    const listed = (email: string) => team.teamMembers.find((member) => member.email === email);
    expect(listed(taken.email)).toMatchObject({ name: null, status: 'INVITED' });
    expect(listed(fresh)).toMatchObject({ name: null, status: 'INVITED' });
    const notice = await server.inbox.waitFor(taken.email, { subject: /tried to invite you/ });
    expect(notice.text).toMatch(/already signs in to Coverline for another agency/);
    expect(notice.text).not.toMatch(/token=/);
    const holder = await server.db.execute<{ agency_id: string }>(sql`select agency_id from team_member_emails where email = ${taken.email.toLowerCase()}`);
    expect(holder.map((row) => row.agency_id)).toEqual([other.id]);
    expect(await server.db.execute(sql`select 1 from auth_tokens where team_member_id = ${listed(taken.email)!.id}`)).toHaveLength(0);

    // Resent, it is told to the owner again (still no link); revoked, it goes as a fresh one would.
    expect(await client.data(`mutation($id: ID!) { resendTeamInvitation(id: $id) }`, { id: listed(taken.email)!.id })).toEqual({ resendTeamInvitation: true });
    await expect.poll(() => server.inbox.to(taken.email).length).toBe(2);
    expect(server.inbox.to(taken.email).every((mail) => !/token=/.test(mail.text ?? ''))).toBe(true);
    expect(await client.data(`mutation($id: ID!) { revokeTeamInvitation(id: $id) }`, { id: listed(taken.email)!.id })).toEqual({ revokeTeamInvitation: true });
    const [theirs] = await server.db.execute<{ agency_id: string; status: string }>(sql`select agency_id, status from team_members where lower(email) = ${taken.email.toLowerCase()}`);
    expect(theirs).toEqual({ agency_id: other.id, status: 'ACTIVE' });
  });

  it("frees an address another agency's invitation holds once it expired unanswered, and keeps it while it is open", async () => {
    const { client: first } = await signedInAgencyMember(server);
    const { agency: secondAgency, client: second } = await signedInAgencyMember(server);
    const email = `sought${++sequence}@example.test`;
    await first.data(INVITE, { e: email });
    await server.inbox.waitFor(email, { subject: /invited/i });

    // While the first invitation is open, the second agency's is told to the address only.
    expect(await second.data(INVITE, { e: email })).toEqual({ inviteTeamMember: true });
    await server.inbox.waitFor(email, { subject: /tried to invite you/ });
    const holder = () => server.db.execute<{ agency_id: string }>(sql`select agency_id from team_member_emails where email = ${email}`);
    expect((await holder())[0]?.agency_id).not.toBe(secondAgency.id);

    server.clock.advance((TEAM_INVITATION_DAYS + 1) * 86_400_000);
    const { client: secondLater } = await signedInMemberOf(server, secondAgency);
    expect(await secondLater.data(INVITE, { e: email })).toEqual({ inviteTeamMember: true });
    expect((await holder())[0]?.agency_id).toBe(secondAgency.id);
    const invitation = await server.inbox.waitFor(email, { subject: new RegExp(`invited to ${secondAgency.name}`) });
    expect(tokenIn(invitation)).toBeTruthy();
  });

  it('lets the operator know when a first member already has a sign-in elsewhere, and creates nothing', async () => {
    const other = await createAgency(server, { name: `Other Agency ${++sequence}` });
    const taken = await createTeamMember(server, other);
    const outboxBefore = await outboxCount(server);
    // The operator's createAgency inserts the agency first: the refusal must roll that back too.
    const agencyName = `Rolled Back Agency ${++sequence}`;
    const create = await server.operator().request(CREATE_AGENCY, { input: { name: agencyName, firstMemberEmail: taken.email } });
    expect(errorCode(create)).toBe('BAD_USER_INPUT');
    expect(errorField(create)).toBe('firstMemberEmail');
    const agencies = await server.db.execute<{ n: number }>(sql`select count(*)::int as n from agencies where name = ${agencyName}`);
    expect(agencies[0]?.n).toBe(0);
    expect(await outboxCount(server)).toBe(outboxBefore);
    expect(server.inbox.to(taken.email)).toHaveLength(0);
  });

  it('refuses to invite someone who is already on the team', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const teammate = await createTeamMember(server, agency);
    const result = await client.request(INVITE, { e: teammate.email });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it('names the email field when the invited email is malformed', async () => {
    const { client } = await signedInAgencyMember(server);
    const result = await client.request(INVITE, { e: 'not an email' });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('email');
  });

  it("lists only the viewer's own agency's team", async () => {
    const { agency, member, client } = await signedInAgencyMember(server);
    const teammate = await createTeamMember(server, agency);
    const other = await createAgency(server);
    const outsider = await createTeamMember(server, other);
    const { teamMembers } = await client.data<{ teamMembers: { email: string }[] }>(TEAM);
    expect(teamMembers.map((m) => m.email).sort()).toEqual([member.email, teammate.email].sort());
    expect(teamMembers.map((m) => m.email)).not.toContain(outsider.email);
  });

  // Moves the clock 8 days: keep it last, it expires every session started before it.
  it('refuses an invitation after its 7 days, and no longer shows it', async () => {
    const { email, token } = await agencyWithInvitedFirstMember();
    server.clock.advance(8 * 24 * 3600_000);
    const client = server.client('agency');
    expect((await client.data<Invitation>(INVITATION, { t: token })).teamInvitation).toBeNull();
    const result = await client.request(ACCEPT, { t: token, n: 'Too Late', p: GOOD_PASSWORD });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('token');
    expect(await memberStatus(email)).toBe('INVITED');
  });
});
