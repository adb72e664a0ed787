// Certificates of insurance end to end: issued when coverage binds, mailed as a PDF, verified by
// number (with a signature anyone can check from the published key), and downloadable only by the
// viewers allowed to see the assignment.
import { and, eq, sql } from 'drizzle-orm';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assignments, auditLog, certificateNumbers, certificates, contractors, facilityGrants } from '../src/db/schema.js';
import { BRAND_COLOR, type CoverageType } from '@coverline/domain';
import { issueCertificate, voidCertificate } from '../src/modules/certificates/certificate-issuing.js';
import { renderCertificatePdf } from '../src/modules/certificates/certificate-pdf.js';
import { loadConfig } from '../src/config.js';
import { VERIFICATION_WINDOW_SECONDS } from '../src/modules/certificates/certificates.service.js';
import type { CertificateSnapshot } from '../src/modules/certificates/certificate-snapshot.js';
import { toCertificate } from '../src/modules/certificates/certificate-presentation.js';
import { signedByJwk, signedContentOfPdf } from './support/pdf-signature.js';
import { httpGet } from './support/downloads.js';
import { startTestServer, OPERATOR_KEY, type TestServer } from './support/test-server.js';
import { approvedJobCategory, asPlatform, assignmentAwaitingOptIn, createAgency, createApiKey, createContractor, createFacility, createFacilityUser, createMasterPolicies, moveTo, sessionClient, sessionCookie, sessionHeaders, signedInMemberOf } from './factories/index.js';

// The next 10-byte draw (a certificate number's randomness) can be forced, to make two numbers clash.
const forcedDraw = vi.hoisted(() => ({ bytes: null as Buffer | null }));
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  const randomBytes = (size: number, ...rest: unknown[]) => {
    if (size === 10 && forcedDraw.bytes && rest.length === 0) {
      const bytes = forcedDraw.bytes;
      forcedDraw.bytes = null;
      return bytes;
    }
    return (actual.randomBytes as (...args: unknown[]) => Buffer)(size, ...rest);
  };
  return { ...actual, randomBytes, default: { ...actual, randomBytes } };
});

/** The 10 bytes whose Crockford base32 is the random part of `number` (its four groups of four). */
function drawOf(number: string): Buffer {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const bits = [...number.slice('CL-2026-'.length).replace(/-/g, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('');
  return Buffer.from(Array.from({ length: 10 }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8), 2)));
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await createMasterPolicies(server);
});
afterAll(async () => server?.stop());

const VERIFY = `query($n: String!) {
  verifyCertificate(number: $n) {
    status number contractorName effectiveDate endDate coverageTypes issuedAt voidedAt holderName agencyName signatureValid
  }
}`;

type Verification = {
  status: string;
  number: string | null;
  contractorName: string | null;
  effectiveDate: string | null;
  endDate: string | null;
  coverageTypes: string[] | null;
  issuedAt: string | null;
  voidedAt: string | null;
  holderName: string | null;
  agencyName: string | null;
  signatureValid: boolean;
};

// ---------------------------------------------------------------- what every test here starts from

/** An assignment on a real job code of the catalogue, waiting for its opt-in, ready to become COVERED. */
async function readyAssignment(setup: Setup, overrides: { effectiveDate?: string; endDate?: string; coverageTypes?: CoverageType[] } = {}) {
  const category = await approvedJobCategory(server, { id: setup.agencyId }, { coverageTypes: overrides.coverageTypes ?? ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'], workState: 'OH' });
  const assignment = await assignmentAwaitingOptIn(server, {
    ...setup,
    jobCategoryId: category.id,
    clientEntity: 'Meta',
    jobName: 'Spring campaign shoot',
    description: 'Sets up lighting and camera rigs for a two-day product shoot. Packs the equipment afterwards.',
    effectiveDate: overrides.effectiveDate ?? '2026-12-01',
    endDate: overrides.endDate ?? '2026-12-04',
  });
  return { assignment, jobCode: category.jobCode };
}

type Setup = { agencyId: string; contractorId: string; facilityId?: string | null };

/** Binds coverage the way the product does (the status change issues the certificate) and returns the stored row. */
async function cover(agencyId: string, assignmentId: string) {
  await moveTo(server, { agencyId, id: assignmentId }, 'COVERED');
  const row = await server.db.query.certificates.findFirst({ where: and(eq(certificates.agencyId, agencyId), eq(certificates.assignmentId, assignmentId), eq(certificates.status, 'VALID')) });
  if (!row) throw new Error('no certificate was issued');
  return row;
}

/** The certificate an assignment shows (the valid one, else the latest voided one). */
function shownCertificate(assignmentId: string) {
  return asPlatform(server, async (tx) => {
    const row = await tx.stores.certificates.forAssignment(assignmentId);
    return row && toCertificate(server.coverline.deps, row);
  });
}

/** A covered assignment at a facility, with its certificate. */
async function coveredAtFacility() {
  const agency = await createAgency(server, { name: `Acme ${Math.random().toString(36).slice(2, 6)}` });
  const facility = await createFacility(server, agency, { name: 'Mercy General' });
  const named = await createContractor(server, agency, { firstName: 'José', lastName: 'Núñez' });
  const [contractor] = await server.db
    .update(contractors)
    .set({ addressLine1: '418 Maple Avenue', city: 'Columbus', postalCode: '43215' })
    .where(and(eq(contractors.agencyId, agency.id), eq(contractors.id, named.id)))
    .returning();
  if (!contractor) throw new Error('no contractor');
  const { assignment, jobCode } = await readyAssignment({ agencyId: agency.id, contractorId: contractor.id, facilityId: facility.id });
  const certificate = await cover(agency.id, assignment.id);
  return { agency, facility, contractor, assignment, jobCode, certificate };
}

/** Sorted keys, no whitespace: written here again so the check does not lean on the server's code. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The PDF's text as poppler's pdftotext reads it (.ci/run installs poppler-utils). */
function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf });
  if (result.error) throw result.error;
  return result.stdout.toString('utf8');
}

const CHECKS_PER_ADDRESS = loadConfig({}).certificateChecksPerAddress;

const download = (number: string, headers: Record<string, string> = {}) => httpGet(server, `/certificates/${number}.pdf`, headers);


// ---------------------------------------------------------------- issuing

describe('issuing a certificate when coverage binds', () => {
  it('stores a signed snapshot and its PDF, records the audit entry, and mails the PDF to the contractor', async () => {
    const { agency, contractor, assignment, jobCode, certificate } = await coveredAtFacility();
    // 80 random bits: a number cannot be guessed at the public verification page.
    expect(certificate.number).toMatch(/^CL-\d{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    expect(certificate.status).toBe('VALID');
    expect(certificate.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(certificate.pdfSha256).toBe(createHash('sha256').update(certificate.pdf).digest('hex'));

    const snapshot = certificate.snapshot as CertificateSnapshot;
    expect(snapshot.number).toBe(certificate.number);
    expect(snapshot.insured).toMatchObject({ name: 'José Núñez', addressLines: ['418 Maple Avenue', 'Columbus, OH 43215'] });
    expect(snapshot.holder.name).toBe('Mercy General');
    expect(snapshot.insurers).toEqual([
      { letter: 'A', name: 'Testbed Casualty Insurance Co.', naic: '90417' },
      { letter: 'B', name: 'Testbed Workers Mutual', naic: '90932' },
    ]);
    expect(snapshot.coverages.map((c) => [c.coverageType, c.insurer, c.policyNumber, c.effectiveDate, c.endDate])).toEqual([
      ['GENERAL_LIABILITY', 'A', 'TEST-GL-00417', '2026-12-01', '2026-12-04'],
      ['WORKERS_COMPENSATION', 'B', 'TEST-WC-00932', '2026-12-01', '2026-12-04'],
    ]);
    expect(snapshot.coverages[0]?.limits).toEqual([
      { label: 'Each occurrence', amountCents: 1_500_000_00 },
      { label: 'General aggregate', amountCents: 3_000_000_00 },
      { label: 'Products-completed ops aggregate', amountCents: 2_500_000_00 },
    ]);
    expect(snapshot.coverages[1]?.limits.map((l) => l.label)).toEqual([
      "Workers' compensation",
      'E.L. each accident',
      'E.L. disease, each employee',
      'E.L. disease, policy limit',
    ]);
    expect(snapshot.operations).toMatchObject({ jobCode: jobCode.code, jobName: 'Spring campaign shoot', clientEntity: 'Meta', facilityName: 'Mercy General', workState: 'OH' });
    expect(snapshot.verificationUrl).toBe(`${server.coverline.deps.config.publicUrl}/facility/verify/${certificate.number}`);

    const [audit] = await server.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'certificate.issue'), eq(auditLog.targetId, certificate.id)));
    expect(audit).toMatchObject({ agencyId: agency.id, actorType: 'SYSTEM', targetType: 'certificate' });

    const mail = await server.inbox.waitFor(contractor.email, { subject: /certificate of insurance/i });
    expect(mail.subject).toBe('Your certificate of insurance for Spring campaign shoot');
    expect(mail.text).toContain(certificate.number);
    expect(mail.text).toContain(`/facility/verify/${certificate.number}`);
    // The mail writes dates and colours as the apps do (decision 0030); the PDF keeps MM/DD/YYYY.
    expect(mail.text).toContain('for Meta, Dec 1 – Dec 4, 2026.');
    expect(mail.text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\d{2}\/\d{2}\/\d{4}/);
    expect(mail.html).toContain(`background:${BRAND_COLOR}`);
    expect(mail.html).not.toContain('#0b6e4f');
    expect(mail.attachments).toEqual([
      { filename: `Nunez-Jose-2026-12-01-${certificate.number}.pdf`, contentType: 'application/pdf', size: certificate.pdf.length },
    ]);
    expect(await shownCertificate(assignment.id)).toEqual({
      id: certificate.id,
      number: certificate.number,
      status: 'VALID',
      issuedAt: certificate.issuedAt,
      downloadUrl: `${server.coverline.deps.config.publicUrl}/certificates/${certificate.number}.pdf`,
      verifyUrl: `${server.coverline.deps.config.publicUrl}/facility/verify/${certificate.number}`,
    });
  });

  it('prints the facts of the certificate in the PDF', async () => {
    const { certificate } = await coveredAtFacility();
    const text = pdfText(certificate.pdf);
    for (const expected of [
      'Certificate of Liability Insurance',
      certificate.number,
      'José Núñez',
      'Testbed Casualty Insurance Co.',
      '90417',
      'TEST-GL-00417',
      'TEST-WC-00932',
      '12/01/2026',
      '12/04/2026',
      '$1,500,000',
      '$3,000,000',
      '$500,000',
      'Statutory limits',
      'Mercy General',
      'Spring campaign shoot',
      `/facility/verify/${certificate.number}`,
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Every date on the certificate in the one ACORD form, none as the apps write them or as ISO dates.
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it('renders the stored snapshot again to exactly the stored bytes, every time', async () => {
    const { certificate } = await coveredAtFacility();
    const snapshot = certificate.snapshot as CertificateSnapshot;
    const first = await renderCertificatePdf(snapshot, certificate.signature);
    const second = await renderCertificatePdf(snapshot, certificate.signature);
    expect(second.equals(first)).toBe(true);
    expect(first.equals(certificate.pdf)).toBe(true);
  });

  it('names the client as the certificate holder when the assignment has no facility, and lists only the coverage of the category', async () => {
    const agency = await createAgency(server);
    const contractor = await createContractor(server, agency);
    const { assignment } = await readyAssignment({ agencyId: agency.id, contractorId: contractor.id }, { coverageTypes: ['GENERAL_LIABILITY'] });
    const certificate = await cover(agency.id, assignment.id);
    const snapshot = certificate.snapshot as CertificateSnapshot;
    expect(snapshot.holder).toEqual({ name: 'Meta', addressLines: [] });
    expect(snapshot.operations.facilityName).toBeNull();
    expect(snapshot.coverages.map((c) => c.coverageType)).toEqual(['GENERAL_LIABILITY']);
    expect(snapshot.insurers).toHaveLength(1);
  });

  it('refuses to bind coverage that no master policy covers, and writes nothing', async () => {
    const agency = await createAgency(server);
    const contractor = await createContractor(server, agency);
    const { assignment } = await readyAssignment({ agencyId: agency.id, contractorId: contractor.id }, { effectiveDate: '2099-12-30', endDate: '2100-01-05' });
    await expect(moveTo(server, assignment, 'COVERED')).rejects.toThrow(/Coverage cannot bind without a policy/);
    const after = await server.db.query.assignments.findFirst({ where: and(eq(assignments.agencyId, agency.id), eq(assignments.id, assignment.id)) });
    expect(after?.status).toBe('AWAITING_OPT_IN');
    expect(await server.db.query.certificates.findFirst({ where: eq(certificates.assignmentId, assignment.id) })).toBeUndefined();
  });

  it('issues a new certificate with a new number once the valid one is voided, and lists the new one for the assignment', async () => {
    const { agency, assignment, certificate: first } = await coveredAtFacility();
    const deps = server.coverline.deps;
    const second = await asPlatform(server, async (tx) => {
      await voidCertificate(tx, deps, { agencyId: agency.id, assignmentId: assignment.id }, 'The assignment was extended.');
      return issueCertificate(tx, deps, { agencyId: agency.id, assignmentId: assignment.id });
    });
    expect(second.number).not.toBe(first.number);
    expect(await shownCertificate(assignment.id)).toMatchObject({ id: second.id, number: second.number, status: 'VALID' });
    const anonymous = server.client('facility');
    expect((await anonymous.data<{ verifyCertificate: Verification }>(VERIFY, { n: first.number })).verifyCertificate.status).toBe('VOID');
    expect((await anonymous.data<{ verifyCertificate: Verification }>(VERIFY, { n: second.number })).verifyCertificate.status).toBe('VALID');
  });

  it('draws another number when a drawn number is already taken, in the same transaction', async () => {
    const { assignment, certificate: existing } = await coveredAtFacility();
    const other = await coveredAtFacility();
    const deps = server.coverline.deps;
    forcedDraw.bytes = drawOf(existing.number);
    const reissued = await asPlatform(server, async (tx) => {
      await voidCertificate(tx, deps, { agencyId: other.agency.id, assignmentId: other.assignment.id }, 'Reissued.');
      return issueCertificate(tx, deps, { agencyId: other.agency.id, assignmentId: other.assignment.id });
    });
    expect(forcedDraw.bytes).toBeNull();
    expect(reissued.number).not.toBe(existing.number);
    expect(await shownCertificate(assignment.id)).toMatchObject({ number: existing.number, status: 'VALID' });
    expect(await shownCertificate(other.assignment.id)).toMatchObject({ number: reissued.number, status: 'VALID' });
  });

  it('refuses a second valid certificate for the same assignment', async () => {
    const { agency, assignment } = await coveredAtFacility();
    await expect(
      asPlatform(server, (tx) => issueCertificate(tx, server.coverline.deps, { agencyId: agency.id, assignmentId: assignment.id })),
    ).rejects.toThrow(/already has the valid certificate/);
  });
});

// ---------------------------------------------------------------- verifying

describe('verifyCertificate', () => {
  it('answers VALID with the facts of the certificate and a signature that checks out, to anyone', async () => {
    const { agency, certificate } = await coveredAtFacility();
    const anonymous = server.client('facility');
    const { verifyCertificate } = await anonymous.data<{ verifyCertificate: Verification }>(VERIFY, { n: certificate.number });
    expect(verifyCertificate).toEqual({
      status: 'VALID',
      number: certificate.number,
      contractorName: 'José Núñez',
      effectiveDate: '2026-12-01',
      endDate: '2026-12-04',
      coverageTypes: ['GENERAL_LIABILITY', 'WORKERS_COMPENSATION'],
      issuedAt: certificate.issuedAt.toISOString(),
      voidedAt: null,
      holderName: 'Mercy General',
      agencyName: agency.name,
      signatureValid: true,
    });
  });

  it('reads a number typed in lower case or with O for zero', async () => {
    const { certificate } = await coveredAtFacility();
    const [, year, ...groups] = certificate.number.split('-');
    // Lower case, O for zero, l for one, and the groups run together.
    const typed = `cl-${year}-${groups.join('').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')}`;
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: Verification }>(VERIFY, { n: `  ${typed} ` });
    expect(verifyCertificate.status).toBe('VALID');
    expect(verifyCertificate.number).toBe(certificate.number);
  });

  it('answers VOID for a voided certificate, with its facts', async () => {
    const { certificate } = await coveredAtFacility();
    const voidedAt = new Date('2026-11-30T12:00:00.000Z');
    await server.db.update(certificates).set({ status: 'VOID', voidedAt, voidReason: 'The assignment was cancelled.' }).where(eq(certificates.id, certificate.id));
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: Verification }>(VERIFY, { n: certificate.number });
    expect(verifyCertificate).toMatchObject({ status: 'VOID', number: certificate.number, contractorName: 'José Núñez', voidedAt: voidedAt.toISOString(), signatureValid: true });
  });

  it.each(['CL-2020-00000000', 'CL-2020-0000-0000-0000-0000', 'not a number', '', 'CL-2026-AAAA'.padEnd(64, 'A')])('answers NOT_FOUND with no facts for %j', async (number) => {
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: Verification }>(VERIFY, { n: number });
    expect(verifyCertificate).toEqual({
      status: 'NOT_FOUND',
      number: null,
      contractorName: null,
      effectiveDate: null,
      endDate: null,
      coverageTypes: null,
      issuedAt: null,
      voidedAt: null,
      holderName: null,
      agencyName: null,
      signatureValid: false,
    });
  });

  it('refuses a number longer than any certificate number with BAD_USER_INPUT on number', async () => {
    const result = await server.client('facility').request(VERIFY, { n: 'CL-2026-'.padEnd(65, 'A') });
    expect([result.errors?.[0]?.extensions?.code, result.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'number']);
  });

  it('still finds a certificate numbered before numbers had 80 random bits (CL-2026-7K3QX9MD)', async () => {
    const { certificate } = await coveredAtFacility();
    const legacyNumber = `CL-2025-${certificate.id.replace(/[^0-9]/g, '').padEnd(8, '7').slice(0, 8)}`;
    await server.db.update(certificates).set({ number: legacyNumber }).where(eq(certificates.id, certificate.id));
    await server.db.update(certificateNumbers).set({ number: legacyNumber }).where(eq(certificateNumbers.certificateId, certificate.id));
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: Verification }>(VERIFY, { n: legacyNumber.toLowerCase() });
    expect(verifyCertificate).toMatchObject({ status: 'VALID', number: legacyNumber, contractorName: 'José Núñez' });
  });

  it(`answers RATE_LIMITED with Retry-After past ${CHECKS_PER_ADDRESS} checks from one address in ${VERIFICATION_WINDOW_SECONDS / 60} minutes, numbers that are none included`, async () => {
    const { certificate } = await coveredAtFacility();
    const anonymous = server.client('facility');
    await server.db.execute(sql`delete from rate_limit_buckets where key like 'verify-certificate:%'`);
    try {
      for (let check = 0; check < CHECKS_PER_ADDRESS; check++) {
        const result = await anonymous.request(VERIFY, { n: check === 0 ? certificate.number : `CL-2026-${String(check).padStart(8, '0')}` });
        expect(result.errors).toBeUndefined();
      }
      const over = await anonymous.exchange(VERIFY, { n: certificate.number });
      expect(over.result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(over.result.status).toBe(429);
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(over.result.data?.verifyCertificate ?? null).toBeNull();
    } finally {
      await server.db.execute(sql`delete from rate_limit_buckets where key like 'verify-certificate:%'`);
    }
  });

  it('reports a signature that no longer matches when the stored content was altered', async () => {
    const { certificate } = await coveredAtFacility();
    await server.db
      .update(certificates)
      .set({ snapshot: sql`jsonb_set(${certificates.snapshot}, '{holder,name}', '"Somewhere Else"')` })
      .where(eq(certificates.id, certificate.id));
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: Verification }>(VERIFY, { n: certificate.number });
    expect(verifyCertificate).toMatchObject({ status: 'VALID', holderName: 'Somewhere Else', signatureValid: false });
  });

  it('a PDF downloaded from the certificate link carries a signature that checks out with the published key, for a certificate verified VALID', async () => {
    const { agency, certificate } = await coveredAtFacility();
    const member = await signedInMemberOf(server, agency);
    const downloaded = await download(certificate.number, await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.member.id, agencyId: agency.id }));
    expect(downloaded.status).toBe(200);

    const signed = signedContentOfPdf(downloaded.body);
    expect(signed).not.toBeNull();
    const { keys } = (await (await fetch(`${server.url}/.well-known/coverline-certificate-keys.json`)).json()) as { keys: { x: string }[] };
    expect(signedByJwk(signed!, keys[0]!)).toBe(true);

    const claimed = JSON.parse(signed!.content.toString('utf8')) as CertificateSnapshot;
    expect(claimed.number).toBe(certificate.number);
    const { verifyCertificate } = await server.client('facility').data<{ verifyCertificate: Verification }>(VERIFY, { n: claimed.number });
    expect(verifyCertificate).toMatchObject({ status: 'VALID', contractorName: claimed.insured.name, effectiveDate: claimed.operations.effectiveDate, signatureValid: true });

    // Someone who edits the holder in the file cannot keep the signature.
    const forged = Buffer.from(signed!.content.toString('utf8').replace('Mercy General', 'Mercy Generak'), 'utf8');
    expect(forged.equals(signed!.content)).toBe(false);
    expect(signedByJwk({ ...signed!, content: forged }, keys[0]!)).toBe(false);
  });

  it('signs the canonical snapshot with the key published at the well-known URL, checkable with node:crypto alone', async () => {
    const { certificate } = await coveredAtFacility();
    const response = await fetch(`${server.url}/.well-known/coverline-certificate-keys.json`);
    expect(response.status).toBe(200);
    const { keys } = (await response.json()) as { keys: { kty: string; crv: string; x: string; kid: string; use: string; alg: string }[] };
    expect(keys).toHaveLength(1);
    const jwk = keys[0]!;
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', use: 'sig', alg: 'EdDSA' });
    expect(jwk.kid).toBe(createHash('sha256').update(Buffer.from(jwk.x, 'base64url')).digest('hex').slice(0, 16));
    const snapshot = certificate.snapshot as CertificateSnapshot;
    expect(snapshot.signature).toEqual({ alg: 'EdDSA', kid: jwk.kid });

    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    const signature = Buffer.from(certificate.signature, 'base64url');
    expect(verify(null, Buffer.from(canonical(snapshot), 'utf8'), publicKey, signature)).toBe(true);
    const altered = { ...snapshot, insured: { ...snapshot.insured, name: 'Someone Else' } };
    expect(verify(null, Buffer.from(canonical(altered), 'utf8'), publicKey, signature)).toBe(false);
  });
});

// ---------------------------------------------------------------- downloading

describe('downloading a certificate', () => {
  let fixture: Awaited<ReturnType<typeof coveredAtFacility>>;
  let notFound: Awaited<ReturnType<typeof download>>;
  beforeAll(async () => {
    fixture = await coveredAtFacility();
    notFound = await download('CL-2020-00000000');
  });

  async function expectPdf(headers: Record<string, string>) {
    const response = await download(fixture.certificate.number, headers);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="Nunez-Jose-2026-12-01-${fixture.certificate.number}.pdf"`);
    expect(response.headers.get('cache-control')).toContain('private');
    expect(response.body.equals(fixture.certificate.pdf)).toBe(true);
  }

  async function expectNotFound(headers: Record<string, string>, number = fixture.certificate.number) {
    const response = await download(number, headers);
    expect(response.status).toBe(404);
    expect(response.body.equals(notFound.body)).toBe(true);
  }

  it('answers an unknown number with 404', () => {
    expect(notFound.status).toBe(404);
  });

  it("serves the PDF to a member of the assignment's agency, with the agency cookie and no app header", async () => {
    const member = await signedInMemberOf(server, fixture.agency);
    await expectPdf(await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.member.id, agencyId: fixture.agency.id }));
  });

  it('answers a member of another agency exactly as for a number that does not exist', async () => {
    const other = await createAgency(server);
    const member = await signedInMemberOf(server, other);
    await expectNotFound(await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.member.id, agencyId: other.id }));
  });

  it("serves the agency's API key, not another agency's key nor the operator's", async () => {
    const mine = await createApiKey((await signedInMemberOf(server, fixture.agency)).client);
    await expectPdf({ authorization: `Bearer ${mine}` });
    await expectNotFound({ authorization: `Bearer ${OPERATOR_KEY}` });
    const other = await createAgency(server);
    const theirs = await createApiKey((await signedInMemberOf(server, other)).client);
    await expectNotFound({ authorization: `Bearer ${theirs}` });
  });

  it("serves a facility user granted the assignment's facility, not one of another facility or whose grant was revoked", async () => {
    const granted = await createFacilityUser(server, [fixture.facility]);
    await expectPdf(await sessionHeaders(server, { principalType: 'FACILITY_USER', principalId: granted.id, agencyId: null }));

    const elsewhere = await createFacility(server, fixture.agency, { name: 'Mercy West' });
    const otherUser = await createFacilityUser(server, [elsewhere]);
    await expectNotFound(await sessionHeaders(server, { principalType: 'FACILITY_USER', principalId: otherUser.id, agencyId: null }));

    const revoked = await createFacilityUser(server, [fixture.facility]);
    await server.db.update(facilityGrants).set({ revokedAt: new Date() }).where(eq(facilityGrants.facilityUserId, revoked.id));
    await expectNotFound(await sessionHeaders(server, { principalType: 'FACILITY_USER', principalId: revoked.id, agencyId: null }));
  });

  it('serves the contractor it insures, not another contractor of the same agency', async () => {
    await expectPdf(await sessionHeaders(server, { principalType: 'CONTRACTOR', principalId: fixture.contractor.id, agencyId: fixture.agency.id }));
    const other = await createContractor(server, fixture.agency);
    await expectNotFound(await sessionHeaders(server, { principalType: 'CONTRACTOR', principalId: other.id, agencyId: fixture.agency.id }));
  });

  it("lists a contractor's own certificates on their page, whose links download for them and not for another covered contractor", async () => {
    const other = await coveredAtFacility();
    const client = await sessionClient(server, { principalType: 'CONTRACTOR', principalId: fixture.contractor.id, agencyId: fixture.agency.id });
    const { viewer } = await client.data<{ viewer: { contractor: { assignments: { certificates: { number: string; status: string; downloadUrl: string; verifyUrl: string }[] }[] } } }>(
      '{ viewer { contractor { assignments { certificates { number status downloadUrl verifyUrl } } } } }',
    );
    expect(viewer.contractor.assignments.flatMap((assignment) => assignment.certificates)).toEqual([
      {
        number: fixture.certificate.number,
        status: 'VALID',
        downloadUrl: `${server.coverline.deps.config.publicUrl}/certificates/${fixture.certificate.number}.pdf`,
        verifyUrl: `${server.coverline.deps.config.publicUrl}/facility/verify/${fixture.certificate.number}`,
      },
    ]);
    const mine = await sessionHeaders(server, { principalType: 'CONTRACTOR', principalId: fixture.contractor.id, agencyId: fixture.agency.id });
    await expectPdf(mine);
    await expectNotFound(mine, other.certificate.number);
    const theirs = await sessionHeaders(server, { principalType: 'CONTRACTOR', principalId: other.contractor.id, agencyId: other.agency.id });
    expect((await download(other.certificate.number, theirs)).status).toBe(200);
    await expectNotFound(theirs);
  });

  it('serves a browser signed in to every app through the one that may see it, with more such downloads at once than the server has read connections', async () => {
    const stranger = await signedInMemberOf(server, await createAgency(server));
    const elsewhere = await createFacilityUser(server, [await createFacility(server, fixture.agency, { name: 'Mercy East' })]);
    const cookies = await Promise.all([
      sessionCookie(server, { principalType: 'AGENCY_MEMBER', principalId: stranger.member.id, agencyId: stranger.member.agencyId }),
      sessionCookie(server, { principalType: 'FACILITY_USER', principalId: elsewhere.id, agencyId: null }),
      sessionCookie(server, { principalType: 'CONTRACTOR', principalId: fixture.contractor.id, agencyId: fixture.agency.id }),
    ]);
    // Each download tries the agency's and the facility's viewer before the contractor's: 25 at once
    // against 10 read connections only finish if none holds one connection while it waits for the next.
    const responses = await Promise.all(Array.from({ length: 25 }, () => download(fixture.certificate.number, { cookie: cookies.map((c) => c.header).join('; ') })));
    expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 25 }, () => 200));
    expect(responses.every((response) => response.body.equals(fixture.certificate.pdf))).toBe(true);
  });

  it('answers 404 to a signed-out visitor, a made-up cookie, and a session cookie under the wrong app name', async () => {
    await expectNotFound({});
    await expectNotFound({ cookie: 'coverline_agency=not-a-session' });
    const member = await signedInMemberOf(server, fixture.agency);
    const { cookie } = await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.member.id, agencyId: fixture.agency.id });
    await expectNotFound({ cookie: cookie.replace('coverline_agency=', 'coverline_facility=') });
  });

  it('answers 404 for a malformed number even to the agency', async () => {
    const member = await signedInMemberOf(server, fixture.agency);
    const headers = await sessionHeaders(server, { principalType: 'AGENCY_MEMBER', principalId: member.member.id, agencyId: fixture.agency.id });
    await expectNotFound(headers, 'CL-2026-UUUUUUUU');
    await expectNotFound(headers, '..%2F..%2Fetc%2Fpasswd');
  });

  it('still serves a voided certificate to those who may see it', async () => {
    const { agency, contractor, certificate } = await coveredAtFacility();
    await server.db.update(certificates).set({ status: 'VOID', voidedAt: new Date() }).where(eq(certificates.id, certificate.id));
    const response = await download(certificate.number, await sessionHeaders(server, { principalType: 'CONTRACTOR', principalId: contractor.id, agencyId: agency.id }));
    expect(response.status).toBe(200);
  });
});
