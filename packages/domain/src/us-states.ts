// zod's mini API: the opt-in form on the contractor's first page checks a state with it (decision 0041).
import { z } from 'zod/mini';

/** The 50 states and the District of Columbia, ordered by name. */
export const US_STATES = [
  { code: 'AL', name: 'Alabama' },
  { code: 'AK', name: 'Alaska' },
  { code: 'AZ', name: 'Arizona' },
  { code: 'AR', name: 'Arkansas' },
  { code: 'CA', name: 'California' },
  { code: 'CO', name: 'Colorado' },
  { code: 'CT', name: 'Connecticut' },
  { code: 'DE', name: 'Delaware' },
  { code: 'DC', name: 'District of Columbia' },
  { code: 'FL', name: 'Florida' },
  { code: 'GA', name: 'Georgia' },
  { code: 'HI', name: 'Hawaii' },
  { code: 'ID', name: 'Idaho' },
  { code: 'IL', name: 'Illinois' },
  { code: 'IN', name: 'Indiana' },
  { code: 'IA', name: 'Iowa' },
  { code: 'KS', name: 'Kansas' },
  { code: 'KY', name: 'Kentucky' },
  { code: 'LA', name: 'Louisiana' },
  { code: 'ME', name: 'Maine' },
  { code: 'MD', name: 'Maryland' },
  { code: 'MA', name: 'Massachusetts' },
  { code: 'MI', name: 'Michigan' },
  { code: 'MN', name: 'Minnesota' },
  { code: 'MS', name: 'Mississippi' },
  { code: 'MO', name: 'Missouri' },
  { code: 'MT', name: 'Montana' },
  { code: 'NE', name: 'Nebraska' },
  { code: 'NV', name: 'Nevada' },
  { code: 'NH', name: 'New Hampshire' },
  { code: 'NJ', name: 'New Jersey' },
  { code: 'NM', name: 'New Mexico' },
  { code: 'NY', name: 'New York' },
  { code: 'NC', name: 'North Carolina' },
  { code: 'ND', name: 'North Dakota' },
  { code: 'OH', name: 'Ohio' },
  { code: 'OK', name: 'Oklahoma' },
  { code: 'OR', name: 'Oregon' },
  { code: 'PA', name: 'Pennsylvania' },
  { code: 'RI', name: 'Rhode Island' },
  { code: 'SC', name: 'South Carolina' },
  { code: 'SD', name: 'South Dakota' },
  { code: 'TN', name: 'Tennessee' },
  { code: 'TX', name: 'Texas' },
  { code: 'UT', name: 'Utah' },
  { code: 'VT', name: 'Vermont' },
  { code: 'VA', name: 'Virginia' },
  { code: 'WA', name: 'Washington' },
  { code: 'WV', name: 'West Virginia' },
  { code: 'WI', name: 'Wisconsin' },
  { code: 'WY', name: 'Wyoming' },
] as const satisfies readonly { readonly code: string; readonly name: string }[];

/** Two-letter code of one of the 50 states or DC. */
export type UsStateCode = (typeof US_STATES)[number]['code'];

/** The 51 codes, in the order of `US_STATES`, as a tuple (usable with `z.enum`). */
export const US_STATE_CODES = US_STATES.map((s) => s.code) as unknown as readonly [
  UsStateCode,
  ...UsStateCode[],
];

const NAMES_BY_CODE: ReadonlyMap<string, string> = new Map(US_STATES.map((s) => [s.code, s.name]));

export function isUsStateCode(value: string): value is UsStateCode {
  return NAMES_BY_CODE.has(value);
}

/** Full name of a state code; `undefined` for a string that is not a state or DC. */
export function usStateName(code: UsStateCode): string;
export function usStateName(code: string): string | undefined;
export function usStateName(code: string): string | undefined {
  return NAMES_BY_CODE.get(code);
}

const STATE_MESSAGE = 'Must be a US state or DC (two-letter code)';

/** Accepts e.g. " ca " and yields "CA"; refuses anything not one of the 51 codes. */
export const usStateCodeSchema = z.pipe(z.string({ error: STATE_MESSAGE }).check(z.trim(), z.toUpperCase()), z.enum(US_STATE_CODES, { error: STATE_MESSAGE }));

/** States where workers' compensation is sold only by a state fund. */
export const MONOPOLISTIC_WC_STATES = ['ND', 'OH', 'WA', 'WY'] as const satisfies readonly UsStateCode[];

export function isMonopolisticWcState(code: string): boolean {
  return (MONOPOLISTIC_WC_STATES as readonly string[]).includes(code);
}
