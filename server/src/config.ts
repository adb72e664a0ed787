// The server's configuration: read once from the environment, validated, with defaults for the embedded mode.
import { z } from 'zod';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z.url().optional(),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    // In production the embedded database runs only when asked for: a real deployment names its server.
    EMBEDDED_DATABASE: booleanFromEnv,
    // Tests only: 'off' trades the embedded database's crash safety for speed.
    EMBEDDED_PG_FSYNC: z.enum(['on', 'off']).default('on'),
    DATA_DIR: z.string().default(path.join(REPO_ROOT, '.data')),
    SMTP_URL: z.url().optional(),
    MAIL_FROM: z.string().default('Coverline <no-reply@coverline.test>'),
    OPERATOR_API_KEY: z.string().min(16).optional(),
    SECRET_KEY: z.string().min(32, { message: 'use at least 32 random characters' }).optional(),
    CERTIFICATE_SIGNING_KEY: z
      .string()
      .regex(/^[A-Za-z0-9+/_-]{43}=?$/, { message: 'the base64 of a 32-byte Ed25519 seed' })
      .optional(),
    STRIPE_SECRET_KEY: z.string().startsWith('sk_').optional(),
    SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
    // How long a process keeps a session token's viewer (and a facility user's grants) without looking
    // them up again: a revocation by another process takes effect within it. 0 looks up every request.
    SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    SESSION_CACHE_ENTRIES: z.coerce.number().int().min(0).default(10_000),
    DEMO_DATA: booleanFromEnv,
    SKIP_DEMO_DATA: booleanFromEnv,
    RUN_WORKER: z.enum(['true', 'false']).default('true'),
    // Each viewer's GraphQL requests: a burst, then a steady rate; and one tenant's requests in flight at once.
    REQUEST_BURST: z.coerce.number().int().min(1).default(120),
    REQUESTS_PER_SECOND: z.coerce.number().positive().default(20),
    TENANT_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).default(8),
    // How many payment reconciliations a facility keeps at most (each holds a whole schedule's result).
    RECONCILIATIONS_PER_FACILITY: z.coerce.number().int().min(1).default(1000),
    // Public certificate checks per network address in 15 minutes: plenty for a person, too few to walk numbers.
    CERTIFICATE_CHECKS_PER_ADDRESS: z.coerce.number().int().min(1).default(120),
    // The longest a request's SQL statement may run, and a background job's.
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
    JOB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(300_000),
    // How many proxies of your own stand in front: 'true' is one. The client is the address that many
    // hops back in X-Forwarded-For (the right-most one no proxy of yours wrote), never the left-most,
    // which the client itself may write.
    TRUST_PROXY: z
      .union([z.enum(['true', 'false']), z.coerce.number().int().min(0).max(10)])
      .optional()
      .transform((value) => (value === 'true' ? 1 : value === 'false' || value === undefined ? 0 : value)),
    // Session cookies are Secure in production (and whenever PUBLIC_URL is https): a production build
    // tried over plain http on your own machine must say so, or its sign-ins would silently not stick.
    ALLOW_INSECURE_COOKIES: booleanFromEnv,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.OPERATOR_API_KEY === DEMO_OPERATOR_API_KEY) {
      ctx.addIssue({ code: 'custom', path: ['OPERATOR_API_KEY'], message: 'the demo operator key is refused in production' });
    }
    if (env.NODE_ENV === 'production' && (!env.SECRET_KEY || env.SECRET_KEY === DEVELOPMENT_SECRET_KEY)) {
      ctx.addIssue({ code: 'custom', path: ['SECRET_KEY'], message: 'production needs its own SECRET_KEY' });
    }
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL && !env.EMBEDDED_DATABASE) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'production needs a DATABASE_URL (or EMBEDDED_DATABASE=true to run the embedded PostgreSQL anyway)' });
    }
    if (env.NODE_ENV === 'production' && env.EMBEDDED_PG_FSYNC === 'off') {
      ctx.addIssue({ code: 'custom', path: ['EMBEDDED_PG_FSYNC'], message: 'fsync stays on in production: without it an OS crash loses acknowledged writes' });
    }
    if (env.NODE_ENV === 'production' && !env.ALLOW_INSECURE_COOKIES && !env.PUBLIC_URL?.startsWith('https://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['PUBLIC_URL'],
        message: 'production sets Secure session cookies, which browsers send only over https: set PUBLIC_URL to your https address (or ALLOW_INSECURE_COOKIES=true for plain-http use on your own machine)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'production needs an SMTP server: the local mailbox is for development' });
    }
  });

export const DEMO_OPERATOR_API_KEY = 'dev-operator-key';
/** Signs link tokens and (unless CERTIFICATE_SIGNING_KEY is set) derives the certificate key, outside production. */
export const DEVELOPMENT_SECRET_KEY = 'coverline-development-secret-not-for-production';

export type Config = {
  nodeEnv: 'development' | 'test' | 'production';
  isProduction: boolean;
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  embeddedPgPort: number;
  /** Tests only: the embedded PostgreSQL runs without fsync. */
  embeddedPgWithoutFsync: boolean;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  operatorApiKey: string | undefined;
  secretKey: string;
  /** base64 of a 32-byte Ed25519 seed; derived from secretKey when not set. */
  certificateSigningKey: string | undefined;
  stripeSecretKey: string | undefined;
  sessionTtlHours: number;
  /** How long and how many session viewers a process keeps (modules/auth/signed-in-sessions.ts). */
  sessionCache: { ttlMs: number; maxEntries: number };
  /** Whether session cookies carry Secure: in production and behind an https PUBLIC_URL, unless ALLOW_INSECURE_COOKIES. */
  secureCookies: boolean;
  loadDemoData: boolean;
  runWorker: boolean;
  statementTimeouts: { requestMs: number; platformMs: number };
  reconciliationsPerFacility: number;
  certificateChecksPerAddress: number;
  requestBudget: { burst: number; perSecond: number; tenantInFlight: number };
  /** The number of proxies of your own in front (0: none); the client address is read that many hops back in X-Forwarded-For. */
  trustedProxyHops: number;
  logLevel: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    databaseUrl: e.DATABASE_URL,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    embeddedPgWithoutFsync: e.EMBEDDED_PG_FSYNC === 'off',
    dataDir: path.resolve(e.DATA_DIR),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    operatorApiKey: e.OPERATOR_API_KEY ?? (isProduction ? undefined : DEMO_OPERATOR_API_KEY),
    secretKey: e.SECRET_KEY ?? DEVELOPMENT_SECRET_KEY,
    certificateSigningKey: e.CERTIFICATE_SIGNING_KEY,
    stripeSecretKey: e.STRIPE_SECRET_KEY,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionCache: { ttlMs: e.SESSION_CACHE_MS, maxEntries: e.SESSION_CACHE_ENTRIES },
    secureCookies: !e.ALLOW_INSECURE_COOKIES && (isProduction || e.PUBLIC_URL?.startsWith('https://') === true),
    // Demo data loads on an empty database outside production, unless switched off.
    loadDemoData: e.DEMO_DATA || (!isProduction && e.NODE_ENV !== 'test' && !e.SKIP_DEMO_DATA),
    runWorker: e.RUN_WORKER === 'true',
    statementTimeouts: { requestMs: e.STATEMENT_TIMEOUT_MS, platformMs: e.JOB_STATEMENT_TIMEOUT_MS },
    reconciliationsPerFacility: e.RECONCILIATIONS_PER_FACILITY,
    certificateChecksPerAddress: e.CERTIFICATE_CHECKS_PER_ADDRESS,
    requestBudget: { burst: e.REQUEST_BURST, perSecond: e.REQUESTS_PER_SECOND, tenantInFlight: e.TENANT_CONCURRENT_REQUESTS },
    trustedProxyHops: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
  };
}
