// Relay-style connections (API.md): opaque cursors over a stable sort key, `first` bounded.
import { Field, ObjectType } from 'type-graphql';
import { badUserInput } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 200;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput('first', `Ask for 1 to ${MAX_PAGE_SIZE} items.`);
  return first;
}

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // fall through
  }
  throw badUserInput('after', 'This cursor is not valid: start again from the first page.');
}

/** Given `limit + 1` rows, the page and whether more follow. */
export function toConnection<Row, Node>(rows: Row[], limit: number, node: (row: Row) => Node, key: (row: Row) => (string | number)[]) {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
