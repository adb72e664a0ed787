// What the logs may carry: no credentials from links (contractor links, magic links, invitation and
// reset tokens travel in URLs) and no SQL parameters (they hold people's names, emails and wages).
// Fastify's request serializer and pino's error serializer are replaced by these (pino merges a
// logger's own serializers over Fastify's).
import pino, { type Logger, type SerializerFn } from 'pino';

const REDACTED = '[redacted]';
/** Query parameters that carry a credential. */
const SECRET_PARAMETERS = new Set(['token', 'key', 'secret', 'signature', 'code']);
/** Path segments that follow one of these carry a credential (`/contractor/t/<token>`). */
const SECRET_SEGMENT_AFTER = new Set(['t']);

/** A request URL (path and query) with its credentials replaced. */
export function redactUrl(url: string): string {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const segments = path.split('/');
  const redactedPath = segments.map((segment, index) => (index > 0 && SECRET_SEGMENT_AFTER.has(segments[index - 1] ?? '') && segment ? REDACTED : segment)).join('/');
  if (queryStart === -1) return redactedPath;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0] ?? '';
      return SECRET_PARAMETERS.has(decodeURIComponent(name).toLowerCase()) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${redactedPath}?${query}`;
}

type SerializedError = Record<string, unknown>;

/**
 * PostgreSQL quotes the value at fault after a colon ('invalid input syntax for type integer: "…"'),
 * and names constraints and columns in quotes without one, which stay.
 */
function withoutQuotedValues(text: string): string {
  return text.replace(/: "[^"\n]*"/g, `: "${REDACTED}"`);
}

/** drizzle's "Failed query: … params: …", postgres.js's `parameters` and PostgreSQL's details, without the values. */
function scrubError(serialized: SerializedError): SerializedError {
  const scrubbed: SerializedError = { ...serialized };
  const fromPostgres = scrubbed.type === 'PostgresError';
  for (const field of ['message', 'stack'] as const) {
    const text = scrubbed[field];
    if (typeof text !== 'string') continue;
    const withoutParams = text.replace(/\nparams: [^\n]*/g, `\nparams: ${REDACTED}`);
    const postgresPart = fromPostgres ? 0 : withoutParams.indexOf('PostgresError:');
    scrubbed[field] = postgresPart === -1 ? withoutParams : withoutParams.slice(0, postgresPart) + withoutQuotedValues(withoutParams.slice(postgresPart));
  }
  for (const field of ['params', 'parameters', 'detail']) if (field in scrubbed) scrubbed[field] = REDACTED;
  // The errors inside it: a GraphQL error's originalError, an error's cause.
  for (const [field, value] of Object.entries(scrubbed)) {
    if (value && typeof value === 'object' && typeof (value as SerializedError).message === 'string') scrubbed[field] = scrubError(value as SerializedError);
  }
  return scrubbed;
}

type LoggedRequest = { method?: string; url?: string; ip?: string; host?: string; socket?: { remotePort?: number } };

export const LOG_SERIALIZERS: Record<string, SerializerFn> = {
  req: (request: LoggedRequest) => ({
    method: request.method,
    url: request.url === undefined ? undefined : redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
  err: (error: Error) => scrubError({ ...pino.stdSerializers.err(error) }),
};

/** Headers and fields that are credentials wherever a log line carries them. */
export const LOG_REDACT_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie', '*.password', '*.token'];

export function createLogger(options: { level: string; pretty: boolean }, destination?: pino.DestinationStream): Logger {
  const base = { level: options.level, serializers: LOG_SERIALIZERS, redact: { paths: LOG_REDACT_PATHS, censor: REDACTED } };
  if (destination) return pino(base, destination);
  return pino({ ...base, ...(options.pretty ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } } : {}) });
}
