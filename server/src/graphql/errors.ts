// The error vocabulary of the API (API.md): every refusal a client can act on has a code.
import type { RefusalReason } from '@coverline/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * `reason` is one of the stable refusal reasons of @coverline/domain (`extensions.reason`, listed in
 * the README) where integrations branch on the refusal; without one it is told by `field` and message.
 */
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

const CLIENT_CODES = new Set([
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

/** In production, anything that is not one of our client-facing errors is masked. */
export function createErrorFormatter(options: { mask: boolean; onInternal: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (code && CLIENT_CODES.has(code)) return formatted;
    options.onInternal(error);
    if (!options.mask) return formatted;
    return { message: 'Something went wrong on our side. Please try again.', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
