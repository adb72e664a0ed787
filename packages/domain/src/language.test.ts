import { describe, expect, it } from 'vitest';
import { isLanguage, languageFromPreferences } from './language';

describe('languageFromPreferences', () => {
  it('takes the first preferred language we speak, by its primary subtag', () => {
    expect(languageFromPreferences(['es-US', 'en-US'])).toBe('es');
    expect(languageFromPreferences(['es-MX'])).toBe('es');
    expect(languageFromPreferences(['ES_es'])).toBe('es');
    expect(languageFromPreferences(['fr-FR', 'es', 'en'])).toBe('es');
    expect(languageFromPreferences(['en-GB', 'es'])).toBe('en');
  });

  it('falls back to English for languages we do not speak or none at all', () => {
    expect(languageFromPreferences(['fr-FR', 'de'])).toBe('en');
    expect(languageFromPreferences([])).toBe('en');
    expect(languageFromPreferences(['', 'x-klingon'])).toBe('en');
  });
});

describe('isLanguage', () => {
  it('accepts exactly the languages we speak', () => {
    expect(isLanguage('en')).toBe(true);
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('ES')).toBe(false);
    expect(isLanguage('fr')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
