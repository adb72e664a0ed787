// The error vocabulary of the API (API.md): every refusal a client can act on has a code.
import type { RefusalReason } from '@coverline/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isStatementTimeout } from '../db/errors.js';

/**
 * `reason` is one of the stable refusal reasons of @coverline/domain (`extensions.reason`, listed in
 * the README) where integrations branch on the refusal; without one it is told by `field` and message.
 */
export type { RefusalReason };

export function badUserInput(field: string, message: string, reason?: RefusalReason): GraphQLError {
  return new GraphQLError(message, { extensions: reason ? { code: 'BAD_USER_INPUT', field, reason } : { code: 'BAD_USER_INPUT', field } });
}

export function unauthenticated(message = 'Sign in to continue.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} was not found.`, { extensions: { code: 'NOT_FOUND' } });
}

const UNAVAILABLE_MESSAGE = 'Coverline cannot reach its database right now. Please try again in a moment.';
/** Seconds a client is asked to wait before trying again while the database is unreachable. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/** The database cannot be reached now: HTTP 503 (not the client's fault, and nothing to keep for a retry). */
export function serviceUnavailable(): GraphQLError {
  // Retry-After here as well as in apollo.ts's plugin: thrown while the context is made, no plugin sees the answer.
  const headers = new Map([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]);
  return new GraphQLError(UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers } } });
}

/** Over a limit of requests or of mail sent (HTTP 429): nothing ran or was sent; retry after the seconds given. */
export function rateLimited(message: string, retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
  });
}

const TIMEOUT_MESSAGE = 'This request took too long and was stopped. Ask for less at once (a smaller page, a narrower filter) and try again.';

/** Answers that are not the client's fault and that a retry may get past: HTTP 503, nothing kept for an idempotency key. */
export function isServiceUnavailable(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'SERVICE_UNAVAILABLE' || formatted.extensions?.code === 'QUERY_TIMEOUT';
}

const CLIENT_CODES = new Set([
  'QUERY_TOO_COSTLY',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Whether a formatted error is one of our client-facing ones (anything else is internal: a fault of ours). */
export function isClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && CLIENT_CODES.has(code);
}

/** In production, anything that is not one of our client-facing errors is masked. */
export function createErrorFormatter(options: { mask: boolean; onInternal: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (isDatabaseUnavailable(error) || formatted.extensions?.code === 'SERVICE_UNAVAILABLE') {
      return { message: UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    // Over the request budget: nothing ran, so neither an internal error nor an answer to keep for a retry.
    if (formatted.extensions?.code === 'RATE_LIMITED') return formatted;
    if (isStatementTimeout(error)) {
      return { message: TIMEOUT_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT' } };
    }
    if (isClientError(formatted)) return formatted;
    options.onInternal(error);
    if (!options.mask) return formatted;
    return { message: 'Something went wrong on our side. Please try again.', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
