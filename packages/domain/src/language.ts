// The languages a contractor reads Coverline in (issue 14): the contractor app, their emails and the
// opt-in terms. The agency and Hub apps stay English, so every formatter and word list takes a
// language that defaults to English.

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

/** The BCP 47 locale each language formats dates and money in: US English, and Spanish as spoken in the US. */
export const LOCALE_OF_LANGUAGE: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/** Each language named in itself, for the switcher ("English / Español"). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', es: 'Español' };

/** Each language named in English, for the agency's app ("Prefers Spanish"). */
export const LANGUAGE_NAMES_IN_ENGLISH: Record<Language, string> = { en: 'English', es: 'Spanish' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of a browser's preferred languages (`navigator.languages`, most wanted first) that we
 * speak, by its primary subtag: ["es-MX", "en"] → "es", ["fr-FR", "en-GB"] → "en", ["fr"] → "en".
 */
export function languageFromPreferences(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}
