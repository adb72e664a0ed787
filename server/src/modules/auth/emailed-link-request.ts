// A request for a link by email (a Compliance Hub sign-in, a password reset, a contractor's own link): always the same answer
// and the same work, whether or not the email belongs to anyone. It counts the request against a few
// tries per inbox and more per office network, and queues the job that decides whether to send.
import type { Scope } from '../../access/scope.js';
import type { Context } from '../../graphql/context.js';
import { addJob } from '../../jobs/queue.js';
import { consumeRateLimit } from './rate-limit.js';

const PER_EMAIL = { limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { limit: 30, windowSeconds: 15 * 60 };

const SEND_JOBS = { 'magic-link': 'send_magic_link', 'password-reset': 'send_password_reset', 'contractor-link': 'send_contractor_link' } as const;

/** Queues the link's job within the limits; over them, nothing is sent. The caller learns nothing either way. */
export async function requestEmailedLink(ctx: Context, scope: Scope, link: keyof typeof SEND_JOBS, email: string): Promise<void> {
  const { now, logger } = ctx.access.deps;
  await scope.transaction(async (tx) => {
    const perEmail = await consumeRateLimit(tx.db, `${link}:email:${email}`, PER_EMAIL, now());
    const perIp = await consumeRateLimit(tx.db, `${link}:ip:${ctx.access.ip ?? 'unknown'}`, PER_IP, now());
    if (perEmail && perIp) await addJob(tx.db, SEND_JOBS[link], { email });
    else logger.warn({ ip: ctx.access.ip }, `${link} request over its rate limit: nothing sent`);
  });
}
