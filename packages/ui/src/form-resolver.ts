// A react-hook-form resolver from a function that turns the form's values into the API input with
// the shared zod schemas of @coverline/domain: the form shows the same messages the server sends.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { issuesToFormErrors, type IssueLike } from './form-errors';

export type Validation<TOutput> = { ok: true; output: TOutput } | { ok: false; issues: IssueLike[] };

/** A zod `safeParse` result as a `Validation`. */
export function fromSafeParse<TOutput>(
  result: { success: true; data: TOutput } | { success: false; error: { issues: readonly IssueLike[] } },
  extraIssues: readonly IssueLike[] = [],
): Validation<TOutput> {
  if (result.success && extraIssues.length === 0) return { ok: true, output: result.data };
  return { ok: false, issues: [...(result.success ? [] : result.error.issues), ...extraIssues] };
}

export function validationResolver<TValues extends FieldValues, TOutput>(
  validate: (values: TValues) => Validation<TOutput>,
  /** Renames a schema path to the form's field name ("wageCents" → "wage"); null drops it. */
  fieldFor?: (path: string) => string | null,
): Resolver<TValues, unknown, TOutput> {
  return (values) => {
    const result = validate(values);
    if (result.ok) return { values: result.output, errors: {} };
    return { values: {}, errors: issuesToFormErrors(result.issues, fieldFor) as FieldErrors<TValues> };
  };
}

/** '' (an untouched input or "none" option) becomes null, as the API expects for optional fields. */
export function emptyToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
