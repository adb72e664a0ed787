// The contractor app's i18next: English bundled, Spanish fetched the first time it is needed, so an
// English first page carries no Spanish. The language is the contractor's choice when they made one
// on this browser (localStorage), else the first of the browser's languages we speak; once they are
// signed in, the language their record keeps wins (use-stored-language.ts).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, languageFromPreferences, type Language } from '@coverline/domain';
import { en } from './en';

const LANGUAGE_STORAGE_KEY = 'coverline.contractor.language';

export const i18n = i18next.createInstance();

function storedLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    // Storage can be refused (private modes, blocked cookies): the browser's languages decide then.
    return null;
  }
}

/** The language the app opens in: the one chosen on this browser, else the browser's. */
export function initialLanguage(): Language {
  return storedLanguage() ?? languageFromPreferences(navigator.languages ?? [navigator.language]);
}

/** Remembers the contractor's choice on this browser, for their next visit. */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered on this browser; the server still has it once they are signed in.
  }
}

async function loadCatalog(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  // The only other language: its own chunk, downloaded when first asked for.
  const { es } = await import('./es');
  i18n.addResourceBundle(language, 'translation', es);
}

/** Switches the app to `language`, fetching its words first; `<html lang>` follows. */
export async function switchLanguage(language: Language): Promise<void> {
  await loadCatalog(language);
  await i18n.changeLanguage(language);
}

// Screen readers pronounce, and browsers hyphenate and translate, by the page's language.
i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

/** Starts i18next in `language`; resolves once its words are there. */
export async function startI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['en', 'es'],
    // React escapes what it renders; <strong> in a few sentences is rendered by <Trans>.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    initAsync: false,
  });
  await switchLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
