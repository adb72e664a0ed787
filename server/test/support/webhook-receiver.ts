// A real webhook receiver on the loopback address (node:http), registered as an endpoint: it keeps
// every request as it arrived (raw body, headers, when) and answers as the test tells it to.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export type WebhookPayload = { id: string; type: string; createdAt: string; data: Record<string, unknown> };
export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; payload: WebhookPayload; receivedAt: number };
export type ReceiverAnswer = { status: number; body?: string; delayMs?: number } | 'hang';

/**
 * The README's recipe ("Webhooks", verifying a signature), as an integrator writes it: true when
 * `header` signs `rawBody` with `secret` within `toleranceSeconds` of now.
 */
export function verifyCoverlineSignature(rawBody: string, header: string, secret: string, toleranceSeconds = 300, nowSeconds = Date.now() / 1000): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=', 2)));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** How to answer the n-th request (0-based); 200 unless told otherwise. */
  answer: (request: ReceivedWebhook, index: number) => ReceiverAnswer = () => ({ status: 200, body: 'ok' });
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    // A sender that dies mid-request (a killed worker) resets its connection: that request never arrived whole.
    request.on('error', () => {});
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const received = { headers: request.headers, body, payload: JSON.parse(body) as WebhookPayload, receivedAt: Date.now() };
      const index = this.received.push(received) - 1;
      const answer = this.answer(received, index);
      if (answer === 'hang') return;
      setTimeout(() => response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body ?? ''), answer.delayMs ?? 0);
    });
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hooks/coverline`;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until `count` requests have arrived. */
  async waitForCount(count: number, timeoutMs = 15_000): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`the receiver got ${this.received.length} requests, not ${count}: ${this.received.map((r) => r.payload.type).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.received;
  }

  /** The distinct events received, in the order each first arrived (an integrator's de-duplication by event id). */
  distinctEvents(): WebhookPayload[] {
    const seen = new Map<string, WebhookPayload>();
    for (const { payload } of this.received) if (!seen.has(payload.id)) seen.set(payload.id, payload);
    return [...seen.values()];
  }
}
