// Relay-style connections (API.md): opaque cursors over a stable sort key, `first` bounded.
import type { GraphQLError } from 'graphql';
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { isUuid } from '../access/store.js';
import { badUserInput } from './errors.js';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 200;
export const FIRST_DESCRIPTION = `1 to ${MAX_PAGE_SIZE}; 50 when left out.`;

export function pageSize(first: number | null | undefined, fallback = 50): number {
  if (first == null) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput('first', `Ask for 1 to ${MAX_PAGE_SIZE} items.`);
  return first;
}

export function invalidCursor(): GraphQLError {
  return badUserInput('after', 'This cursor is not valid: start again from the first page.');
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
  throw invalidCursor();
}

/** A cursor of texts ending in a row's id (a name or an email, then the id), or null for the first page. */
export function decodeTextCursor(cursor: string | null | undefined, length: number): string[] | null {
  const key = decodeCursor(cursor, length);
  if (!key) return null;
  if (key.every((part): part is string => typeof part === 'string') && isUuid(key.at(-1))) return key;
  throw invalidCursor();
}

/** A cursor of a timestamp and a row's id (newest-first lists), or null for the first page. */
export function decodeTimeCursor(cursor: string | null | undefined): [string, string] | null {
  const key = decodeTextCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key as [string, string];
  if (Number.isNaN(Date.parse(at))) throw invalidCursor();
  return [at, id];
}

/** A cursor of a row's sequence number (an ever-growing list, newest first), or null for the first page. */
export function decodeSeqCursor(cursor: string | null | undefined): number | null {
  const key = decodeCursor(cursor, 1);
  if (!key) return null;
  const [seq] = key;
  if (typeof seq === 'number' && Number.isSafeInteger(seq) && seq > 0) return seq;
  throw invalidCursor();
}

/** Given `limit + 1` rows, the page and whether more follow. */
export function toConnection<Row, Node>(rows: Row[], limit: number, node: (row: Row) => Node, key: (row: Row) => (string | number)[]) {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: encodeCursor(key(row)), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * The `<Name>Connection` and `<Name>Edge` types of a list of `node`s (API.md's shape), for the lists
 * paged since the integrations issue; the older connections spell theirs out.
 */
export function connectionOf<Node extends object>(name: string, node: ClassType<Node>, description: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor!: string;
    @Field(() => node) node!: Node;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Every item of the list, on all pages.' }) totalCount!: number;
  }

  return Connection;
}
