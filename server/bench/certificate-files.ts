// The Hub facility's certificates, and the files made of them. The newest `realCertificates` of its
// covered assignments get real certificates, issued as issueCertificate does (each its own number,
// snapshot of the row's contractor, job code, facility and covering master policy, Ed25519 signature
// and rendered PDF, by issueCertificate's own renderCertificate): rendering them is the "PDFs per second on one core" row, on this process's one
// thread, with its RSS before and after (after a warm-up, the cold process's growth printed apart). The facility's other assignments then get certificate rows
// carrying those real PDFs' bytes in turn (each row its own number, an empty snapshot): the ZIP rows
// stream stored bytes, and rendering 100,000 at ~10 ms each would take the seeding past its budget.
// Then the ZIP of the real ones (time to first byte, peak RSS growth) and, at full scale, one of
// 70,000 entries that `unzip -t` must pass.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CERTIFICATE_NUMBER_RANDOM_BYTES, formatCertificateNumber, todayInTimeZone } from '@coverline/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../src/db/client.js';
import { agencies, agencySettings, certificateNumbers, certificates, contractors, facilities, jobCategories, jobCodes, policies } from '../src/db/schema.js';
import type { ServerDependencies } from '../src/dependencies.js';
import { renderCertificate } from '../src/modules/certificates/certificate-issuing.js';
import type { PolicyFacts } from '../src/modules/certificates/certificate-snapshot.js';
import type { TargetTable } from './targets.js';

type Hub = { agencyId: string; facilityId: string };
type Recorder = (name: string, value: string) => void;
export type DateRange = { from: string; to: string };

/**
 * Certificates inserted a statement at a time: a batch's PDFs go to the driver as one message, and
 * 500 of them (6.5 MB) held the process's RSS ~100 MB up where 50 held it ~5 MB up (a probe of 10,000
 * renders alone grew 299 → 387 MB, with batches of 500 → 505 MB, of 50 → 377 MB).
 */
const INSERT_BATCH = 50;
/**
 * Renders before the count and the RSS start: the first thousand take a cold process to its working
 * size (compiled code, the heap's young generation, the allocator's arenas; +60–90 MB, printed apart),
 * after which RSS stays flat. The target is about what a warm server keeps growing by.
 */
const WARM_UP_RENDERS = 1_000;

/** The effective dates that hold the newest `count` (at least) of the facility's assignments: a ZIP's query. */
async function newestRange(db: Executor, hub: Hub, count: number): Promise<DateRange & { entries: number }> {
  const [range] = await db.execute<{ from: string; to: string; entries: number }>(sql`
    with newest as (select effective_date from assignments where agency_id = ${hub.agencyId} and facility_id = ${hub.facilityId} and status in ('COVERED', 'ENDED')
                    order by effective_date desc limit ${count})
    select min(effective_date)::text as "from", max(effective_date)::text as "to",
           (select count(*)::int from assignments where agency_id = ${hub.agencyId} and facility_id = ${hub.facilityId} and status in ('COVERED', 'ENDED')
            and effective_date >= (select min(effective_date) from newest)) as entries
    from newest`);
  if (!range) throw new Error('the Hub facility has no assignments');
  return range;
}

/**
 * Issues real certificates for the facility's newest `count` assignments, a range of dates (a few more
 * when its first day has more; the demo's own, already issued, among them), timing snapshot + sign +
 * render alone, and answers the range.
 */
export async function issueRealCertificates(db: Executor, deps: ServerDependencies, hub: Hub, count: number, targets: TargetTable, record: Recorder): Promise<DateRange & { entries: number }> {
  const range = await newestRange(db, hub, count);
  const rows = await db.execute<{ id: string; contractor_id: string; job_category_id: string; job_name: string; client_entity: string; description: string; effective_date: string; end_date: string }>(sql`
    select id, contractor_id, job_category_id, job_name, client_entity, description, effective_date::text, end_date::text from assignments
    where agency_id = ${hub.agencyId} and facility_id = ${hub.facilityId} and status in ('COVERED', 'ENDED') and effective_date >= ${range.from}
    and not exists (select 1 from certificates c where c.agency_id = assignments.agency_id and c.assignment_id = assignments.id)
    order by effective_date desc, id desc`);
  const [agency] = await db.select({ name: agencies.name, timeZone: agencySettings.timeZone }).from(agencies).innerJoin(agencySettings, eq(agencySettings.agencyId, agencies.id)).where(eq(agencies.id, hub.agencyId));
  const [facility] = await db.select().from(facilities).where(and(eq(facilities.agencyId, hub.agencyId), eq(facilities.id, hub.facilityId)));
  const people = new Map((await db.select().from(contractors).where(inArray(contractors.id, [...new Set(rows.map((row) => row.contractor_id))]))).map((row) => [row.id, row]));
  const categories = new Map(
    (
      await db
        .select({ id: jobCategories.id, coverageTypes: jobCategories.coverageTypes, workState: jobCategories.workState, code: jobCodes.code, title: jobCodes.title })
        .from(jobCategories)
        .innerJoin(jobCodes, eq(jobCodes.id, jobCategories.jobCodeId))
        .where(inArray(jobCategories.id, [...new Set(rows.map((row) => row.job_category_id))]))
    ).map((row) => [row.id, row]),
  );
  // The demo's master policies cover about a year; the Hub's five years get policies of their own, like them.
  await db.execute(sql`
    insert into policies (coverage_type, insurer_name, insurer_naic, policy_number, period_start, period_end, limits)
    select distinct on (coverage_type) coverage_type, insurer_name, insurer_naic, 'BENCH-' || policy_number, date '2020-01-01', date '2030-12-31', limits
    from policies order by coverage_type, period_start desc`);
  const masterPolicies = await db.select().from(policies);
  if (!agency || !facility) throw new Error('the Hub facility lacks its agency or settings');

  let issued: (typeof certificates.$inferInsert)[] = [];
  const insertIssued = async () => {
    if (issued.length === 0) return;
    const ids = await db.insert(certificates).values(issued).returning({ id: certificates.id, number: certificates.number });
    await db.insert(certificateNumbers).values(ids.map((row) => ({ number: row.number, agencyId: hub.agencyId, certificateId: row.id })));
    issued = [];
  };
  const certificateOf = (row: (typeof rows)[number], index: number) => {
    const contractor = people.get(row.contractor_id);
    const category = categories.get(row.job_category_id);
    if (!contractor || !category?.workState) throw new Error(`assignment ${row.id} lacks its contractor or job category`);
    const covering: PolicyFacts[] = category.coverageTypes.map((coverageType) => {
      const policy = masterPolicies.find((candidate) => candidate.coverageType === coverageType && candidate.periodStart <= row.effective_date && candidate.periodEnd >= row.end_date);
      if (!policy) throw new Error(`no ${coverageType} master policy covers ${row.effective_date} to ${row.end_date}`);
      return policy;
    });
    const issuedAt = new Date(`${row.effective_date}T09:00:00Z`);
    // Deterministic numbers: a run's ZIP names are the next run's.
    const random = createHash('sha256').update(`coverline-bench-certificate:${index}`).digest().subarray(0, CERTIFICATE_NUMBER_RANDOM_BYTES);
    const number = formatCertificateNumber(Number(todayInTimeZone(agency.timeZone, issuedAt).slice(0, 4)), random);
    return {
      number,
      issuedAt,
      timeZone: agency.timeZone,
      agency: { name: agency.name },
      contractor,
      jobCode: { code: category.code, title: category.title },
      workState: category.workState,
      assignment: { jobName: row.job_name, clientEntity: row.client_entity, description: row.description, effectiveDate: row.effective_date, endDate: row.end_date },
      facility,
      policies: covering,
    };
  };
  if (!rows[0]) throw new Error('the Hub facility has no assignment without a certificate');
  const cold = process.memoryUsage();
  for (let warmUp = 0; warmUp < WARM_UP_RENDERS; warmUp++) await renderCertificate(deps, certificateOf(rows[0], 0));
  let renderMs = 0;
  let bytes = 0;
  const before = process.memoryUsage();
  for (const [index, row] of rows.entries()) {
    const facts = certificateOf(row, index);
    const start = performance.now();
    const certificate = await renderCertificate(deps, facts);
    renderMs += performance.now() - start;
    bytes += certificate.pdf.length;
    issued.push({ agencyId: hub.agencyId, assignmentId: row.id, contractorId: row.contractor_id, facilityId: hub.facilityId, number: facts.number, status: 'VALID', issuedAt: facts.issuedAt, ...certificate, createdAt: facts.issuedAt });
    if (issued.length === INSERT_BATCH) await insertIssued();
  }
  await insertIssued();
  const after = process.memoryUsage();
  const rssGrowth = after.rss / before.rss - 1;
  const perSecond = rows.length / (renderMs / 1000);
  record(`certificates: snapshot + sign + PDF render of ${rows.length.toLocaleString('en-US')} real ones, one thread`, `${perSecond.toFixed(0)}/s (${(renderMs / rows.length).toFixed(2)} ms each), ${Math.round(bytes / rows.length)} B each`);
  const mb = (bytes: number) => (bytes / 1e6).toFixed(0);
  record(`certificates: RSS (JS heap) over ${WARM_UP_RENDERS.toLocaleString('en-US')} warm-up renders`, `${mb(cold.rss)} → ${mb(before.rss)} MB (${mb(cold.heapUsed)} → ${mb(before.heapUsed)} MB)`);
  record(`certificates: RSS (JS heap) over the counted renders, inserted ${INSERT_BATCH} at a time`, `${mb(before.rss)} → ${mb(after.rss)} MB (${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB)`);
  targets.add('certificate PDFs per second, one core', '≥ 400/s', `${perSecond.toFixed(0)}/s over ${rows.length.toLocaleString('en-US')}`, perSecond >= 400);
  targets.add(`RSS growth over ${rows.length.toLocaleString('en-US')} renders after ${WARM_UP_RENDERS.toLocaleString('en-US')} warm-up ones`, '≤ 10%', `${(rssGrowth * 100).toFixed(1)}%`, rssGrowth <= 0.1);
  return range;
}

/** Certificate rows for the facility's other covered assignments, carrying the real certificates' PDFs in turn. */
export async function fillCertificatesFromReal(db: Executor, hub: Hub): Promise<void> {
  await db.execute(sql`
    with real as (select pdf, pdf_sha256, (row_number() over (order by number) - 1)::int as k from certificates where agency_id = ${hub.agencyId} and facility_id = ${hub.facilityId}),
         missing as (select a.agency_id, a.id, a.contractor_id, a.facility_id, a.effective_date, row_number() over (order by a.effective_date, a.id) as n
                     from assignments a where a.agency_id = ${hub.agencyId} and a.facility_id = ${hub.facilityId} and a.status in ('COVERED', 'ENDED')
                     and not exists (select 1 from certificates c where c.agency_id = a.agency_id and c.assignment_id = a.id))
    insert into certificates (agency_id, assignment_id, contractor_id, facility_id, number, status, issued_at, snapshot, signature, pdf, pdf_sha256, created_at)
    select m.agency_id, m.id, m.contractor_id, m.facility_id, 'CL-BENCH-' || lpad(m.n::text, 8, '0'), 'VALID', m.effective_date + time '09:00', '{}'::jsonb, 'bench', real.pdf, real.pdf_sha256, m.effective_date + time '09:00'
    from missing m join real on real.k = m.n % (select count(*) from real)`);
  await db.execute(sql`insert into certificate_numbers (number, agency_id, certificate_id) select number, agency_id, id from certificates where number like 'CL-BENCH-%'`);
}

/** Reads the facility's ZIP of `range` to the end, sampling this process's RSS (the server runs in it). */
async function readZip(url: string, facilityId: string, headers: Record<string, string>, range: DateRange, into?: string) {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const start = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  const file = into ? fs.createWriteStream(into) : null;
  try {
    const response = await fetch(`${url}/facilities/${facilityId}/certificates.zip?effectiveFrom=${range.from}&effectiveTo=${range.to}`, { headers });
    if (!response.ok || !response.body) throw new Error(`certificate ZIP: ${response.status} ${await response.text()}`);
    for await (const chunk of response.body) {
      if (bytes === 0) firstByteMs = performance.now() - start;
      bytes += (chunk as Uint8Array).length;
      if (file && !file.write(chunk)) await new Promise<void>((resolve) => file.once('drain', () => resolve()));
    }
  } finally {
    clearInterval(sampler);
    if (file) await new Promise((resolve) => file.end(resolve));
  }
  return { seconds: (performance.now() - start) / 1000, firstByteMs, bytes, rssGrowthMb: (rssPeak - rssBefore) / 1e6 };
}

type ZipBench = { db: Executor; url: string; hub: Hub; headers: Record<string, string>; realRange: DateRange & { entries: number }; bigZipEntries: number | null; record: Recorder; targets: TargetTable };

export async function benchCertificateZips({ db, url, hub, headers, realRange, bigZipEntries, record, targets }: ZipBench): Promise<void> {
  const real = await readZip(url, hub.facilityId, headers, realRange);
  const label = `ZIP of ${realRange.entries.toLocaleString('en-US')} real certificates (${(real.bytes / 1e6).toFixed(1)} MB)`;
  record(label, `first byte ${real.firstByteMs.toFixed(0)} ms, all ${real.seconds.toFixed(1)} s, peak RSS +${real.rssGrowthMb.toFixed(1)} MB`);
  targets.add(`${label}: peak RSS growth`, '≤ 100 MB', `+${real.rssGrowthMb.toFixed(1)} MB`, real.rssGrowthMb <= 100);
  targets.add(`${label}: first byte`, '≤ 0.5 s', `${(real.firstByteMs / 1000).toFixed(2)} s`, real.firstByteMs <= 500);

  if (bigZipEntries === null) {
    targets.add('ZIP of 70,000 entries passes `unzip -t`', 'passes', 'skipped at small scale', null);
    return;
  }
  const bigRange = await newestRange(db, hub, bigZipEntries);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coverline-bench-zip-'));
  try {
    const file = path.join(dir, 'certificates.zip');
    const big = await readZip(url, hub.facilityId, headers, bigRange, file);
    const test = spawnSync('unzip', ['-tqq', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const listed = spawnSync('unzip', ['-Z1', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const entries = listed.stdout.split('\n').filter(Boolean).length;
    const passed = test.status === 0 && entries === bigRange.entries;
    record(`ZIP of ${bigRange.entries.toLocaleString('en-US')} certificates (${(big.bytes / 1e6).toFixed(0)} MB)`, `${big.seconds.toFixed(1)} s, peak RSS +${big.rssGrowthMb.toFixed(0)} MB; unzip -t ${test.status === 0 ? 'passes' : 'FAILS'}, ${entries.toLocaleString('en-US')} entries`);
    targets.add(`ZIP of ${bigRange.entries.toLocaleString('en-US')} entries passes \`unzip -t\``, 'passes', passed ? `passes, ${entries.toLocaleString('en-US')} entries` : `fails: ${(test.stdout + test.stderr).slice(0, 200)}`, passed);
    if (!passed) throw new Error(`the ZIP of ${bigRange.entries} certificates is broken: unzip -t ${test.status}, ${entries} entries: ${(test.stdout + test.stderr).slice(0, 500)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
