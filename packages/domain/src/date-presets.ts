import { addDays, addMonths, isIsoDate } from './dates';

// The date ranges audits ask for, offered beside the Compliance Hub's date filters: worked out from
// the facility's today so that "this year" is the same year the manager sees on the wall calendar.

export type DateRangePreset = { id: string; label: string; from: string; to: string };

const QUARTER_MONTHS = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'] as const;

/** The quarter `offset` quarters from the one `today` is in (0: this one, -1: the last one), inclusive. */
function quarter(today: string, offset: number): DateRangePreset {
  const from = addMonths(`${today.slice(0, 7)}-01`, -((Number(today.slice(5, 7)) - 1) % 3) + offset * 3);
  const year = Number(from.slice(0, 4));
  const index = (Number(from.slice(5, 7)) - 1) / 3;
  return { id: `q${index + 1}-${year}`, label: `Q${index + 1} ${year} (${QUARTER_MONTHS[index]})`, from, to: addDays(addMonths(from, 3), -1) };
}

/**
 * The presets for `today` (YYYY-MM-DD), each an inclusive range: the last 6 months up to today, this
 * calendar year, the last one, and the four most recent quarters (this one and the three before, so
 * the last quarter is there even in January, when it belongs to last year).
 */
export function dateRangePresets(today: string): DateRangePreset[] {
  if (!isIsoDate(today)) throw new RangeError(`Expected a date in the form YYYY-MM-DD, got ${JSON.stringify(today)}`);
  const year = Number(today.slice(0, 4));
  return [
    { id: 'last-6-months', label: 'Last 6 months', from: addMonths(today, -6), to: today },
    { id: 'this-year', label: `This year (${year})`, from: `${year}-01-01`, to: `${year}-12-31` },
    { id: 'last-year', label: `Last calendar year (${year - 1})`, from: `${year - 1}-01-01`, to: `${year - 1}-12-31` },
    ...[0, -1, -2, -3].map((offset) => quarter(today, offset)),
  ];
}

/** The preset whose range is exactly [from, to], if any: what a filter read back from the address was set with. */
export function presetOfRange(presets: readonly DateRangePreset[], from: string | null | undefined, to: string | null | undefined): DateRangePreset | null {
  return presets.find((preset) => preset.from === from && preset.to === to) ?? null;
}
