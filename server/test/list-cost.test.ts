// The cost limit counts each list at its real size, so a small document that would make the server
// read millions of rows is refused before it runs, while every page the three apps send passes.
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCost, MAX_LIST_COST } from '../src/graphql/list-cost.js';
import { buildCoverlineSchema } from '../src/graphql/schema.js';
import { APP_DOCUMENTS, NESTED_LISTS } from './support/documents.js';
import { errorCode } from './support/graphql-client.js';
import { startTestServer, type TestServer } from './support/test-server.js';
import { signedInAgencyMember } from './factories/index.js';

describe('listCost', () => {
  it('counts a connection at its first, 50 when left out, and an unpaged list at 20', async () => {
    const schema = await buildCoverlineSchema();
    const cost = (query: string, variables: Record<string, unknown> = {}) => listCost(schema, parse(query), null, variables);
    // contractors(first: 10) { edges { node { id } } }: 10 × (1 contractors + 1 edges + 1 node + 1 id)
    expect(cost('{ contractors(first: 10) { edges { node { id } } } }')).toBe(10 * 4);
    expect(cost('query($n: Int) { contractors(first: $n) { edges { node { id } } } }', { n: 4 })).toBe(4 * 4);
    expect(cost('{ contractors { edges { node { id } } } }')).toBe(50 * 4);
    // Out of range, the list refuses `first` itself (BAD_USER_INPUT on first): not costed as a page.
    expect(cost('{ contractors(first: 500) { edges { node { id } } } }')).toBe(4);
    // Each contractor's assignments at 20, each 1 + its id.
    expect(cost('{ contractors(first: 10) { edges { node { assignments { id } } } } }')).toBe(10 * (3 + 20 * 2));
  });

  it('costs every page the three apps send within the limit, with their lists at 200', async () => {
    const schema = await buildCoverlineSchema();
    expect(APP_DOCUMENTS.length).toBeGreaterThan(50);
    const over = APP_DOCUMENTS.map(([name, document]) => [name, listCost(schema, document, null, { first: 200 })] as const).filter(([, cost]) => cost > MAX_LIST_COST);
    expect(over).toEqual([]);
  });
});

describe('over HTTP', () => {
  let server: TestServer;
  let statements = 0;
  beforeAll(async () => {
    server = await startTestServer({ RUN_WORKER: 'false' }, { observeStatements: () => void statements++ });
  });
  afterAll(async () => server?.stop());

  it('refuses the nested lists quickly, before any of them is read, and still answers the same lists a page at a time', async () => {
    const { client } = await signedInAgencyMember(server);
    await client.data('{ viewer { id } }');
    statements = 0;
    const started = performance.now();
    const refused = await client.request(NESTED_LISTS);
    expect(performance.now() - started).toBeLessThan(500);
    expect(refused.status).toBe(400);
    expect(errorCode(refused)).toBe('QUERY_TOO_COSTLY');
    expect(refused.errors?.[0]?.message).toMatch(/^This query asks for too much at once \(a cost of [\d,]+, at most 200,000/);
    // The session lookup, and not one list.
    expect(statements).toBeLessThanOrEqual(1);
    const small = await client.request(`{ contractors(first: 5) { edges { node { assignments { id certificate { number } } } } } }`);
    expect(small.errors).toBeUndefined();
  });
});
