// The portal's card form: checked with the shared card rules, then handed to the payment provider
// (the sandbox's test-card mapping) for a token. Only the token ever reaches the GraphQL API.
import { checkCardForm, parseCardExpiry, sandboxTokenForCardNumber, todayInTimeZone } from '@coverline/domain';
import type { IssueLike } from '@coverline/ui';

export interface CardValues {
  number: string;
  expiry: string;
  cvc: string;
  name: string;
}

export const EMPTY_CARD: CardValues = { number: '', expiry: '', cvc: '', name: '' };

/** The test cards the sandbox provider knows, to show in test mode. */
export const TEST_CARD_HINT = 'Test mode: use 4242 4242 4242 4242 (charged) or 4000 0000 0000 0002 (declined), any future expiry and any 3-digit code.';

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
export function tokenizeCard(card: CardValues, prefix: string): { card: TokenizedCard | null; issues: IssueLike[] } {
  const issues: IssueLike[] = checkCardForm(card, localToday()).map((problem) => ({
    path: [prefix, problem.field],
    message: problem.message,
  }));
  if (card.name.trim() === '') issues.push({ path: [prefix, 'name'], message: 'Enter the name on the card.' });
  const expiry = parseCardExpiry(card.expiry);
  if (issues.length > 0 || !expiry) return { card: null, issues };
  const token = sandboxTokenForCardNumber(card.number);
  if (!token) {
    return {
      card: null,
      issues: [{ path: [prefix, 'number'], message: 'This card was not accepted. Check the number, or use another card.' }],
    };
  }
  return { card: { token, expiry }, issues: [] };
}
