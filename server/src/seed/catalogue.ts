// The default job-code catalogue: the state factors, job codes and their rates per state and coverage
// type, loaded from the CSV files in ./data (copied from shared/data/job-codes; see data/PROVENANCE.md).
// It is platform data, not demo data: it is loaded whenever the catalogue is empty.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type InfoRecord } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { stateWcRate, US_STATES, type CoverageType } from '@coverline/domain';
import type { Executor } from '../db/client.js';
import { jobCodeRates, jobCodes, stateRateFactors } from '../db/schema.js';

const DATA_DIR = new URL('./data/', import.meta.url);
const JOB_CODES_FILE = 'job-codes.csv';
const STATE_FACTORS_FILE = 'state-factors.csv';
/** Rows per INSERT statement: ~3,200 rates in a few statements, far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 1000;
/** Serialises concurrent boots on one database: only one of them loads the catalogue. */
const CATALOGUE_LOCK = 'coverline:default-catalogue';

const decimal = z.string().regex(/^\d+(\.\d+)?$/, 'expected a decimal number such as 1.25').transform(Number);
const positiveDecimal = decimal.refine((n) => n > 0, 'must be greater than zero');

const jobCodeRowSchema = z.object({
  job_code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug such as hospital-professional'),
  title: z.string().trim().min(1, 'is empty'),
  description: z.string().trim().min(1, 'is empty'),
  wc_class_code: z.string().regex(/^\d{4}$/, 'expected a 4-digit NCCI class code'),
  gl_class_code: z.string().regex(/^\d{5}$/, 'expected a 5-digit ISO class code'),
  wc_base_rate_per_100: positiveDecimal,
  gl_rate_per_1000: positiveDecimal,
  min_premium_cents: z.string().regex(/^\d+$/, 'expected a whole number of cents').transform(Number),
});

const stateFactorRowSchema = z.object({
  state: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter state code'),
  name: z.string().trim().min(1, 'is empty'),
  wc_index: positiveDecimal.refine((n) => n < 100, 'is implausibly large'),
  monopolistic: z.enum(['true', 'false'], { error: 'expected true or false' }).transform((v) => v === 'true'),
});

export type CatalogueJobCode = z.infer<typeof jobCodeRowSchema>;
export type CatalogueStateFactor = z.infer<typeof stateFactorRowSchema>;
export type DefaultCatalogue = { jobCodes: CatalogueJobCode[]; stateFactors: CatalogueStateFactor[] };

class CatalogueFileError extends Error {
  constructor(file: string, line: number | null, message: string) {
    super(`Default catalogue ${fileURLToPath(new URL(file, DATA_DIR))}${line === null ? '' : `, line ${line}`}: ${message}`);
    this.name = 'CatalogueFileError';
  }
}

type Located<T> = { line: number; value: T };

/** Parses and validates one shipped CSV file; any problem throws with the file and line. */
function readCsv<S extends z.ZodObject>(file: string, schema: S): Located<z.output<S>>[] {
  const text = readFileSync(new URL(file, DATA_DIR), 'utf8');
  const expectedColumns = Object.keys(schema.shape);
  let records: { record: Record<string, string>; info: InfoRecord }[];
  try {
    records = parse<{ record: Record<string, string>; info: InfoRecord }>(text, { columns: true, info: true, bom: true, trim: true });
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
    throw new CatalogueFileError(file, line, error instanceof Error ? error.message : String(error));
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = expectedColumns.filter((column) => !header.includes(column));
  if (records.length === 0) throw new CatalogueFileError(file, null, 'has no data rows');
  if (missing.length > 0) throw new CatalogueFileError(file, 1, `missing column(s) ${missing.join(', ')}`);
  let previousEnd = 1; // the header row
  return records.map(({ record, info }) => {
    const line = previousEnd + 1; // where the record starts (a quoted field may span lines)
    previousEnd = info.lines;
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'row'} ${issue.message}`).join('; ');
      throw new CatalogueFileError(file, line, problems);
    }
    return { line, value: parsed.data };
  });
}

/** Reads the shipped catalogue files and checks them as a whole (every state once, codes unique). */
export function readDefaultCatalogue(): DefaultCatalogue {
  const stateFactors = readCsv(STATE_FACTORS_FILE, stateFactorRowSchema);
  const names = new Map<string, string>(US_STATES.map((s) => [s.code, s.name]));
  const seen = new Set<string>();
  stateFactors.forEach(({ line, value: row }) => {
    if (!names.has(row.state)) throw new CatalogueFileError(STATE_FACTORS_FILE, line, `${row.state} is not a US state or DC`);
    if (names.get(row.state) !== row.name) {
      throw new CatalogueFileError(STATE_FACTORS_FILE, line, `${row.state} is ${names.get(row.state)}, not ${row.name}`);
    }
    if (seen.has(row.state)) throw new CatalogueFileError(STATE_FACTORS_FILE, line, `${row.state} appears twice`);
    seen.add(row.state);
  });
  const absent = [...names.keys()].filter((code) => !seen.has(code));
  if (absent.length > 0) throw new CatalogueFileError(STATE_FACTORS_FILE, null, `no row for ${absent.join(', ')}`);

  const jobCodeRows = readCsv(JOB_CODES_FILE, jobCodeRowSchema);
  const codes = new Set<string>();
  jobCodeRows.forEach(({ line, value: row }) => {
    if (codes.has(row.job_code)) throw new CatalogueFileError(JOB_CODES_FILE, line, `job code ${row.job_code} appears twice`);
    codes.add(row.job_code);
  });
  return { jobCodes: jobCodeRows.map((r) => r.value), stateFactors: stateFactors.map((r) => r.value) };
}

type RateRow = typeof jobCodeRates.$inferInsert;

/**
 * The rate rows of the catalogue, per PROVENANCE.md "How to use": WC per $100 of wage is the base rate
 * times the state's WC index, with no minimum premium (the minimum applies to GL only); GL per $1,000
 * of wage carries no state factor and the job code's minimum premium.
 */
export function catalogueRates(
  jobCode: Pick<CatalogueJobCode, 'wc_base_rate_per_100' | 'gl_rate_per_1000' | 'min_premium_cents'> & { id: string },
  stateFactors: readonly { state: string; wcIndex: number }[],
): RateRow[] {
  return stateFactors.flatMap(({ state, wcIndex }) => {
    const wc: RateRow = {
      jobCodeId: jobCode.id,
      state,
      coverageType: 'WORKERS_COMPENSATION' satisfies CoverageType,
      rate: stateWcRate(jobCode.wc_base_rate_per_100, wcIndex),
      minimumPremiumCents: 0,
    };
    const gl: RateRow = {
      jobCodeId: jobCode.id,
      state,
      coverageType: 'GENERAL_LIABILITY' satisfies CoverageType,
      rate: jobCode.gl_rate_per_1000,
      minimumPremiumCents: jobCode.min_premium_cents,
    };
    return [gl, wc];
  });
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Loads the default catalogue (state factors, job codes, their rates for every state and coverage
 * type) in one transaction when `job_codes` is empty. Returns true if it loaded.
 */
export async function loadDefaultCatalogueIfEmpty(executor: Executor): Promise<boolean> {
  const [existing] = await executor.select({ id: jobCodes.id }).from(jobCodes).limit(1);
  if (existing) return false;
  const catalogue = readDefaultCatalogue(); // a malformed shipped file fails here, before any write
  return executor.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${CATALOGUE_LOCK}))`);
    const [loadedMeanwhile] = await tx.select({ id: jobCodes.id }).from(jobCodes).limit(1);
    if (loadedMeanwhile) return false;

    // Factors an operator already keeps are left as they are, and the WC rates use them.
    await tx
      .insert(stateRateFactors)
      .values(catalogue.stateFactors.map((f) => ({ state: f.state, name: f.name, wcIndex: f.wc_index, monopolisticWc: f.monopolistic })))
      .onConflictDoNothing({ target: stateRateFactors.state });
    const factors = await tx.select({ state: stateRateFactors.state, wcIndex: stateRateFactors.wcIndex }).from(stateRateFactors);

    const inserted = await tx
      .insert(jobCodes)
      .values(
        catalogue.jobCodes.map((row) => ({
          code: row.job_code,
          title: row.title,
          description: row.description,
          wcClassCode: row.wc_class_code,
          glClassCode: row.gl_class_code,
        })),
      )
      .returning({ id: jobCodes.id, code: jobCodes.code });
    const idByCode = new Map(inserted.map((row) => [row.code, row.id]));

    const rates = catalogue.jobCodes.flatMap((row) => {
      const id = idByCode.get(row.job_code);
      if (!id) throw new Error(`job code ${row.job_code} was not inserted`);
      return catalogueRates({ ...row, id }, factors);
    });
    for (const chunk of chunks(rates, INSERT_CHUNK)) await tx.insert(jobCodeRates).values(chunk);
    return true;
  });
}
