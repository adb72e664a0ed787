// The Team page's API: the list (with last sign-in), resending and revoking invitations, removing a
// member (signed out at once), the refusals that keep a team from locking itself out, and the walls
// between agencies and against API keys.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, errorField, type GraphQLClient } from './support/graphql-client.js';
import { tokenIn } from './support/smtp-inbox.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createApiKey, createTeamMember, PASSWORD, sessionClient, signedInAgencyMember, signedInMemberOf } from './factories/index.js';

const TEAM = `{ teamMembers { id email name status invitedAt lastSignInAt viewerCanRemove viewerCanManageInvitation } }`;
const INVITE = `mutation($e: String!) { inviteTeamMember(email: $e) }`;
const RESEND = `mutation($id: ID!) { resendTeamInvitation(id: $id) }`;
const REVOKE = `mutation($id: ID!) { revokeTeamInvitation(id: $id) }`;
const REMOVE = `mutation($id: ID!) { removeTeamMember(id: $id) }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }`;
const INVITATION = `query($t: String!) { teamInvitation(token: $t) { email } }`;
const ACCEPT = `mutation($t: String!, $n: String!, $p: String!) { acceptTeamInvitation(token: $t, name: $n, password: $p) { id } }`;
const VIEWER = `{ viewer { role email } }`;

type Member = { id: string; email: string; name: string | null; status: string; invitedAt: string; lastSignInAt: string | null; viewerCanRemove: boolean; viewerCanManageInvitation: boolean };
type Team = { teamMembers: Member[] };

let server: TestServer;
let sequence = 0;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

const uniqueEmail = (prefix: string) => `${prefix}${++sequence}@team.test`;

async function team(client: GraphQLClient): Promise<Member[]> {
  return (await client.data<Team>(TEAM)).teamMembers;
}

/** `client`'s agency invites `email`; returns the invited member's id and the token of the mail that arrives. */
async function invite(client: GraphQLClient, email: string) {
  const before = server.inbox.to(email).length;
  await client.data(INVITE, { e: email });
  await expect.poll(() => server.inbox.to(email).length, { timeout: 10_000 }).toBe(before + 1);
  const member = (await team(client)).find((m) => m.email === email);
  if (!member) throw new Error(`${email} is not on the team`);
  return { id: member.id, token: tokenIn(server.inbox.to(email)[before]!) };
}

async function statusOf(memberId: string): Promise<string | null> {
  const rows = await server.db.execute<{ status: string }>(sql`select status from team_members where id = ${memberId}`);
  return rows[0]?.status ?? null;
}

async function auditActions(memberId: string): Promise<string[]> {
  const rows = await server.db.execute<{ action: string }>(sql`select action from audit_log where target_id = ${memberId} order by created_at, id`);
  return rows.map((row) => row.action);
}

describe('the team list', () => {
  it('lists every member with status, invitation date and last sign-in, and what the viewer may do to each', async () => {
    const { agency, member, client } = await signedInAgencyMember(server);
    const colleague = await createTeamMember(server, agency, { name: 'Casey Colleague' });
    const invitedEmail = uniqueEmail('invited');
    await invite(client, invitedEmail);

    const members = await team(client);
    expect(members.map((m) => m.email).sort()).toEqual([member.email, colleague.email, invitedEmail].sort());
    const me = members.find((m) => m.id === member.id)!;
    // Signed in through login a moment ago: the sign-in is recorded.
    expect(me.lastSignInAt).not.toBeNull();
    expect(Math.abs(new Date(me.lastSignInAt!).getTime() - server.clock.now().getTime())).toBeLessThan(60_000);
    expect(me).toMatchObject({ status: 'ACTIVE', viewerCanRemove: false, viewerCanManageInvitation: false });
    expect(members.find((m) => m.id === colleague.id)).toMatchObject({ name: 'Casey Colleague', status: 'ACTIVE', lastSignInAt: null, viewerCanRemove: true });
    const invited = members.find((m) => m.email === invitedEmail)!;
    expect(invited).toMatchObject({ status: 'INVITED', name: null, lastSignInAt: null, viewerCanRemove: false, viewerCanManageInvitation: true });
    expect(new Date(invited.invitedAt).getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);
  });

  it('records the sign-in of a member who accepts an invitation', async () => {
    const { client } = await signedInAgencyMember(server);
    const email = uniqueEmail('accepts');
    const { id, token } = await invite(client, email);
    await server.client('agency').data(ACCEPT, { t: token, n: 'New Joiner', p: 'a-long-enough-passphrase' });
    const joined = (await team(client)).find((m) => m.id === id)!;
    expect(joined).toMatchObject({ status: 'ACTIVE', name: 'New Joiner', viewerCanRemove: true, viewerCanManageInvitation: false });
    expect(joined.lastSignInAt).not.toBeNull();
  });

  it('lets an API key read the team but not manage it', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const colleague = await createTeamMember(server, agency);
    const { id: invitedId } = await invite(client, uniqueEmail('keyed'));
    const key = server.apiClient(await createApiKey(client));
    const members = await team(key);
    expect(members.map((m) => m.id)).toContain(colleague.id);
    expect(members.every((m) => !m.viewerCanRemove && !m.viewerCanManageInvitation)).toBe(true);
    for (const [query, id] of [[REMOVE, colleague.id], [RESEND, invitedId], [REVOKE, invitedId]] as const) {
      expect(errorCode(await key.request(query, { id }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await key.request(INVITE, { e: uniqueEmail('by-key') }))).toBe('FORBIDDEN');
    expect(await statusOf(colleague.id)).toBe('ACTIVE');
    expect(await statusOf(invitedId)).toBe('INVITED');
  });
});

describe('pending invitations', () => {
  it('resends an invitation with a new link; the old link stops working', async () => {
    const { client } = await signedInAgencyMember(server);
    const email = uniqueEmail('resent');
    const { id, token: oldToken } = await invite(client, email);
    expect((await client.data<{ resendTeamInvitation: boolean }>(RESEND, { id })).resendTeamInvitation).toBe(true);
    await expect.poll(() => server.inbox.to(email).length, { timeout: 10_000 }).toBe(2);
    const newToken = tokenIn(server.inbox.to(email)[1]!);
    expect(newToken).not.toBe(oldToken);

    const browser = server.client('agency');
    expect((await browser.data<{ teamInvitation: unknown }>(INVITATION, { t: oldToken })).teamInvitation).toBeNull();
    const old = await browser.request(ACCEPT, { t: oldToken, n: 'Old Link', p: 'a-long-enough-passphrase' });
    expect(errorField(old)).toBe('token');
    await browser.data(ACCEPT, { t: newToken, n: 'New Link', p: 'a-long-enough-passphrase' });
    expect(await statusOf(id)).toBe('ACTIVE');
    expect(await auditActions(id)).toEqual(['team_member.invite', 'team_member.invite_resend', 'team_member.activate']);
  });

  it('revokes an invitation: the link stops working, the person leaves the list and can be invited again', async () => {
    const { client } = await signedInAgencyMember(server);
    const email = uniqueEmail('revoked');
    const { id, token } = await invite(client, email);
    expect((await client.data<{ revokeTeamInvitation: boolean }>(REVOKE, { id })).revokeTeamInvitation).toBe(true);
    expect((await team(client)).map((m) => m.email)).not.toContain(email);
    const browser = server.client('agency');
    expect((await browser.data<{ teamInvitation: unknown }>(INVITATION, { t: token })).teamInvitation).toBeNull();
    expect(errorField(await browser.request(ACCEPT, { t: token, n: 'Too Late', p: 'a-long-enough-passphrase' }))).toBe('token');
    expect(await statusOf(id)).toBeNull();
    expect(await auditActions(id)).toEqual(['team_member.invite', 'team_member.invite_revoke']);

    // Invited again later: a fresh invitation that works.
    const again = await invite(client, email);
    await server.client('agency').data(ACCEPT, { t: again.token, n: 'Second Try', p: 'a-long-enough-passphrase' });
    expect(await statusOf(again.id)).toBe('ACTIVE');
  });

  it('refuses to resend or revoke the invitation of someone who has joined, naming the id', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const colleague = await createTeamMember(server, agency);
    for (const query of [RESEND, REVOKE]) {
      const result = await client.request(query, { id: colleague.id });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(errorField(result)).toBe('id');
    }
    expect(await statusOf(colleague.id)).toBe('ACTIVE');
  });

  it('lets exactly one of a revocation and an acceptance racing on the same invitation through', async () => {
    const { client } = await signedInAgencyMember(server);
    const { id, token } = await invite(client, uniqueEmail('racing-invite'));
    const [revoked, accepted] = await Promise.all([client.request(REVOKE, { id }), server.client('agency').request(ACCEPT, { t: token, n: 'Quick Joiner', p: 'a-long-enough-passphrase' })]);
    expect([revoked, accepted].filter((r) => !r.errors)).toHaveLength(1);
    expect(await statusOf(id)).toBe(accepted.errors ? null : 'ACTIVE');
  });
});

describe('removing a member', () => {
  it('disables the member, ends their sessions at once and refuses their password from then on', async () => {
    const { agency, member, client } = await signedInAgencyMember(server);
    const colleague = await createTeamMember(server, agency);
    const colleagueBrowser = server.client('agency');
    await colleagueBrowser.data(LOGIN, { e: colleague.email, p: PASSWORD });
    const secondBrowser = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: colleague.id, agencyId: agency.id });
    expect((await colleagueBrowser.data<{ viewer: { role: string } | null }>(VIEWER)).viewer?.role).toBe('AGENCY_MEMBER');

    expect((await client.data<{ removeTeamMember: boolean }>(REMOVE, { id: colleague.id })).removeTeamMember).toBe(true);

    // Their very next requests are signed out, in every browser they used.
    for (const browser of [colleagueBrowser, secondBrowser]) {
      expect((await browser.data<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
      expect(errorCode(await browser.request(TEAM))).toBe('UNAUTHENTICATED');
    }
    const open = await server.db.execute<{ n: number }>(
      sql`select count(*)::int as n from sessions where principal_id = ${colleague.id} and revoked_at is null`,
    );
    expect(open[0]?.n).toBe(0);
    expect(errorField(await server.client('agency').request(LOGIN, { e: colleague.email, p: PASSWORD }))).toBe('password');
    expect((await team(client)).find((m) => m.id === colleague.id)).toMatchObject({ status: 'DISABLED', viewerCanRemove: false });
    expect(await auditActions(colleague.id)).toContain('team_member.remove');
    // The remover is still signed in.
    expect((await team(client)).find((m) => m.id === member.id)?.status).toBe('ACTIVE');
  });

  it('ends a removed member’s unused password-reset link', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const colleague = await createTeamMember(server, agency);
    await server.client('agency').data(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: colleague.email });
    const mail = await server.inbox.waitFor(colleague.email, { subject: /reset/i });
    await client.data(REMOVE, { id: colleague.id });
    const result = await server.client('agency').request(`mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { id } }`, {
      t: tokenIn(mail),
      p: 'a-brand-new-passphrase',
    });
    expect(errorField(result)).toBe('token');
  });

  it('refuses removing yourself, with the message on the id', async () => {
    const { agency, member, client } = await signedInAgencyMember(server);
    await createTeamMember(server, agency);
    const result = await client.request(REMOVE, { id: member.id });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('id');
    expect(result.errors?.[0]?.message).toBe('You cannot remove yourself.');
    expect(await statusOf(member.id)).toBe('ACTIVE');
  });

  it('refuses removing the last active member, and the list offers no Remove for them', async () => {
    const agency = await createAgency(server);
    const last = await createTeamMember(server, agency);
    // A remover who is no longer active themselves (their own removal committed while their request was
    // under way: the state the race below reaches) finds only one active member left.
    const remover = await createTeamMember(server, agency);
    await server.db.execute(sql`update team_members set status = 'DISABLED' where id = ${remover.id}`);
    const removerBrowser = await sessionClient(server, { principalType: 'AGENCY_MEMBER', principalId: remover.id, agencyId: agency.id });
    const result = await removerBrowser.request(REMOVE, { id: last.id });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(errorField(result)).toBe('id');
    expect(result.errors?.[0]?.message).toBe('You cannot remove the last active member of the team.');
    expect(await statusOf(last.id)).toBe('ACTIVE');
    expect((await team(removerBrowser)).find((m) => m.id === last.id)?.viewerCanRemove).toBe(false);
  });

  it('refuses removing an invited person (revoke instead) and someone already removed', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const { id: invitedId } = await invite(client, uniqueEmail('not-joined'));
    const invited = await client.request(REMOVE, { id: invitedId });
    expect(errorField(invited)).toBe('id');
    expect(invited.errors?.[0]?.message).toMatch(/revoke their invitation/);
    const colleague = await createTeamMember(server, agency);
    await createTeamMember(server, agency);
    await client.data(REMOVE, { id: colleague.id });
    const again = await client.request(REMOVE, { id: colleague.id });
    expect(errorField(again)).toBe('id');
    expect(again.errors?.[0]?.message).toBe('This person was already removed.');
  });

  it('of two members removing each other at the same moment, exactly one succeeds and one stays active', async () => {
    for (let round = 0; round < 3; round += 1) {
      const agency = await createAgency(server);
      const a = await signedInMemberOf(server, agency);
      const b = await signedInMemberOf(server, agency);
      const results = await Promise.all([a.client.request(REMOVE, { id: b.member.id }), b.client.request(REMOVE, { id: a.member.id })]);
      expect(results.filter((r) => !r.errors), JSON.stringify(results)).toHaveLength(1);
      // The other was refused as the last active member, or (arriving once the first had committed) as signed out.
      const refused = results.find((r) => r.errors)!;
      if (errorCode(refused) === 'UNAUTHENTICATED') expect(refused.errors).toHaveLength(1);
      else expect([errorCode(refused), errorField(refused), refused.errors?.[0]?.message]).toEqual(['BAD_USER_INPUT', 'id', 'You cannot remove the last active member of the team.']);
      const statuses = [await statusOf(a.member.id), await statusOf(b.member.id)].sort();
      expect(statuses).toEqual(['ACTIVE', 'DISABLED']);
    }
  });

  it('of two removals of the same member at the same moment, one records it', async () => {
    const agency = await createAgency(server);
    const [a, b] = [await signedInMemberOf(server, agency), await signedInMemberOf(server, agency)];
    const target = await createTeamMember(server, agency);
    const results = await Promise.all([a.client.request(REMOVE, { id: target.id }), b.client.request(REMOVE, { id: target.id })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect((await auditActions(target.id)).filter((action) => action === 'team_member.remove')).toHaveLength(1);
  });
});

describe('another agency', () => {
  it('sees none of the team and changes nothing in it: every id answers NOT_FOUND', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    const colleague = await createTeamMember(server, agency);
    const invitedEmail = uniqueEmail('walled');
    const { id: invitedId, token } = await invite(client, invitedEmail);
    const { client: outsider } = await signedInAgencyMember(server);

    const seen = (await team(outsider)).map((m) => m.email);
    expect(seen).not.toContain(colleague.email);
    expect(seen).not.toContain(invitedEmail);
    for (const [query, id] of [[REMOVE, colleague.id], [RESEND, invitedId], [REVOKE, invitedId]] as const) {
      expect(errorCode(await outsider.request(query, { id }))).toBe('NOT_FOUND');
    }
    // Inviting another agency's member's email is answered as a fresh address would be, and listed as
    // the outsider's own pending invitation like a fresh one: it reveals no one (decision 0025).
    const freshEmail = uniqueEmail('fresh');
    const fresh = await outsider.request(INVITE, { e: freshEmail });
    expect(await outsider.request(INVITE, { e: colleague.email })).toEqual(fresh);
    const listed = await team(outsider);
    const shapeOf = (email: string) => {
      const { id: _id, email: _email, invitedAt: _at, ...rest } = listed.find((m) => m.email === email)!;
      return rest;
    };
    expect(shapeOf(colleague.email)).toEqual(shapeOf(freshEmail));

    expect(await statusOf(colleague.id)).toBe('ACTIVE');
    expect(await statusOf(invitedId)).toBe('INVITED');
    expect(server.inbox.to(invitedEmail)).toHaveLength(1);
    expect((await server.client('agency').data<{ teamInvitation: { email: string } | null }>(INVITATION, { t: token })).teamInvitation?.email).toBe(invitedEmail);
  });

  it('answers NOT_FOUND for an id that is not a UUID', async () => {
    const { client } = await signedInAgencyMember(server);
    expect(errorCode(await client.request(REMOVE, { id: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });
});
