// Opt-in reminders (flow 4): the agency's schedule of days after the link was sent, and which of
// its days is due when the hourly job looks.
import { z } from 'zod';

export const DEFAULT_REMINDER_DAYS: readonly number[] = [2, 5];
export const MAX_REMINDER_DAYS = 5;
export const REMINDER_DAY_RANGE = { min: 1, max: 30 } as const;

const DAY_MS = 86_400_000;

/** The schedule as an agency sets it: 1–30 days, at most five, each once; kept in ascending order. */
export const reminderDaysSchema = z
  .array(z.number({ message: 'Enter whole days' }))
  // Checked as a whole so that the problem names the field, not one position in it.
  .refine((days) => days.every((day) => Number.isInteger(day) && day >= REMINDER_DAY_RANGE.min && day <= REMINDER_DAY_RANGE.max), {
    message: `Use whole days from ${REMINDER_DAY_RANGE.min} to ${REMINDER_DAY_RANGE.max}`,
  })
  .refine((days) => days.length <= MAX_REMINDER_DAYS, { message: `Choose at most ${MAX_REMINDER_DAYS} reminder days` })
  .refine((days) => new Set(days).size === days.length, { message: 'Each reminder day can appear only once' })
  .transform((days) => [...days].sort((a, b) => a - b));

/**
 * The schedule day whose reminder is due now, or null. It is the latest day d with
 * linkSentAt + d days <= now, provided no reminder for that day or a later one went out. Catching up
 * after missed runs therefore sends one reminder (the latest due), never a burst of stale ones, and
 * never an earlier day after a later one.
 */
export function dueReminderDay(input: { linkSentAt: Date; now: Date; scheduleDays: readonly number[]; sentDays: readonly number[] }): number | null {
  const { linkSentAt, now } = input;
  if (Number.isNaN(linkSentAt.getTime()) || Number.isNaN(now.getTime())) throw new RangeError('dueReminderDay: invalid Date');
  const elapsed = now.getTime() - linkSentAt.getTime();
  const reached = input.scheduleDays.filter((day) => day * DAY_MS <= elapsed);
  if (reached.length === 0) return null;
  const latest = Math.max(...reached);
  const latestSent = input.sentDays.length > 0 ? Math.max(...input.sentDays) : 0;
  return latest > latestSent ? latest : null;
}
