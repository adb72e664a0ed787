import 'reflect-metadata';
import postgres from 'postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { CompanyOverviewStore } from '../src/modules/company-overview/company-overview.store.js';
import { ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS, WAGE_BUCKET_EDGES_CENTS } from '@coverline/domain';

const pg = postgres(process.env.PG_URL ?? 'postgres://postgres:coverline@127.0.0.1:55431/coverline', { max: 1 });
const [agency] = await pg`select agency_id from assignments group by agency_id order by count(*) desc limit 1`;
let captured: SQL | null = null;
const context = {
  scope: { tenant: async () => ({ kind: 'AGENCY', agencyId: agency!.agency_id }) },
  db: async () => ({ execute: async (query: SQL) => { captured = query; return [{}]; } }),
} as never;
const store = new CompanyOverviewStore(context);
const range = process.env.FROM ? { from: process.env.FROM, to: process.env.TO ?? null } : { from: null, to: null };
await store.figures({ range, granularity: 'MONTH', wageEdgesCents: WAGE_BUCKET_EDGES_CENTS, lengthEdgesDays: ASSIGNMENT_LENGTH_BUCKET_EDGES_DAYS, openOptInBefore: new Date(Date.now() - 2 * 86400000) });
const query = new PgDialect().sqlToQuery(captured!);
const rows = await pg.unsafe(`explain (analyze, buffers, costs off) ${query.sql}`, query.params as never[]);
console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
await pg.end();
