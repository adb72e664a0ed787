// The settings form's values (limits as dollars typed) and how they become `AgencySettingsInput`,
// checked by agencySettingsSchema, the server's own rules.
import { agencySettingsSchema, parseDollarsToCents } from '@coverline/domain';
import { fromSafeParse, type IssueLike, type Validation } from '@coverline/ui';
import type { AgencySettingsForm_SettingsFragment, AgencySettingsInput, Payer } from '../../gql/graphql';

export interface SettingsFormValues {
  billingEmail: string;
  defaultPoContactEmail: string;
  defaultPayer: Payer;
  timeZone: string;
  reminderDays: string[];
  generalLiability: { required: boolean; eachOccurrence: string; aggregate: string };
  workersCompensation: { required: boolean; eachAccident: string; diseaseEachEmployee: string; diseasePolicyLimit: string };
}

/** Each limit's form field and the API's field for it (also the path of a server error). */
const LIMIT_FIELDS = [
  ['generalLiability.eachOccurrence', 'generalLiability.eachOccurrenceCents'],
  ['generalLiability.aggregate', 'generalLiability.aggregateCents'],
  ['workersCompensation.eachAccident', 'workersCompensation.employersLiabilityEachAccidentCents'],
  ['workersCompensation.diseaseEachEmployee', 'workersCompensation.employersLiabilityDiseaseEachEmployeeCents'],
  ['workersCompensation.diseasePolicyLimit', 'workersCompensation.employersLiabilityDiseasePolicyLimitCents'],
] as const;

export type SettingsFormField = 'billingEmail' | 'defaultPoContactEmail' | 'defaultPayer' | 'timeZone' | 'reminderDays' | (typeof LIMIT_FIELDS)[number][0];

/** The API fields whose errors show next to an input. */
export const SERVER_FIELDS = ['billingEmail', 'defaultPoContactEmail', 'defaultPayer', 'timeZone', 'reminderDays', ...LIMIT_FIELDS.map(([, api]) => api)] as const;

/** The form field of a schema or server path ("generalLiability.aggregateCents" → "generalLiability.aggregate"). */
export function settingsFieldFor(path: string): SettingsFormField | null {
  const limit = LIMIT_FIELDS.find(([, api]) => api === path);
  if (limit) return limit[0];
  return (['billingEmail', 'defaultPoContactEmail', 'defaultPayer', 'timeZone', 'reminderDays'] as const).find((field) => field === path) ?? null;
}

/** A limit as the input shows it: "1,000,000" (limits are whole dollars). */
const dollars = (cents: number | null) => (cents ? new Intl.NumberFormat('en-US').format(cents / 100) : '');

export function settingsFormValues(settings: AgencySettingsForm_SettingsFragment): SettingsFormValues {
  const gl = settings.generalLiability;
  const wc = settings.workersCompensation;
  return {
    billingEmail: settings.billingEmail ?? '',
    defaultPoContactEmail: settings.defaultPoContactEmail ?? '',
    defaultPayer: settings.defaultPayer,
    timeZone: settings.timeZone,
    reminderDays: settings.reminderDays.map(String),
    generalLiability: { required: gl.required, eachOccurrence: dollars(gl.eachOccurrenceCents), aggregate: dollars(gl.aggregateCents) },
    workersCompensation: {
      required: wc.required,
      eachAccident: dollars(wc.employersLiabilityEachAccidentCents),
      diseaseEachEmployee: dollars(wc.employersLiabilityDiseaseEachEmployeeCents),
      diseasePolicyLimit: dollars(wc.employersLiabilityDiseasePolicyLimitCents),
    },
  };
}

/** Every setting as the form shows it: a limit of a coverage that is not required is not sent (the API refuses it). */
export function toAgencySettingsInput(values: SettingsFormValues): Validation<AgencySettingsInput> {
  const issues: IssueLike[] = [];
  const limit = (required: boolean, apiField: (typeof LIMIT_FIELDS)[number][1], typed: string): number | null => {
    if (!required || typed.trim() === '') return null;
    const cents = parseDollarsToCents(typed);
    if (cents === null) issues.push({ path: apiField.split('.'), message: 'Enter an amount in dollars, e.g. 1,000,000' });
    return cents;
  };
  const gl = values.generalLiability;
  const wc = values.workersCompensation;
  const input = {
    billingEmail: values.billingEmail,
    defaultPoContactEmail: values.defaultPoContactEmail,
    defaultPayer: values.defaultPayer,
    timeZone: values.timeZone,
    reminderDays: values.reminderDays.map(Number),
    generalLiability: {
      required: gl.required,
      eachOccurrenceCents: limit(gl.required, 'generalLiability.eachOccurrenceCents', gl.eachOccurrence),
      aggregateCents: limit(gl.required, 'generalLiability.aggregateCents', gl.aggregate),
    },
    workersCompensation: {
      required: wc.required,
      employersLiabilityEachAccidentCents: limit(wc.required, 'workersCompensation.employersLiabilityEachAccidentCents', wc.eachAccident),
      employersLiabilityDiseaseEachEmployeeCents: limit(wc.required, 'workersCompensation.employersLiabilityDiseaseEachEmployeeCents', wc.diseaseEachEmployee),
      employersLiabilityDiseasePolicyLimitCents: limit(wc.required, 'workersCompensation.employersLiabilityDiseasePolicyLimitCents', wc.diseasePolicyLimit),
    },
  };
  // An amount that is not dollars is reported as typed; the schema's problem with its null would say less.
  if (issues.length > 0) return { ok: false, issues };
  const checked = fromSafeParse(agencySettingsSchema.safeParse(input));
  // The input as typed, not the parsed output: the API reads "" as "clear" but null as "keep".
  return checked.ok ? { ok: true, output: input } : checked;
}
