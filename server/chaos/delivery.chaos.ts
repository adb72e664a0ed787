// Mail and webhooks after a worker kill: mails in the outbox and webhook events for a loopback
// receiver are being delivered when the worker process is SIGKILLed; the next worker (its liveness
// sweep releases the dead one's jobs) delivers the rest within a minute, and nothing twice. Both are
// at least once (decisions 0020, 0024): only what arrived in the instant before the kill, whose
// delivery the killed worker could not record, may come again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSystem } from '../src/access/access.js';
import { authorize } from '../src/access/policy.js';
import { enqueueMail, outboxMessageId } from '../src/mail/outbox.js';
import { recordWebhookEvent } from '../src/modules/webhooks/webhook-events.js';
import { signedInAgencyMember } from '../test/factories/index.js';
import { killProcess, startWorkerProcess } from '../test/support/child-processes.js';
import { startTestServer, type TestServer } from '../test/support/test-server.js';
import { WebhookReceiver } from '../test/support/webhook-receiver.js';
import { printFigures, SCALE } from './scale.js';

const DELIVERY_BOUND_MS = 60_000;
/** What arrived this shortly before the kill may not have been recorded as delivered, and may come again. */
const UNRECORDED_WINDOW_MS = 1_000;
/** How long after the last arrival a late duplicate is waited for. */
const QUIET_MS = 3_000;

let server: TestServer;
let receiver: WebhookReceiver;
const workers = new Set<Awaited<ReturnType<typeof startWorkerProcess>>>();

beforeAll(async () => {
  server = await startTestServer({ RUN_WORKER: 'false' });
  receiver = await new WebhookReceiver().start();
  // A receiver that takes a moment spreads the deliveries out, so the kill lands among them.
  receiver.answer = () => ({ status: 200, body: 'ok', delayMs: 50 });
});

afterAll(async () => {
  for (const worker of workers) await killProcess(worker);
  await receiver?.stop();
  await server?.stop();
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}

/** How many times each key arrived, and the keys that arrived more than once though recorded before the kill. */
function arrivals(items: { key: string; receivedAt: number }[], killedAt: number) {
  const byKey = new Map<string, number[]>();
  for (const { key, receivedAt } of items) byKey.set(key, [...(byKey.get(key) ?? []), receivedAt]);
  const again = [...byKey].filter(([, times]) => times.length > 1);
  const twice = again.filter(([, [first]]) => first! < killedAt - UNRECORDED_WINDOW_MS || first! > killedAt).map(([key]) => key);
  return { distinct: byKey.size, redelivered: again.length - twice.length, twice };
}

describe('mail and webhooks after a worker kill', () => {
  it('delivers every mail and webhook within a minute, none twice, a redelivered mail under its first Message-ID', async () => {
    const { agency, client } = await signedInAgencyMember(server);
    await client.data('mutation($url: String!) { createWebhookEndpoint(url: $url, events: ["policy.active"]) { id } }', { url: receiver.url });
    const { mails, webhooks } = SCALE.delivery;
    const messageIds = new Set<string>();
    for (let n = 0; n < mails; n++) {
      const outboxId = await enqueueMail(server.db, { to: `chaos-mail-${n}@delivery.chaos.test`, subject: `Chaos mail ${n}`, text: `Mail ${n}`, html: `<p>Mail ${n}</p>` });
      messageIds.add(outboxMessageId(outboxId, server.coverline.deps.config.mailFrom));
    }
    await asSystem(server.coverline.deps, 'chaos suite', (access) =>
      authorize(access, 'webhook:deliver').transaction(async (tx) => {
        for (let n = 0; n < webhooks; n++) await recordWebhookEvent(tx, { agencyId: agency.id, type: 'policy.active', data: { n } });
      }),
    );
    const mailsOf = () => server.inbox.messages.filter((m) => m.to.endsWith('@delivery.chaos.test'));

    const first = await startWorkerProcess(server);
    workers.add(first);
    const midWay = await waitUntil(() => mailsOf().length >= mails / 3 || receiver.received.length >= webhooks / 3, DELIVERY_BOUND_MS);
    await killProcess(first);
    workers.delete(first);
    const killedAt = Date.now();
    const beforeKill = { mails: mailsOf().length, webhooks: receiver.received.length };

    const restartedAt = Date.now();
    workers.add(await startWorkerProcess(server));
    const distinctMails = () => new Set(mailsOf().map((m) => m.messageId)).size;
    const distinctWebhooks = () => new Set(receiver.received.map((r) => r.payload.id)).size;
    const allArrived = await waitUntil(() => distinctMails() === mails && distinctWebhooks() === webhooks, DELIVERY_BOUND_MS);
    const deliveredIn = Date.now() - restartedAt;
    const lastArrival = () => Math.max(0, ...mailsOf().map((m) => m.receivedAt), ...receiver.received.map((r) => r.receivedAt));
    await waitUntil(() => Date.now() - lastArrival() > QUIET_MS, QUIET_MS * 3);

    // By Message-ID: one per outbox row on every attempt, so a redelivered mail is known for the same message.
    const mailArrivals = arrivals(mailsOf().map((m) => ({ key: m.messageId, receivedAt: m.receivedAt })), killedAt);
    const webhookArrivals = arrivals(receiver.received.map((r) => ({ key: r.payload.id, receivedAt: r.receivedAt })), killedAt);
    printFigures('Mail and webhooks after a worker kill', [
      ['mails / webhook events', `${mails} / ${webhooks}`],
      ['worker kills (SIGKILL)', 1],
      ['arrived before the kill (mails / webhooks)', `${beforeKill.mails} / ${beforeKill.webhooks}`],
      ['all delivered after the restart in', `${(deliveredIn / 1000).toFixed(1)} s (bound ${DELIVERY_BOUND_MS / 1000} s)`],
      ['distinct arrived (mails / webhooks)', `${mailArrivals.distinct} / ${webhookArrivals.distinct}`],
      ['redelivered, unrecorded at the kill', `${mailArrivals.redelivered} / ${webhookArrivals.redelivered}`],
      ['delivered twice', `${mailArrivals.twice.length} / ${webhookArrivals.twice.length}`],
    ]);
    expect(midWay).toBe(true);
    expect(beforeKill.mails + beforeKill.webhooks).toBeLessThan(mails + webhooks);
    expect(allArrived).toBe(true);
    expect(new Set(mailsOf().map((m) => m.messageId))).toEqual(messageIds);
    expect(mailArrivals.twice).toEqual([]);
    expect(webhookArrivals.twice).toEqual([]);
  });
});
