// Reading the errors of a request, from Apollo Client 4 or from `requestGraphQL` (the pages that
// open before Apollo has loaded), without importing @apollo/client (only '@coverline/ui/shell'
// does): Apollo brands each of its error classes with Symbol.for('apollo.error'), which is exactly
// what `CombinedGraphQLErrors.is` and `ServerError.is` check, so the same test here accepts the same
// errors.

export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

const APOLLO_ERROR_BRAND = Symbol.for('apollo.error');

function apolloErrorKind(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const kind = (error as Record<symbol, unknown>)[APOLLO_ERROR_BRAND];
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * A request of `requestGraphQL` that did not succeed: the answer's GraphQL errors, or none when no
 * usable answer came (an HTTP failure, a body that is not GraphQL's JSON).
 */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLErrorLike[]) {
    super(errors.map((graphQLError) => graphQLError.message).join(' ') || 'No usable answer from the GraphQL endpoint.');
    this.name = 'GraphQLRequestError';
  }
}

/** The GraphQL errors of an Apollo `CombinedGraphQLErrors` or a `GraphQLRequestError`; empty for any other error. */
export function graphQLErrorsOf(error: unknown): readonly GraphQLErrorLike[] {
  if (error instanceof GraphQLRequestError) return error.errors;
  if (apolloErrorKind(error) !== 'CombinedGraphQLErrors') return [];
  const errors = (error as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as GraphQLErrorLike[]) : [];
}

/** `extensions.code` of the first GraphQL error (e.g. `UNAUTHENTICATED`), if any. */
export function graphQLErrorCode(error: unknown): string | undefined {
  const code = graphQLErrorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Maps `BAD_USER_INPUT` errors that name a field (`extensions.field`) to their message. */
export function graphQLFieldErrors(error: unknown): Record<string, string> {
  const fieldErrors: Record<string, string> = {};
  for (const graphQLError of graphQLErrorsOf(error)) {
    const { code, field } = graphQLError.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && typeof field === 'string' && !(field in fieldErrors)) {
      fieldErrors[field] = graphQLError.message;
    }
  }
  return fieldErrors;
}

/** What is said when no request reached the server, or nothing better is known: English unless an app says it in its language. */
export interface ErrorSentences {
  unreachable: string;
  generic: string;
}

const ENGLISH_ERROR_SENTENCES: ErrorSentences = {
  unreachable: 'Coverline could not be reached. Check your connection and try again in a moment.',
  generic: 'Something went wrong. Please try again.',
};

/** A sentence a person can act on, for any error a request may end with. */
export function errorMessage(error: unknown, sentences: ErrorSentences = ENGLISH_ERROR_SENTENCES): string {
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length > 0) {
    return [...new Set(graphQLErrors.map((graphQLError) => graphQLError.message))].join(' ');
  }
  const kind = apolloErrorKind(error);
  // HTTP failures, unparsable responses and fetch's own TypeError all mean "no usable answer".
  if (kind === 'ServerError' || kind === 'ServerParseError' || error instanceof GraphQLRequestError || error instanceof TypeError) {
    return sentences.unreachable;
  }
  if (error instanceof Error && error.message) return error.message;
  return sentences.generic;
}

export interface SplitGraphQLError<Field extends string> {
  /** Messages for the given form fields, to show next to them. */
  fieldErrors: Partial<Record<Field, string>>;
  /** Everything else, to show in an alert; null when every problem belongs to a field. */
  formError: string | null;
}

/** Splits a failed form submission into field messages and one message for the whole form. */
export function splitGraphQLError<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): SplitGraphQLError<Field> {
  const byField = graphQLFieldErrors(error);
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const field of fields) {
    const message = byField[field];
    if (message !== undefined) fieldErrors[field] = message;
  }
  const unclaimed = graphQLErrorsOf(error).filter((graphQLError) => {
    const field = graphQLError.extensions?.field;
    return !(typeof field === 'string' && (fields as readonly string[]).includes(field));
  });
  const hasFieldError = Object.keys(fieldErrors).length > 0;
  const formError =
    unclaimed.length > 0
      ? [...new Set(unclaimed.map((graphQLError) => graphQLError.message))].join(' ')
      : hasFieldError
        ? null
        : errorMessage(error);
  return { fieldErrors, formError };
}

/**
 * Puts a failed submission's field messages on the form (through `setFieldError`, e.g. react-hook
 * form's `setError`) and returns the message for the whole form, if any.
 */
export function applyGraphQLError<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  setFieldError: (field: Field, message: string) => void,
): string | null {
  const { fieldErrors, formError } = splitGraphQLError(error, fields);
  for (const field of fields) {
    const message = fieldErrors[field];
    if (message !== undefined) setFieldError(field, message);
  }
  return formError;
}
