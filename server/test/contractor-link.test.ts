import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueContractorLink } from '../src/modules/auth/contractor-link.service.js';
import { errorCode, errorField } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { asPlatform, createAgency, createContractor, signedInAgencyMember, signedInMemberOf } from './factories/index.js';

const SIGN_IN = `mutation($t: String!) {
  signInWithContractorLink(token: $t) { role email agency { id name } contractor { id firstName email } }
}`;
const VIEWER = `{ viewer { role contractor { id firstName email } agency { name } } }`;
const REVOKE = `mutation($id: ID!) { revokeContractorLinks(contractorId: $id) }`;

type SignedIn = {
  signInWithContractorLink: { role: string; email: string; agency: { id: string; name: string }; contractor: { id: string; firstName: string; email: string } };
};

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.stop());

/** A contractor of a fresh agency and the token of their sign-in link. */
async function contractorWithLink(agencyName?: string) {
  const agency = await createAgency(server, { name: agencyName });
  const contractor = await createContractor(server, agency, { firstName: 'Jordan' });
  const url = await asPlatform(server, (tx) => issueContractorLink(tx, server.coverline.deps, { agencyId: agency.id, contractorId: contractor.id }));
  const token = decodeURIComponent(url.split('/contractor/t/')[1] ?? '');
  return { agency, contractor, url, token };
}

async function expectRefused(token: string) {
  const client = server.client('contractor');
  const result = await client.request(SIGN_IN, { t: token });
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(errorField(result)).toBe('token');
  expect(client.cookie('coverline_contractor')).toBeUndefined();
}

describe('contractor sign-in links', () => {
  it('signs the contractor in as themselves, within their agency', async () => {
    const { agency, contractor, url, token } = await contractorWithLink('Summit Talent');
    expect(url).toMatch(/\/contractor\/t\/[A-Za-z0-9_-]{40,}$/);
    const client = server.client('contractor');
    const { signInWithContractorLink } = await client.data<SignedIn>(SIGN_IN, { t: token });
    expect(signInWithContractorLink).toEqual({
      role: 'CONTRACTOR',
      email: contractor.email,
      agency: { id: agency.id, name: 'Summit Talent' },
      contractor: { id: contractor.id, firstName: 'Jordan', email: contractor.email },
    });
    const { viewer } = await client.data<{ viewer: { role: string; contractor: { id: string }; agency: { name: string } } }>(VIEWER);
    expect(viewer).toMatchObject({ role: 'CONTRACTOR', contractor: { id: contractor.id }, agency: { name: 'Summit Talent' } });
  });

  it('works again from the same link (it is not single-use)', async () => {
    const { contractor, token } = await contractorWithLink();
    await server.client('contractor').data(SIGN_IN, { t: token });
    const second = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: token });
    expect(second.signInWithContractorLink.contractor.id).toBe(contractor.id);
  });

  it('signs in again from a browser still signed in, with more such sign-ins at once than the server has read connections', async () => {
    const { contractor, token } = await contractorWithLink();
    const signedIn = server.client('contractor');
    await signedIn.data(SIGN_IN, { t: token });
    // Each request reads its old session, then the new viewer: 25 at once against 10 read connections
    // only finish if a request gives back the first connection before it takes the next.
    const again = await Promise.all(Array.from({ length: 25 }, () => signedIn.data<SignedIn>(SIGN_IN, { t: token })));
    expect(again.map((result) => result.signInWithContractorLink.contractor.id)).toEqual(Array.from({ length: 25 }, () => contractor.id));
  });

  it('refuses an unknown link', async () => {
    await expectRefused('not-a-real-contractor-link-token-0123456789');
  });

  it("refuses the link once the agency revoked the contractor's links", async () => {
    const { agency, contractor, token } = await contractorWithLink();
    const { client: member } = await signedInMemberOf(server, agency);
    expect((await member.data<{ revokeContractorLinks: number }>(REVOKE, { id: contractor.id })).revokeContractorLinks).toBe(1);
    await expectRefused(token);
  });

  it('signs out whoever already opened a revoked link (e.g. the person it was forwarded to)', async () => {
    const { agency, contractor, token } = await contractorWithLink();
    const forwardedTo = server.client('contractor');
    await forwardedTo.data(SIGN_IN, { t: token });
    const { client: member } = await signedInMemberOf(server, agency);
    await member.data(REVOKE, { id: contractor.id });
    const { viewer } = await forwardedTo.data<{ viewer: unknown }>(VIEWER);
    expect(viewer).toBeNull();
  });

  it("answers NOT_FOUND to another agency revoking this contractor's links, and the link keeps working", async () => {
    const { contractor, token } = await contractorWithLink();
    const { client: outsider } = await signedInAgencyMember(server);
    const result = await outsider.request(REVOKE, { id: contractor.id });
    expect(errorCode(result)).toBe('NOT_FOUND');
    const again = await server.client('contractor').data<SignedIn>(SIGN_IN, { t: token });
    expect(again.signInWithContractorLink.contractor.id).toBe(contractor.id);
  });

  it("gives a signed-in contractor their own current link, which opens their opt-in form, and no one else's", async () => {
    const { contractor, url, token } = await contractorWithLink();
    const client = server.client('contractor');
    await client.data(SIGN_IN, { t: token });
    const { viewer } = await client.data<{ viewer: { contractor: { id: string; optInUrl: string | null } } }>('{ viewer { contractor { id optInUrl } } }');
    expect(viewer.contractor).toEqual({ id: contractor.id, optInUrl: url });
    const other = await contractorWithLink();
    const result = await client.request('query($id: ID!) { contractor(id: $id) { optInUrl } }', { id: other.contractor.id });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('does not let a signed-in contractor see the agency team', async () => {
    const { token } = await contractorWithLink();
    const client = server.client('contractor');
    await client.data(SIGN_IN, { t: token });
    const result = await client.request(`{ teamMembers { email } }`);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data?.teamMembers ?? null).toBeNull();
  });

  // Moves the clock 61 days: keep it last.
  it('refuses the link after its 60 days', async () => {
    const { token } = await contractorWithLink();
    await server.client('contractor').data(SIGN_IN, { t: token });
    server.clock.advance(61 * 24 * 3600_000);
    await expectRefused(token);
  });
});
