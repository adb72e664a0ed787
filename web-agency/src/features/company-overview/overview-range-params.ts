// The Company Overview's date range as its URL keeps it (a reload or a shared link shows the same
// figures): a preset (`?range=THIS_YEAR`), or a custom range (`?from=…&to=…`), all time by default.
import { OVERVIEW_RANGE_PRESETS, overviewRangeForPreset, type OverviewRange, type OverviewRangePreset } from '@coverline/domain';

export type OverviewRangeChoice = { preset: OverviewRangePreset } | { preset: 'CUSTOM'; from: string; to: string };

export function readRangeParams(url: URLSearchParams): OverviewRangeChoice {
  const from = url.get('from');
  const to = url.get('to');
  if (from !== null || to !== null) return { preset: 'CUSTOM', from: from ?? '', to: to ?? '' };
  const preset = OVERVIEW_RANGE_PRESETS.find((candidate) => candidate === url.get('range'));
  return { preset: preset ?? 'ALL_TIME' };
}

export function writeRangeParams(choice: OverviewRangeChoice): URLSearchParams {
  const url = new URLSearchParams();
  if (choice.preset === 'CUSTOM') {
    if (choice.from) url.set('from', choice.from);
    if (choice.to) url.set('to', choice.to);
    // An empty custom range is still custom (the rep is about to pick its dates).
    if (!choice.from && !choice.to) url.set('from', '');
  } else if (choice.preset !== 'ALL_TIME') url.set('range', choice.preset);
  return url;
}

/** The range the API is asked for; a custom bound left empty is open. */
export function rangeOf(choice: OverviewRangeChoice, today: string): OverviewRange {
  if (choice.preset === 'CUSTOM') return { from: choice.from || null, to: choice.to || null };
  return overviewRangeForPreset(choice.preset, today);
}
