// The parts of a certificate that need no server: the snapshot, the signing key, and the PDF's bytes.
import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import { loadConfig } from '../src/config.js';
import { renderCertificatePdf } from '../src/modules/certificates/certificate-pdf.js';
import { certificateSigningKey, signBytes, signingKeyFromSeed, signingSeedFromConfig, verifyBytes } from '../src/modules/certificates/certificate-signing.js';
import { buildCertificateSnapshot, certificateFileNameOf, signedBytesOf, type CertificateFacts, type CertificateSnapshot } from '../src/modules/certificates/certificate-snapshot.js';
import { qrCodeTextOfPdf } from './support/pdf-qr.js';
import { signedByJwk, signedContentOfPdf } from './support/pdf-signature.js';

const FACTS: CertificateFacts = {
  number: 'CL-2026-7K3QX9MD',
  issuedAt: new Date('2026-11-21T03:30:00.000Z'),
  timeZone: 'America/Los_Angeles',
  verificationUrl: 'https://coverline.example/facility/verify/CL-2026-7K3QX9MD',
  kid: '0123456789abcdef',
  agency: { name: 'Acme Staffing' },
  contractor: { firstName: 'Avery', lastName: 'Nguyen', addressLine1: '418 Maple Avenue', city: 'Columbus', state: 'OH', postalCode: '43215' },
  jobCode: { code: '8810', title: 'Clerical office employees' },
  workState: 'OH',
  assignment: {
    jobName: 'Patient intake',
    clientEntity: 'Mercy Health Partners',
    description: 'Front-desk intake for the outpatient wing.',
    effectiveDate: '2026-12-01',
    endDate: '2027-02-28',
  },
  facility: { name: 'Mercy General Hospital', addressLine1: '1500 Harbor Street', city: 'Columbus', state: 'OH', postalCode: '43210' },
  policies: [
    {
      coverageType: 'WORKERS_COMPENSATION',
      insurerName: 'Keystone Workers Mutual',
      insurerNaic: '24811',
      policyNumber: 'KWM-WC-2026-00932',
      limits: {
        workersCompensation: 'STATUTORY',
        employersLiabilityEachAccidentCents: 1_000_000_00,
        employersLiabilityDiseaseEachEmployeeCents: 1_000_000_00,
        employersLiabilityDiseasePolicyLimitCents: 1_000_000_00,
      },
    },
    {
      coverageType: 'GENERAL_LIABILITY',
      insurerName: 'Harborline Casualty Company',
      insurerNaic: '31542',
      policyNumber: 'HCC-GL-2026-00417',
      limits: { eachOccurrenceCents: 1_000_000_00, generalAggregateCents: 2_000_000_00, productsCompletedOperationsAggregateCents: 2_000_000_00 },
    },
  ],
};

describe('buildCertificateSnapshot', () => {
  it("dates the certificate in the agency's time zone and orders coverage GL first", () => {
    const snapshot = buildCertificateSnapshot(FACTS);
    expect(snapshot.issuedAt).toBe('2026-11-21T03:30:00.000Z');
    expect(snapshot.issueDate).toBe('2026-11-20');
    expect(snapshot.coverages.map((c) => c.coverageType)).toEqual(['GENERAL_LIABILITY', 'WORKERS_COMPENSATION']);
    expect(snapshot.operations.description).toContain('Work classified as Clerical office employees, job code 8810.');
    expect(snapshot.operations.description).toContain('at Mercy General Hospital (Columbus, OH), worked in Ohio, from 12/01/2026 to 02/28/2027.');
  });

  it('gives one insurer letter to an insurer that writes both coverages', () => {
    const sameInsurer = { ...FACTS, policies: FACTS.policies.map((p) => ({ ...p, insurerName: 'One Mutual', insurerNaic: '11111' })) };
    const snapshot = buildCertificateSnapshot(sameInsurer);
    expect(snapshot.insurers).toEqual([{ letter: 'A', name: 'One Mutual', naic: '11111' }]);
    expect(snapshot.coverages.map((c) => c.insurer)).toEqual(['A', 'A']);
  });

  it('refuses a policy without a limit the certificate must state', () => {
    const missing = { ...FACTS, policies: [{ ...FACTS.policies[1]!, limits: { eachOccurrenceCents: 1_000_000_00 } }] };
    expect(() => buildCertificateSnapshot(missing)).toThrow('policy HCC-GL-2026-00417 has no general aggregate limit (limits.generalAggregateCents, in cents)');
  });

  it('names the file after the insured, the effective date and the number', () => {
    expect(certificateFileNameOf(buildCertificateSnapshot(FACTS))).toBe('Nguyen-Avery-2026-12-01-CL-2026-7K3QX9MD.pdf');
  });
});

describe('the signing key', () => {
  it('turns a 32-byte seed into the Ed25519 key of RFC 8032 (test 1)', () => {
    const key = signingKeyFromSeed(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
    expect(Buffer.from(key.jwk.x, 'base64url').toString('hex')).toBe('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    expect(sign(null, Buffer.alloc(0), key.privateKey).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    expect(key.kid).toMatch(/^[0-9a-f]{16}$/);
  });

  it('uses CERTIFICATE_SIGNING_KEY when set, and otherwise derives the same key from SECRET_KEY every time', () => {
    const seed = Buffer.alloc(32, 7);
    const configured = loadConfig({ NODE_ENV: 'test', CERTIFICATE_SIGNING_KEY: seed.toString('base64') });
    expect(signingSeedFromConfig(configured).equals(seed)).toBe(true);
    expect(signingSeedFromConfig(loadConfig({ NODE_ENV: 'test', CERTIFICATE_SIGNING_KEY: seed.toString('base64url') })).equals(seed)).toBe(true);

    const a = loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'a'.repeat(40) });
    const b = loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'b'.repeat(40) });
    expect(certificateSigningKey(a).kid).toBe(signingKeyFromSeed(signingSeedFromConfig(loadConfig({ NODE_ENV: 'test', SECRET_KEY: 'a'.repeat(40) }))).kid);
    expect(certificateSigningKey(a).kid).not.toBe(certificateSigningKey(b).kid);
  });

  it('refuses a signature made by another key or over other bytes', () => {
    const key = signingKeyFromSeed(Buffer.alloc(32, 1));
    const other = signingKeyFromSeed(Buffer.alloc(32, 2));
    const signature = sign(null, Buffer.from('certificate'), key.privateKey).toString('base64url');
    expect(verifyBytes(key, Buffer.from('certificate'), signature)).toBe(true);
    expect(verifyBytes(other, Buffer.from('certificate'), signature)).toBe(false);
    expect(verifyBytes(key, Buffer.from('certificatf'), signature)).toBe(false);
    expect(verifyBytes(key, Buffer.from('certificate'), 'too-short')).toBe(false);
  });
});

const TEST_KEY = signingKeyFromSeed(Buffer.alloc(32, 1));
const renderSigned = (snapshot: CertificateSnapshot) => renderCertificatePdf(snapshot, signBytes(TEST_KEY, signedBytesOf(snapshot)));

describe('renderCertificatePdf', () => {
  it('renders the same snapshot to identical bytes, twice in a row', async () => {
    const snapshot = buildCertificateSnapshot(FACTS);
    const first = await renderSigned(snapshot);
    const second = await renderSigned(structuredClone(snapshot));
    expect(first.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(second.equals(first)).toBe(true);
  });

  it('carries the signed snapshot and its signature, which check out with the public key alone', async () => {
    const snapshot = buildCertificateSnapshot(FACTS);
    const signed = signedContentOfPdf(await renderSigned(snapshot));
    expect(signed).not.toBeNull();
    expect(JSON.parse(signed!.content.toString('utf8'))).toEqual(snapshot);
    expect(signedByJwk(signed!, TEST_KEY.jwk)).toBe(true);
    expect(signedByJwk(signed!, signingKeyFromSeed(Buffer.alloc(32, 2)).jwk)).toBe(false);
    const altered = Buffer.from(signed!.content.toString('utf8').replace('Avery Nguyen', 'Avery Nguyem'), 'utf8');
    expect(signedByJwk({ ...signed!, content: altered }, TEST_KEY.jwk)).toBe(false);
  });

  it('fixes the document dates to the issue time, so the document ID is fixed too', async () => {
    const pdf = (await renderSigned(buildCertificateSnapshot(FACTS))).toString('latin1');
    expect(pdf.match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20261121033000Z)', '(D:20261121033000Z)']);
    expect(pdf).toMatch(/\/ID \[<[0-9a-f]{32}> <[0-9a-f]{32}>\]/);
  });

  it('gives different bytes for a different certificate', async () => {
    const a = await renderSigned(buildCertificateSnapshot(FACTS));
    const b = await renderSigned(buildCertificateSnapshot({ ...FACTS, number: 'CL-2026-7K3QX9ME' }));
    expect(a.equals(b)).toBe(false);
  });

  it('keeps a long description of operations to one page', async () => {
    const long = { ...FACTS, assignment: { ...FACTS.assignment, description: 'Sets up, runs and packs the equipment. '.repeat(60) } };
    const pdf = (await renderSigned(buildCertificateSnapshot(long))).toString('latin1');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(1);
  });

  it('draws the QR code as vector squares, with no image in the file', async () => {
    const pdf = (await renderSigned(buildCertificateSnapshot(FACTS))).toString('latin1');
    expect(pdf).not.toContain('/Subtype /Image');
  });

  it('has a QR code that a phone reads as the verification address, printed or on screen', async () => {
    for (const number of ['CL-2026-7K3QX9MD', 'CL-2026-0000000000000000']) {
      const snapshot = buildCertificateSnapshot({ ...FACTS, number, verificationUrl: `https://coverline.example/facility/verify/${number}` });
      const pdf = await renderSigned(snapshot);
      // About a screen's resolution, and a printer's draft mode.
      expect(qrCodeTextOfPdf(pdf, 96)).toBe(snapshot.verificationUrl);
      expect(qrCodeTextOfPdf(pdf, 200)).toBe(snapshot.verificationUrl);
    }
  });
});

// pdfkit is patched (patches/pdfkit@0.20.2.patch) to parse a standard font's metrics once per process
// and keep each text's measure and operator.
describe("the certificate's fonts", () => {
  it('measure kerned text exactly as the unpatched library did, in each font a certificate uses', () => {
    const doc = new PDFDocument();
    const widths = ['Helvetica', 'Helvetica-Bold', 'Times-Italic'].map((font) => doc.font(font).fontSize(10).widthOfString('AVATAR Yo. To, LT Wave'));
    // Figures of pdfkit 0.20.2 as released; without kerning "AV", "Yo", "To", "LT" and "Wa" would be wider.
    expect(widths).toEqual([106.17, 111.23, 98.75]);
  });

  it('write kerned text with the operators the unpatched library wrote, the first time and from what it keeps', async () => {
    const textOperatorsOf = async () => {
      const doc = new PDFDocument({ compress: false });
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise((resolve) => doc.on('end', resolve));
      for (const font of ['Helvetica', 'Helvetica-Bold', 'Times-Italic']) doc.font(font).fontSize(10).text('AVATAR Yo. To, LT Wave', 50, 50, { lineBreak: false });
      doc.end();
      await ended;
      return Buffer.concat(chunks).toString('latin1').match(/\[.*\] TJ/g);
    };
    // pdfkit 0.20.2 as released: a glyph run, then its kerning in thousandths of the font size.
    const released = [
      '[<41> 70 <56> 80 <41> 120 <54> 120 <415220> 90 <59> 140 <6f> 40 <2e> 60 <20> 50 <54> 120 <6f> 40 <2c204c> 110 <5420> 40 <57> 40 <61> 20 <76> 25 <65> 0] TJ',
      '[<41> 80 <56> 80 <41> 90 <54> 90 <415220> 120 <59> 100 <6f2e> 40 <20> 100 <54> 80 <6f2c> 40 <204c> 90 <5420> 80 <57> 40 <61> 15 <7665> 0] TJ',
      '[<41> 105 <56> 60 <41> 37 <54> 50 <415220> 75 <59> 92 <6f2e20> 18 <54> 92 <6f2c204c> 20 <5420> 40 <57> 92 <617665> 0] TJ',
    ];
    expect(await textOperatorsOf()).toEqual(released);
    expect(await textOperatorsOf()).toEqual(released);
  });

  it('share one parse of their metrics between documents', () => {
    const metricsOf = (doc: PDFKit.PDFDocument) => (doc.font('Helvetica') as unknown as { _font: { font: { kernPairs: unknown } } })._font.font.kernPairs;
    expect(metricsOf(new PDFDocument())).toBe(metricsOf(new PDFDocument()));
  });
});
