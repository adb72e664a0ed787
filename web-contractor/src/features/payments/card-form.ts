// The portal's card form: checked with the shared card rules, then handed to the payment provider
// (the sandbox's test-card mapping) for a token. Only the token ever reaches the GraphQL API.
import { checkCardForm, parseCardExpiry, sandboxTokenForCardNumber, todayInTimeZone } from '@coverline/domain';
import type { IssueLike } from '@coverline/ui';
import type { TFunction } from 'i18next';
import { contractorFieldMessage } from '../../i18n/contractor-errors';

export interface CardValues {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

export const EMPTY_CARD: CardValues = { number: '', expiry: '', cvc: '', name: '' };

function localToday(): string {
  return todayInTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/** A card as the API takes it: the provider's token, and the expiry typed with it (the sandbox's tokens carry none). */
export interface TokenizedCard {
  token: string;
  expiry: { month: number; year: number };
}

/**
 * Checks the card and asks the provider for its token. Problems come back by field, under
 * `prefix` (e.g. "card.number"); the card is null whenever there is a problem.
 */
export function tokenizeCard(card: CardValues, prefix: string, t: TFunction): { card: TokenizedCard | null; issues: IssueLike[] } {
  const issues: IssueLike[] = checkCardForm(card, localToday()).map((problem) => ({
    path: [prefix, problem.field],
    // The domain's card rules say what is wrong in English; a Spanish reader is told by the field.
    message: contractorFieldMessage(`card.${problem.field}`, problem.message),
  }));
  if (card.name.trim() === '') issues.push({ path: [prefix, 'name'], message: t('validation.cardName') });
  const expiry = parseCardExpiry(card.expiry);
  if (issues.length > 0 || !expiry) return { card: null, issues };
  const token = sandboxTokenForCardNumber(card.number);
  if (!token) {
    return {
      card: null,
      issues: [{ path: [prefix, 'number'], message: t('validation.cardNotAccepted') }],
    };
  }
  return { card: { token, expiry }, issues: [] };
}
