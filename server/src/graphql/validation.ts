// Runs a zod schema from @coverline/domain on an input and turns its first problem into BAD_USER_INPUT.
import { z } from 'zod';
import { MAX_SEARCH_LENGTH } from '../db/search.js';
import { badUserInput } from './errors.js';

/** The API's name of a field: `rates[2].rate` for the path [2, 'rate'] under `rates`, `newJobCategory.workState` for a nested object's field. */
function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), prefix.replace(/\.$/, ''));
}

export function parseInput<Schema extends z.core.$ZodType>(schema: Schema, input: unknown, fieldPrefix = ''): z.output<Schema> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? fieldPath(fieldPrefix, issue.path) : fieldPrefix.replace(/\.$/, '') || 'input';
  throw badUserInput(field, issue?.message ?? 'This value is not valid.');
}

/** A list's free-text search, trimmed; null when blank; refused on `field` when longer than a search may be. */
export function parseSearch(search: string | null | undefined, field: string): string | null {
  const text = search?.trim() || null;
  if (text && text.length > MAX_SEARCH_LENGTH) throw badUserInput(field, `Search for at most ${MAX_SEARCH_LENGTH} characters.`);
  return text;
}
