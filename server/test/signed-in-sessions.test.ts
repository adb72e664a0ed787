// A process keeps the viewers of session tokens it has just seen for a few seconds (SESSION_CACHE_MS):
// what it ends itself stops at once, what another process ends (a change straight in the database
// here) within that window, and one token never signs in as anyone or anywhere else.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, facilityGrants } from '../src/db/schema.js';
import { SignedInSessions, type SignedInSession } from '../src/modules/auth/signed-in-sessions.js';
import { errorCode } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { createAgency, createFacility, signedInFacilityUser, signedInMemberOf } from './factories/index.js';

const VIEWER = '{ viewer { role email facilities { id } } }';
const HUB = 'query($f: ID!) { facilityAssignments(facilityId: $f, first: 5) { totalCount } }';
const REVOKE = 'mutation($f: ID!, $u: ID!) { revokeFacilityAccess(facilityId: $f, facilityUserId: $u) }';
type ViewerAnswer = { viewer: { role: string; email: string; facilities: { id: string }[] } | null };

let server: TestServer;
let cacheWindowMs: number;
beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  cacheWindowMs = server.coverline.deps.config.sessionCache.ttlMs;
});
afterAll(async () => server?.stop());

async function agencyWithFacilities(count: number) {
  const agency = await createAgency(server);
  const facilities = [];
  for (let i = 0; i < count; i++) facilities.push(await createFacility(server, agency));
  return { agency, facilities };
}

describe('signed-in sessions kept by the process', () => {
  it('stops honouring a session revoked by another process within the window, and a logout at once', async () => {
    const { facilities } = await agencyWithFacilities(1);
    const { client, user } = await signedInFacilityUser(server, facilities);
    expect((await client.data<ViewerAnswer>(VIEWER)).viewer?.email).toBe(user.email);

    await server.db.update(sessions).set({ revokedAt: server.clock.now() }).where(eq(sessions.principalId, user.id));
    // Within the window the process still knows the session as it was…
    expect((await client.data<ViewerAnswer>(VIEWER)).viewer?.email).toBe(user.email);
    server.clock.advance(cacheWindowMs);
    // …and past it, the revocation holds.
    expect((await client.data<ViewerAnswer>(VIEWER)).viewer).toBeNull();

    const again = await signedInFacilityUser(server, facilities);
    const token = again.client.cookie('coverline_facility')!;
    expect((await again.client.data<ViewerAnswer>(VIEWER)).viewer?.email).toBe(again.user.email);
    await again.client.data('mutation { logout }');
    const replay = server.client('facility');
    replay.setCookie('coverline_facility', token);
    expect((await replay.data<ViewerAnswer>(VIEWER)).viewer).toBeNull();
  });

  it('takes a facility away at once when its grant is removed here, and within the window when removed elsewhere', async () => {
    const { agency, facilities } = await agencyWithFacilities(2);
    const [kept, removedHere] = facilities as [(typeof facilities)[0], (typeof facilities)[0]];
    const { client, user } = await signedInFacilityUser(server, facilities);
    const rep = (await signedInMemberOf(server, agency)).client;
    for (const facility of facilities) expect((await client.data<{ facilityAssignments: { totalCount: number } }>(HUB, { f: facility.id })).facilityAssignments.totalCount).toBe(0);

    await rep.data(REVOKE, { f: removedHere.id, u: user.id });
    expect(errorCode(await client.request(HUB, { f: removedHere.id }))).toBe('NOT_FOUND');
    expect((await client.data<ViewerAnswer>(VIEWER)).viewer?.facilities.map((facility) => facility.id)).toEqual([kept.id]);

    await server.db.update(facilityGrants).set({ revokedAt: server.clock.now() }).where(eq(facilityGrants.facilityUserId, user.id));
    server.clock.advance(cacheWindowMs);
    expect(errorCode(await client.request(HUB, { f: kept.id }))).toBe('NOT_FOUND');
  });

  it('rotates a due token once, and keeps the replaced token only for its grace period', async () => {
    const { facilities } = await agencyWithFacilities(1);
    const { client } = await signedInFacilityUser(server, facilities);
    const first = client.cookie('coverline_facility')!;
    await client.data(VIEWER);
    server.clock.advance(20 * 60_000);
    await client.data(VIEWER);
    const second = client.cookie('coverline_facility')!;
    expect(second).not.toBe(first);
    // The same process at once: the replaced token is known as replaced, not rotated a second time.
    const stale = server.client('facility');
    stale.setCookie('coverline_facility', first);
    expect((await stale.data<ViewerAnswer>(VIEWER)).viewer).not.toBeNull();
    expect(stale.lastSetCookies).toEqual([]);
    server.clock.advance(2 * 60_000);
    expect((await stale.data<ViewerAnswer>(VIEWER)).viewer).toBeNull();
    expect((await client.data<ViewerAnswer>(VIEWER)).viewer).not.toBeNull();
  });

  it("never signs a token in to another app, nor answers one viewer's request with another's", async () => {
    const one = await agencyWithFacilities(1);
    const other = await agencyWithFacilities(1);
    const first = await signedInFacilityUser(server, one.facilities);
    const second = await signedInFacilityUser(server, other.facilities);
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([first.client.data<ViewerAnswer>(VIEWER), second.client.data<ViewerAnswer>(VIEWER)]);
      expect(a.viewer).toEqual({ role: 'FACILITY_USER', email: first.user.email, facilities: [{ id: one.facilities[0]!.id }] });
      expect(b.viewer).toEqual({ role: 'FACILITY_USER', email: second.user.email, facilities: [{ id: other.facilities[0]!.id }] });
      expect(errorCode(await first.client.request(HUB, { f: other.facilities[0]!.id }))).toBe('NOT_FOUND');
    }
    const asAgency = server.client('agency');
    asAgency.setCookie('coverline_agency', first.client.cookie('coverline_facility')!);
    expect((await asAgency.data<ViewerAnswer>(VIEWER)).viewer).toBeNull();
  });
});

describe(SignedInSessions.name, () => {
  const at = new Date('2026-01-01T00:00:00Z');
  const later = (ms: number) => new Date(at.getTime() + ms);
  const session = (id: string, validUntil = later(3600_000)): SignedInSession => ({
    viewer: { kind: 'AGENCY_MEMBER', agencyId: 'a', teamMemberId: `member-${id}`, sessionId: id },
    tenant: { kind: 'AGENCY', agencyId: 'a' },
    sessionId: id,
    principalId: `member-${id}`,
    currentToken: true,
    rotatedAt: at,
    validUntil,
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const cache = new SignedInSessions({ ttlMs: 5_000, maxEntries: 2 });
    for (const id of ['one', 'two']) cache.remember(id, session(id), { now: at, generation: cache.generation });
    expect(cache.recall('one', at)?.sessionId).toBe('one');
    cache.remember('three', session('three'), { now: at, generation: cache.generation });
    expect(cache.size).toBe(2);
    expect(cache.recall('two', at)).toBeNull();
    expect(cache.recall('one', at)?.sessionId).toBe('one');
    expect(cache.recall('three', at)?.sessionId).toBe('three');
  });

  it('forgets an entry after ttlMs, or sooner when the session itself ends', () => {
    const cache = new SignedInSessions({ ttlMs: 5_000, maxEntries: 10 });
    cache.remember('long', session('long'), { now: at, generation: cache.generation });
    cache.remember('ending', session('ending', later(1_000)), { now: at, generation: cache.generation });
    expect(cache.recall('ending', later(999))?.sessionId).toBe('ending');
    expect(cache.recall('ending', later(1_000))).toBeNull();
    expect(cache.recall('long', later(4_999))?.sessionId).toBe('long');
    expect(cache.recall('long', later(5_000))).toBeNull();
  });

  it('does not keep a lookup that began before a forget, which may have read what was just revoked', () => {
    const cache = new SignedInSessions({ ttlMs: 5_000, maxEntries: 10 });
    const generation = cache.generation;
    cache.forget({ principalId: 'member-racing' });
    cache.remember('racing', session('racing'), { now: at, generation });
    expect(cache.recall('racing', at)).toBeNull();
  });

  it('forgets by session and by principal, and keeps nothing when switched off', () => {
    const cache = new SignedInSessions({ ttlMs: 5_000, maxEntries: 10 });
    for (const id of ['one', 'two']) cache.remember(id, session(id), { now: at, generation: cache.generation });
    cache.forget({ sessionId: 'one' });
    expect(cache.recall('one', at)).toBeNull();
    cache.forget({ principalId: 'member-two' });
    expect(cache.recall('two', at)).toBeNull();
    const off = new SignedInSessions({ ttlMs: 0, maxEntries: 10 });
    off.remember('one', session('one'), { now: at, generation: off.generation });
    expect(off.recall('one', at)).toBeNull();
  });
});
