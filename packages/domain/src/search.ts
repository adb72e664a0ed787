// A list's bounds: its free-text search (the API refuses longer ones, and the apps' search fields
// stop there), and how far its total is counted.

/** The longest search a list accepts. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * A list counts its matches up to this many and says "10,000+" past it: an exact count of a large
 * agency's list reads every matching row on every page, and no one acts on the difference.
 */
export const COUNT_LIMIT = 10_000;

export type BoundedCount = { totalCount: number; totalCountIsExact: boolean };

/** What a list says of its total, given its matches counted up to one past COUNT_LIMIT. */
export function boundedCount(countedUpToLimitPlusOne: number): BoundedCount {
  const totalCountIsExact = countedUpToLimitPlusOne <= COUNT_LIMIT;
  return { totalCount: totalCountIsExact ? countedUpToLimitPlusOne : COUNT_LIMIT, totalCountIsExact };
}

/** A total as a number: "2,500", or "10,000+" past the limit. */
export function boundedCountText(total: BoundedCount): string {
  return `${total.totalCount.toLocaleString('en-US')}${total.totalCountIsExact ? '' : '+'}`;
}

/** A total in words: "1 contractor", "2,500 contractors", "10,000+ contractors". */
export function countInWords(total: BoundedCount, noun: { one: string; many: string }): string {
  return `${boundedCountText(total)} ${total.totalCountIsExact && total.totalCount === 1 ? noun.one : noun.many}`;
}
