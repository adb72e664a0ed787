// Free-text search of a list: bounded in length, and matched as a substring (ILIKE) with the
// pattern's own wildcards taken literally.

export { MAX_SEARCH_LENGTH } from '@coverline/domain';

/** An ILIKE pattern matching `text` anywhere, with `%`, `_` and `\` in it matched as themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
