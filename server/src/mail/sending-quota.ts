// Mail that a person (or an API key) has Coverline send to others — invitations, opt-in reminders —
// counts against their agency's hourly quota, so a stolen session or a runaway script cannot turn
// Coverline into a mailer. Over it, the request is refused (429) and nothing is sent.
import type { ScopedTransaction } from '../access/scope.js';
import { rateLimited } from '../graphql/errors.js';
import { consumeRateLimit, secondsLeftInWindow } from '../modules/auth/rate-limit.js';

const HOUR_SECONDS = 60 * 60;

/** Mails of each kind an agency may have sent in an hour. */
export const HOURLY_MAIL_QUOTA = { invitation: 100, reminder: 2000 } as const;

export type QuotaMail = keyof typeof HOURLY_MAIL_QUOTA;

const KIND_WORDS: Record<QuotaMail, string> = { invitation: 'invitations', reminder: 'reminders' };

/** Counts one mail of `kind` for the agency, or refuses it when the hour's quota is spent. */
export async function spendMailQuota(tx: ScopedTransaction, input: { kind: QuotaMail; agencyId: string; now: Date }): Promise<void> {
  const { kind, agencyId, now } = input;
  const rule = { limit: HOURLY_MAIL_QUOTA[kind], windowSeconds: HOUR_SECONDS };
  if (await consumeRateLimit(tx.db, `mail:${kind}:agency:${agencyId}`, rule, now)) return;
  const retryAfterSeconds = secondsLeftInWindow(rule, now);
  throw rateLimited(
    `Your agency has sent its ${HOURLY_MAIL_QUOTA[kind]} ${KIND_WORDS[kind]} for this hour. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`,
    retryAfterSeconds,
  );
}
