// Free-text search of a list: the API refuses longer ones, and the apps' search fields stop there.

/** The longest search a list accepts. */
export const MAX_SEARCH_LENGTH = 100;
