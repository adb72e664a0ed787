// Citus readiness (docs/decisions/0011): reads the catalog of a database migrated by the project's own
// migrations and checks what `create_reference_table` and `create_distributed_table(…, 'agency_id')`
// need, so the distribution migration can run when it is time without changing a key first.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISTRIBUTED, OUTSIDE_THE_MODEL, PLATFORM, REFERENCE } from './support/table-kinds.js';
import { startTestServer, type TestServer } from './support/test-server.js';

type Kind = 'tenant' | 'reference' | 'platform' | 'unclassified';

function kindOf(table: string): Kind {
  if (table in DISTRIBUTED) return 'tenant';
  if (REFERENCE.includes(table)) return 'reference';
  if (PLATFORM.includes(table)) return 'platform';
  return 'unclassified';
}

/** What Citus accepts between its table types (foreign_constraint.c), for the local tables we keep on the coordinator too. */
const ALLOWED_FOREIGN_KEYS = new Set(['tenant → tenant', 'tenant → reference', 'reference → reference', 'platform → reference', 'platform → platform']);

type ForeignKey = {
  name: string;
  from: string;
  to: string;
  fromColumns: string[];
  toColumns: string[];
  onUpdate: string;
  onDelete: string;
};

type UniqueIndex = { table: string; index: string; definition: string; primary: boolean; keyColumns: string[] };

let server: TestServer;
let sql: postgres.Sql;
let tables: string[];
let foreignKeys: ForeignKey[];

beforeAll(async () => {
  server = await startTestServer();
  sql = postgres(server.databaseUrl, { max: 1, onnotice: () => {} });
  const rows = await sql<{ name: string }[]>`
    select case when n.nspname = 'public' then c.relname::text else n.nspname || '.' || c.relname end as name
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'p') and not c.relispartition
      and n.nspname <> all (${['pg_catalog', 'information_schema', ...OUTSIDE_THE_MODEL]}::text[])
      and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
    order by 1`;
  tables = rows.map((row) => row.name);
  foreignKeys = await sql<ForeignKey[]>`
    select con.conname::text as name, src.relname::text as from, dst.relname::text as to,
      array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, i)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.i) as "fromColumns",
      array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, i)
            join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.i) as "toColumns",
      con.confupdtype::text as "onUpdate", con.confdeltype::text as "onDelete"
    from pg_constraint con
    join pg_class src on src.oid = con.conrelid join pg_namespace n on n.oid = src.relnamespace
    join pg_class dst on dst.oid = con.confrelid
    where con.contype = 'f' and con.conparentid = 0 and n.nspname = 'public'
    order by 1`;
});
afterAll(async () => {
  await sql?.end();
  await server?.stop();
});

const describeKey = (fk: ForeignKey) => `${fk.name}: ${fk.from}(${fk.fromColumns.join(', ')}) → ${fk.to}(${fk.toColumns.join(', ')})`;

describe('Citus readiness', () => {
  it('puts every table of the migrated database in exactly one of the three lists (tenant, reference, platform)', () => {
    const lists = [...Object.keys(DISTRIBUTED), ...REFERENCE, ...PLATFORM];
    const inTwoLists = lists.filter((table, i) => lists.indexOf(table) !== i);
    expect(inTwoLists, 'tables listed twice').toEqual([]);
    expect(
      tables.filter((table) => kindOf(table) === 'unclassified'),
      'tables the migrations create that no list names: add each to DISTRIBUTED, REFERENCE or PLATFORM (and to docs/decisions/0011)',
    ).toEqual([]);
    expect(
      lists.filter((table) => !tables.includes(table)),
      'listed tables the migrations do not create',
    ).toEqual([]);
  });

  it('lists every tenant and reference table after the tables it references, the order the distribution migration calls them in', () => {
    const order = [...REFERENCE, ...Object.keys(DISTRIBUTED)];
    const tooEarly = foreignKeys
      .filter((fk) => fk.from !== fk.to && order.includes(fk.from) && order.includes(fk.to))
      .filter((fk) => order.indexOf(fk.to) > order.indexOf(fk.from))
      .map((fk) => `${describeKey(fk)}: ${fk.from} is listed before ${fk.to}`);
    expect(tooEarly, 'Citus needs the referenced table distributed (or made a reference table) first').toEqual([]);
  });

  it('gives every tenant table its distribution column as a NOT NULL uuid (agencies: id; the others: agency_id)', async () => {
    const columns = await sql<{ table: string; column: string; notNull: boolean; type: string }[]>`
      select c.relname::text as table, a.attname::text as column, a.attnotnull as "notNull", format_type(a.atttypid, a.atttypmod) as type
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      where n.nspname = 'public' and c.relname = any (${Object.keys(DISTRIBUTED)}::text[])`;
    const problems = Object.entries(DISTRIBUTED).flatMap(([table, column]) => {
      const found = columns.find((c) => c.table === table && c.column === column);
      if (!found) return [`${table} has no column ${column}`];
      // Co-located tables hash the same type the same way; a NULL would belong to no shard.
      return [...(found.type === 'uuid' ? [] : [`${table}.${column} is ${found.type}, not uuid`]), ...(found.notNull ? [] : [`${table}.${column} may be NULL`])];
    });
    expect(problems, 'distribution columns Citus cannot hash to one shard of the co-location group').toEqual([]);
  });

  it('gives every tenant table a primary key, and every unique key of a tenant table (constraint or index, partial or on expressions) includes agency_id', async () => {
    // pg_index, not pg_constraint: a unique index that backs no constraint binds Citus just the same.
    const indexes = await sql<UniqueIndex[]>`
      select t.relname::text as table, i.relname::text as index, pg_get_indexdef(x.indexrelid) as definition, x.indisprimary as "primary",
        array(select a.attname::text from unnest(x.indkey::int2[]) with ordinality k(attnum, n)
              join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.attnum
              where k.n <= x.indnkeyatts order by k.n) as "keyColumns"
      from pg_index x
      join pg_class t on t.oid = x.indrelid join pg_namespace ns on ns.oid = t.relnamespace
      join pg_class i on i.oid = x.indexrelid
      where (x.indisunique or x.indisexclusion) and ns.nspname = 'public' and t.relname = any (${Object.keys(DISTRIBUTED)}::text[])
      order by 1, 2`;

    const withoutPrimaryKey = Object.keys(DISTRIBUTED).filter((table) => !indexes.some((index) => index.table === table && index.primary));
    expect(withoutPrimaryKey, 'tenant tables without a primary key').toEqual([]);
    // A key column, not an INCLUDE column and not inside an expression: only then is uniqueness checkable on one shard.
    const missing = indexes
      .filter((index) => !index.keyColumns.includes(DISTRIBUTED[index.table] ?? ''))
      .map((index) => `${index.index}: ${index.definition}`);
    expect(missing, 'unique keys of tenant tables without their distribution column as a key column').toEqual([]);
  });

  it('makes every foreign key between tenant tables include agency_id on both sides, in the same position', () => {
    const betweenTenants = foreignKeys.filter((fk) => kindOf(fk.from) === 'tenant' && kindOf(fk.to) === 'tenant');
    expect(betweenTenants.length, 'the catalog query found no foreign key between tenant tables').toBeGreaterThan(0);
    // Citus co-locates (agency_id, x) → (agency_id, y), and agency_id → agencies(id).
    const notCoLocated = betweenTenants
      .filter((fk) => {
        const position = fk.fromColumns.indexOf(DISTRIBUTED[fk.from] ?? '');
        return position === -1 || fk.toColumns[position] !== DISTRIBUTED[fk.to];
      })
      .map(describeKey);
    expect(notCoLocated, 'foreign keys between tenant tables that Citus cannot keep on one shard').toEqual([]);
  });

  it('has foreign keys only where Citus allows them: tenant → tenant (co-located), tenant → reference, reference → reference, platform → reference, platform → platform', () => {
    const forbidden = foreignKeys
      .map((fk) => ({ fk, kind: `${kindOf(fk.from)} → ${kindOf(fk.to)}` }))
      .filter(({ kind }) => !ALLOWED_FOREIGN_KEYS.has(kind))
      .map(({ fk, kind }) => `${kind}: ${describeKey(fk)}`);
    expect(forbidden, 'foreign keys Citus refuses, or that would tie a tenant row to the coordinator').toEqual([]);
  });

  it('never sets agency_id to NULL or a default, nor cascades an update to it, through a foreign key', () => {
    // Citus refuses ON DELETE SET NULL/SET DEFAULT and ON UPDATE SET NULL/SET DEFAULT/CASCADE on a
    // foreign key whose referencing columns include the distribution column (foreign_constraint.c).
    const action: Record<string, string> = { a: 'NO ACTION', r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };
    const moving = foreignKeys
      .filter((fk) => kindOf(fk.from) === 'tenant' && fk.fromColumns.includes(DISTRIBUTED[fk.from] ?? ''))
      .filter((fk) => ['n', 'd'].includes(fk.onDelete) || ['n', 'd', 'c'].includes(fk.onUpdate))
      .map((fk) => `${describeKey(fk)} ON DELETE ${action[fk.onDelete]} ON UPDATE ${action[fk.onUpdate]}`);
    expect(moving, 'foreign keys create_distributed_table refuses for their actions').toEqual([]);
  });
});
