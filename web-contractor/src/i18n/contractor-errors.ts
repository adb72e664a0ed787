// What the server says to a contractor, in their language. The server's messages are English (its
// API is the agency's too); in Spanish each refusal is said by what it is about — its
// `extensions.reason`, `field` or `code` — and a payment result by the status it reached. English
// shows the server's own words, which can be more specific.
import { errorMessage, graphQLErrorsOf } from '@coverline/ui';
import { currentLanguage, i18n } from './i18n';

function serverWords(key: string): string | undefined {
  const words = i18n.getResource(currentLanguage(), 'translation', 'server') as Record<string, string> | undefined;
  return words?.[key];
}

/** The sentence for any error a request may end with, in the current language. */
export function contractorErrorMessage(error: unknown): string {
  if (currentLanguage() === 'en') return errorMessage(error);
  const graphQLErrors = graphQLErrorsOf(error);
  if (graphQLErrors.length === 0) return errorMessage(error, { unreachable: i18n.t('errors.unreachable'), generic: i18n.t('errors.generic') });
  const sentences = graphQLErrors.map(({ extensions = {} }) => {
    const { reason, field, code } = extensions;
    for (const key of [reason, field, code]) {
      const words = typeof key === 'string' ? serverWords(key) : undefined;
      if (words) return words;
    }
    return i18n.t('errors.generic');
  });
  return [...new Set(sentences)].join(' ');
}

/** A server message about one form field (`extensions.field`), in the current language. */
export function contractorFieldMessage(field: string, message: string): string {
  return (currentLanguage() !== 'en' && serverWords(field)) || message;
}

/** A payment result's message (opt out, retry), in the current language, by the status it reached. */
export function contractorResultMessage(status: string, message: string): string {
  return (currentLanguage() !== 'en' && serverWords(`result.${status}`)) || message;
}
