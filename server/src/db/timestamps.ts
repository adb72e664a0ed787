// Timestamps as keyset cursors carry them.
import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A timestamp as ISO text to the microsecond, PostgreSQL's precision: a cursor taken from a
 * JavaScript Date (milliseconds) would repeat or skip the rows written within one millisecond.
 */
export function isoMicroseconds(column: PgColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
