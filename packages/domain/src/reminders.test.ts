import { describe, expect, it } from 'vitest';
import { dueReminderDay, reminderDaysSchema } from './reminders';

const sent = new Date('2026-03-01T15:00:00Z');
const at = (days: number, hours = 0) => new Date(sent.getTime() + days * 86_400_000 + hours * 3_600_000);
const due = (now: Date, sentDays: number[] = [], scheduleDays = [2, 5]) => dueReminderDay({ linkSentAt: sent, now, scheduleDays, sentDays });

describe('dueReminderDay', () => {
  it('is nothing before the first schedule day', () => {
    expect(due(at(0))).toBeNull();
    expect(due(at(1, 23))).toBeNull();
    expect(due(new Date(at(2).getTime() - 1))).toBeNull();
  });

  it('is the first day once exactly that many days have passed', () => {
    expect(due(at(2))).toBe(2);
    expect(due(at(3, 12))).toBe(2);
  });

  it('is nothing once that day was sent, until the next day comes', () => {
    expect(due(at(3), [2])).toBeNull();
    expect(due(at(4, 23), [2])).toBeNull();
    expect(due(at(5), [2])).toBe(5);
  });

  it('is nothing after the last day was sent', () => {
    expect(due(at(12), [2, 5])).toBeNull();
  });

  it('catches up with one reminder, the latest due, when runs were missed', () => {
    expect(due(at(6))).toBe(5);
    expect(due(at(6), [5])).toBeNull();
  });

  it('never sends an earlier day after a later one', () => {
    expect(due(at(30), [5], [2, 5])).toBeNull();
  });

  it('follows a schedule given in any order', () => {
    expect(due(at(7), [], [7, 1, 3])).toBe(7);
    expect(due(at(2), [1], [7, 1, 3])).toBeNull();
    expect(due(at(3), [1], [7, 1, 3])).toBe(3);
  });

  it('is nothing for an empty schedule', () => {
    expect(due(at(40), [], [])).toBeNull();
  });

  it('refuses an invalid date', () => {
    expect(() => dueReminderDay({ linkSentAt: new Date('nope'), now: at(3), scheduleDays: [2], sentDays: [] })).toThrow(RangeError);
  });
});

describe('reminderDaysSchema', () => {
  it('keeps days in ascending order', () => {
    expect(reminderDaysSchema.parse([5, 2, 10])).toEqual([2, 5, 10]);
  });

  it('accepts no days (no automatic reminders) and the bounds 1 and 30', () => {
    expect(reminderDaysSchema.parse([])).toEqual([]);
    expect(reminderDaysSchema.parse([1, 30])).toEqual([1, 30]);
  });

  it.each([[[0]], [[31]], [[2.5]], [[-1]]])('refuses %j', (days) => {
    expect(reminderDaysSchema.safeParse(days).error?.issues[0]?.message).toMatch(/days/);
  });

  it('refuses more than five days', () => {
    expect(reminderDaysSchema.safeParse([1, 2, 3, 4, 5, 6]).error?.issues[0]?.message).toBe('Choose at most 5 reminder days');
  });

  it('refuses a day given twice', () => {
    expect(reminderDaysSchema.safeParse([2, 2]).error?.issues[0]?.message).toBe('Each reminder day can appear only once');
  });
});
