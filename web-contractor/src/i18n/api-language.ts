// The API names languages EN and ES; the app and the domain say 'en' and 'es'.
import { isLanguage, type Language } from '@coverline/domain';
import type { Language as ApiLanguage } from '../gql/graphql';

const API_LANGUAGES: Record<Language, ApiLanguage> = { en: 'EN', es: 'ES' };

/** The API's name of an i18next language ('es' → 'ES'); English for anything we do not speak. */
export function apiLanguage(language: string): ApiLanguage {
  return API_LANGUAGES[isLanguage(language) ? language : 'en'];
}

/** The app's name of an API language ('ES' → 'es'). */
export function appLanguage(language: ApiLanguage): Language {
  return language === 'ES' ? 'es' : 'en';
}
