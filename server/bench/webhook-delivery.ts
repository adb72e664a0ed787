// Webhook delivery latency: from an event's commit to a loopback receiver, through the real outbox,
// job queue and worker, for events spread out as changes happen (so each figure is the pipeline's,
// not a queue's).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { asSystem } from '../src/access/access.js';
import { authorize } from '../src/access/policy.js';
import type { ServerDependencies } from '../src/dependencies.js';
import { recordWebhookEvent } from '../src/modules/webhooks/webhook-events.js';

type Bench = {
  deps: ServerDependencies;
  url: string;
  agencyId: string;
  /** A signed-in rep's request headers. */
  headers: Record<string, string>;
  record: (name: string, value: string) => void;
};

const EVENTS = 50;

async function graphql<T>(url: string, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!result.data || result.errors) throw new Error(`the bench's GraphQL call failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function benchWebhookDelivery({ deps, url, agencyId, headers, record }: Bench): Promise<void> {
  const receivedAt = new Map<string, number>();
  let allReceived: () => void = () => {};
  const done = new Promise<void>((resolve) => (allReceived = resolve));
  const receiver = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      receivedAt.set((JSON.parse(body) as { id: string }).id, performance.now());
      response.end('ok');
      if (receivedAt.size === EVENTS) allReceived();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  const { createWebhookEndpoint: endpoint } = await graphql<{ createWebhookEndpoint: { id: string } }>(
    url,
    headers,
    'mutation($url: String!) { createWebhookEndpoint(url: $url, events: ["policy.active"]) { id } }',
    { url: `http://127.0.0.1:${port}/hooks` },
  );
  try {
    const committedAt = new Map<string, number>();
    for (let n = 0; n < EVENTS; n++) {
      const event = await asSystem(deps, 'bench', (access) =>
        authorize(access, 'webhook:deliver').transaction((tx) => recordWebhookEvent(tx, { agencyId, type: 'policy.active', data: { n } })),
      );
      committedAt.set(event.id, performance.now());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('not every webhook arrived within 30 s')), 30_000))]);
    const latencies = [...committedAt].map(([id, at]) => (receivedAt.get(id) ?? Number.NaN) - at).sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? Number.NaN;
    record(`webhook delivery, event commit → receiver (${EVENTS} events): p50 / p95 / max`, `${at(0.5).toFixed(1)} ms / ${at(0.95).toFixed(1)} ms / ${at(1).toFixed(1)} ms`);
  } finally {
    await graphql(url, headers, 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id: endpoint.id });
    await new Promise((resolve) => receiver.close(resolve));
  }
}
