import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OPERATOR_API_KEY, DEVELOPMENT_SECRET_KEY, loadConfig } from '../src/config.js';
import { errorCode, type GraphQLResult } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { signedInAgencyMember } from './factories/index.js';

/** `{ __type(name: "Query") { fields { type { ofType { ofType … { name } } } } } }`: legal, but `levels` deep. */
function deepTypeQuery(ofTypeLevels: number): string {
  return `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(ofTypeLevels)}name${' }'.repeat(ofTypeLevels)} } } } }`;
}

/** `viewer { …on Viewer { …on Viewer { … id } } }`: every nested fragment counts as a level. */
function deepFragmentQuery(levels: number): string {
  return `{ viewer { ${'... on Viewer { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
}

function expectRefusedBeforeExecution(result: GraphQLResult, code = 'GRAPHQL_VALIDATION_FAILED') {
  expect(result.status).toBe(400);
  expect(errorCode(result)).toBe(code);
  expect(result.data ?? undefined).toBeUndefined();
}

describe('query limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.stop());

  it('answers an ordinary nested query', async () => {
    const { client, agency } = await signedInAgencyMember(server);
    const result = await client.data<{ viewer: { agency: { id: string; facilities: unknown[] } } }>(
      `{ viewer { agency { id facilities { id name bulkDownloadEnabled } } } }`,
    );
    expect(result.viewer.agency.id).toBe(agency.id);
  });

  it('refuses a query nested deeper than the limit, before running it', async () => {
    const client = server.client('agency');
    expect(errorCode(await client.request(deepTypeQuery(4)))).toBeUndefined();
    const tooDeep = await client.request(deepTypeQuery(8));
    expectRefusedBeforeExecution(tooDeep);
    expect(tooDeep.errors?.[0]?.message).toMatch(/depth/i);
    expectRefusedBeforeExecution(await client.request(deepFragmentQuery(10)));
  });

  it('refuses a query with too many aliases', async () => {
    const client = server.client('agency');
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `v${i}: viewer { id }`).join(' ')} }`;
    expect(errorCode(await client.request(aliases(10)))).toBeUndefined();
    const result = await client.request(aliases(40));
    expectRefusedBeforeExecution(result);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses an oversized document as a client error (400), not a server error', async () => {
    const client = server.client('agency');
    expect(errorCode(await client.request(`{ viewer { ${'id '.repeat(300)}} }`))).toBeUndefined();
    expectRefusedBeforeExecution(await client.request(`{ viewer { ${'id '.repeat(3000)}} }`), 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses introspection that recurses through types and fields', async () => {
    const recurse = (levels: number): string => (levels === 0 ? 'name' : `fields { type { ${recurse(levels - 1)} } }`);
    expectRefusedBeforeExecution(await server.client('agency').request(`{ __schema { types { ${recurse(6)} } } }`));
  });

  it('still answers the standard introspection query outside production (codegen and IDEs need it)', async () => {
    const result = await server.client('agency').request<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
    expect(result.errors).toBeUndefined();
    expect(result.data?.__schema.types.length).toBeGreaterThan(5);
  });
});

describe('in production', () => {
  let production: TestServer;
  beforeAll(async () => {
    // Served here over plain http, but configured as a deployment behind an https address would be.
    production = await startTestServer({ NODE_ENV: 'production', SECRET_KEY: 'a-production-secret-of-at-least-32-chars', PUBLIC_URL: 'https://coverline.example' });
  });
  afterAll(async () => production?.stop());

  it('refuses introspection but still answers ordinary queries', async () => {
    const client = production.client('agency');
    const schema = await client.request(`{ __schema { types { name } } }`);
    expectRefusedBeforeExecution(schema);
    expect(schema.errors?.[0]?.message).toMatch(/introspection/i);
    expectRefusedBeforeExecution(await client.request(`{ __type(name: "Viewer") { fields { name } } }`));
    expect((await client.data<{ viewer: unknown }>(`{ viewer { id } }`)).viewer).toBeNull();
    const { viewer } = await production.operator().data<{ viewer: { role: string } }>(`{ viewer { role } }`);
    expect(viewer.role).toBe('OPERATOR');
  });

  it('sets session cookies Secure, HttpOnly and SameSite=Lax, and clears them the same way', async () => {
    const { client } = await signedInAgencyMember(production);
    const [signedIn] = client.lastSetCookies;
    expect(signedIn).toMatch(/^coverline_agency=[^;]+;.*; HttpOnly; Secure; SameSite=Lax/);
    await client.data('mutation { logout }');
    expect(client.lastSetCookies[0]).toMatch(/^coverline_agency=;.*; Secure; SameSite=Lax/);
  });

  it('does not suggest field names to a client guessing at the schema', async () => {
    const result = await production.client('agency').request(`{ viewr { id } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.message ?? '').not.toMatch(/did you mean/i);
  });
});

describe('production configuration', () => {
  const production = {
    NODE_ENV: 'production',
    SMTP_URL: 'smtp://mail.example.test:587',
    SECRET_KEY: 'a-production-secret-of-at-least-32-chars',
    DATABASE_URL: 'postgres://coverline@db.example.test:5432/coverline',
    PUBLIC_URL: 'https://coverline.example',
  } as const;

  it('refuses the embedded database unless asked for, and never runs it without fsync', () => {
    expect(() => loadConfig({ ...production, DATABASE_URL: undefined })).toThrow(/DATABASE_URL.*EMBEDDED_DATABASE=true/s);
    const embedded = loadConfig({ ...production, DATABASE_URL: undefined, EMBEDDED_DATABASE: 'true' });
    expect(embedded.databaseUrl).toBeUndefined();
    expect(embedded.embeddedPgWithoutFsync).toBe(false);
    expect(() => loadConfig({ ...production, DATABASE_URL: undefined, EMBEDDED_DATABASE: 'true', EMBEDDED_PG_FSYNC: 'off' })).toThrow(/EMBEDDED_PG_FSYNC/);
    expect(loadConfig({ NODE_ENV: 'development' }).embeddedPgWithoutFsync).toBe(false);
  });

  it('refuses to start with the demo operator key', () => {
    expect(() => loadConfig({ ...production, OPERATOR_API_KEY: DEMO_OPERATOR_API_KEY })).toThrow(/OPERATOR_API_KEY/);
    expect(DEMO_OPERATOR_API_KEY).toBe('dev-operator-key');
  });

  it('has no operator key unless one is configured', () => {
    expect(loadConfig({ ...production }).operatorApiKey).toBeUndefined();
    expect(loadConfig({ ...production, OPERATOR_API_KEY: 'a-real-secret-operator-key-42' }).operatorApiKey).toBe('a-real-secret-operator-key-42');
  });

  it('refuses to start unless its session cookies can be Secure: an https PUBLIC_URL, or an explicit opt-out for plain http', () => {
    expect(() => loadConfig({ ...production, PUBLIC_URL: undefined })).toThrow(/PUBLIC_URL.*https.*ALLOW_INSECURE_COOKIES=true/s);
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://coverline.example' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig(production).secureCookies).toBe(true);
    expect(loadConfig({ ...production, PUBLIC_URL: 'http://localhost:4000', ALLOW_INSECURE_COOKIES: 'true' }).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).secureCookies).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', PUBLIC_URL: 'https://coverline.example' }).secureCookies).toBe(true);
  });

  it('refuses to start without an SMTP server', () => {
    expect(() => loadConfig({ ...production, SMTP_URL: undefined, OPERATOR_API_KEY: 'a-real-secret-operator-key-42' })).toThrow(/SMTP_URL/);
  });

  it('refuses to start without its own secret key', () => {
    expect(() => loadConfig({ ...production, SECRET_KEY: undefined })).toThrow(/SECRET_KEY/);
    expect(() => loadConfig({ ...production, SECRET_KEY: DEVELOPMENT_SECRET_KEY })).toThrow(/SECRET_KEY/);
  });

  it('keeps the demo operator key as the default outside production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).operatorApiKey).toBe(DEMO_OPERATOR_API_KEY);
  });
});
