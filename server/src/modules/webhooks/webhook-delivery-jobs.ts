// The job that delivers an endpoint's events: one job key per endpoint, so however many events queue
// it, one job waits for the endpoint at a time (a running job and the next one may overlap: the
// delivery's row lock keeps them from sending the same delivery, see webhook-delivery-runner.ts).
import type { Executor } from '../../db/client.js';
import { addJob } from '../../jobs/queue.js';
import type { EndpointKey } from './webhook-endpoints.store.js';

export function webhookJobKey(endpointId: string): string {
  return `webhooks:${endpointId}`;
}

/** Queues (or moves) the endpoint's delivery job in the caller's transaction: at `runAt`, or at once. */
export async function queueEndpointDelivery(executor: Executor, endpoint: EndpointKey, runAt?: Date): Promise<void> {
  await addJob(executor, 'deliver_webhooks', endpoint, { jobKey: webhookJobKey(endpoint.endpointId), runAt });
}
