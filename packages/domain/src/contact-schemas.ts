// A phone number and a ZIP code, checked alike on every form and by the server. zod's mini API: the
// opt-in form on the contractor's first page checks both, and the classic API would bring all of
// zod with them (decision 0041).
import { z } from 'zod/mini';

export const phoneSchema = z.string().check(
  z.trim(),
  z.refine((value) => /^\+?[0-9 ().-]{7,20}$/.test(value) && value.replace(/\D/g, '').length >= 10, {
    error: 'Enter a phone number with area code',
  }),
);

export const postalCodeSchema = z.string().check(z.trim(), z.regex(/^\d{5}(-\d{4})?$/, { error: 'Use a 5-digit ZIP code (or ZIP+4)' }));
