// A contractor's language in the agency's (English) words: the one they prefer, and the one of the terms they signed.
import { LANGUAGE_NAMES_IN_ENGLISH } from '@coverline/domain';
import type { Language } from '../../gql/graphql';

/** "Spanish". */
export function languageName(language: Language): string {
  return LANGUAGE_NAMES_IN_ENGLISH[language === 'ES' ? 'es' : 'en'];
}

/** "Prefers Spanish"; a language never chosen is only the default, which their emails follow. */
export function preferredLanguageInWords(contractor: { preferredLanguage: Language; languageChosen: boolean }): string {
  return contractor.languageChosen ? `Prefers ${languageName(contractor.preferredLanguage)}` : `Not chosen yet: emails in ${languageName(contractor.preferredLanguage)}`;
}

/** "Terms signed in Spanish, version 2026-11". */
export function signedTermsInWords(optIn: { termsLanguage: Language; termsVersion: string | null }): string {
  return `Terms signed in ${languageName(optIn.termsLanguage)}, ${optIn.termsVersion ? `version ${optIn.termsVersion}` : 'version not recorded'}`;
}
