import { describe, expect, it } from 'vitest';
import * as domain from './index';
import { canTransition } from './assignment-rules';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from './enums';
import {
  SANDBOX_TEST_CARDS,
  cardBrandFromNumber,
  cardBrandLabel,
  cardLabel,
  declineReasonInWords,
  cardExpiryProblem,
  cardNumberDigits,
  chargeDueAt,
  chargeIdempotencyKey,
  chargeJobKey,
  checkCardForm,
  isCardExpired,
  isLuhnValid,
  optOutRefusal,
  parseCardExpiry,
  retryRefusal,
  sandboxAttachedCard,
  sandboxCardForToken,
  sandboxTokenForCardNumber,
  type ChargeStatus,
} from './payments';

describe('chargeDueAt', () => {
  it('is 24 hours after the notice', () => {
    expect(chargeDueAt(new Date('2026-03-07T15:30:00Z')).toISOString()).toBe('2026-03-08T15:30:00.000Z');
  });

  it('counts real hours across a daylight-saving change', () => {
    // US clocks spring forward on 2026-03-08: 24 hours later is 16:30 local, still exactly 86,400 s.
    const notice = new Date('2026-03-07T17:30:00Z');
    expect(chargeDueAt(notice).getTime() - notice.getTime()).toBe(86_400_000);
  });

  it('refuses an invalid date', () => {
    expect(() => chargeDueAt(new Date('nope'))).toThrow(RangeError);
  });
});

describe('chargeIdempotencyKey', () => {
  it('names the assignment and the attempt', () => {
    expect(chargeIdempotencyKey('a1b2', 1)).toBe('assignment:a1b2:attempt:1');
    expect(chargeIdempotencyKey('a1b2', 2)).toBe('assignment:a1b2:attempt:2');
  });

  it('refuses an attempt that is not a positive integer, or an empty id', () => {
    for (const attempt of [0, -1, 1.5, Number.NaN]) expect(() => chargeIdempotencyKey('a', attempt)).toThrow(RangeError);
    expect(() => chargeIdempotencyKey(' ', 1)).toThrow(RangeError);
  });
});

describe('chargeJobKey', () => {
  it('names the charge, one job per charge', () => {
    expect(chargeJobKey('c1d2')).toBe('charge:c1d2');
    expect(chargeJobKey('c1d2')).not.toBe(chargeJobKey('c1d3'));
  });

  it('refuses an empty charge id', () => {
    expect(() => chargeJobKey('')).toThrow(RangeError);
    expect(() => chargeJobKey('  ')).toThrow(RangeError);
  });
});

describe('optOutRefusal', () => {
  it('allows opting out until a charge runs: while the assignment awaits payment, and after a decline', () => {
    expect(optOutRefusal('AWAITING_PAYMENT', [])).toBeNull();
    expect(optOutRefusal('AWAITING_PAYMENT', ['SCHEDULED'])).toBeNull();
    expect(optOutRefusal('AWAITING_PAYMENT', ['CANCELLED', 'SCHEDULED'])).toBeNull();
    expect(optOutRefusal('DECLINED', ['FAILED'])).toBeNull();
    expect(optOutRefusal('DECLINED', ['FAILED', 'FAILED'])).toBeNull();
  });

  it('refuses while the charge is being made, and once it was made', () => {
    expect(optOutRefusal('AWAITING_PAYMENT', ['PROCESSING'])).toMatch(/being processed/);
    expect(optOutRefusal('DECLINED', ['FAILED', 'PROCESSING'])).toMatch(/being processed/);
    expect(optOutRefusal('AWAITING_PAYMENT', ['SUCCEEDED'])).toMatch(/already paid/);
    expect(optOutRefusal('COVERED', ['SUCCEEDED'])).toMatch(/already paid/);
  });

  it('refuses in every other status, with a reason', () => {
    const others = ASSIGNMENT_STATUSES.filter((s) => s !== 'AWAITING_PAYMENT' && s !== 'DECLINED');
    for (const status of others) expect(optOutRefusal(status, []), status).toEqual(expect.any(String));
    expect(optOutRefusal('OPTED_OUT', ['CANCELLED'])).toMatch(/already opted out/);
  });

  it('only allows what the lifecycle allows: opting out moves the assignment to OPTED_OUT', () => {
    for (const status of ASSIGNMENT_STATUSES) {
      if (optOutRefusal(status, []) === null) expect(canTransition(status, 'OPTED_OUT'), status).toBe(true);
    }
  });
});

describe('retryRefusal', () => {
  it('allows a retry only after a decline', () => {
    expect(retryRefusal('DECLINED', ['FAILED'])).toBeNull();
    expect(retryRefusal('DECLINED', ['FAILED', 'FAILED'])).toBeNull();
    const others = ASSIGNMENT_STATUSES.filter((s) => s !== 'DECLINED');
    for (const status of others) expect(retryRefusal(status, ['FAILED']), status).toEqual(expect.any(String));
  });

  it('refuses while a charge is scheduled or being made, and once paid', () => {
    expect(retryRefusal('DECLINED', ['FAILED', 'SCHEDULED'])).toMatch(/already scheduled/);
    expect(retryRefusal('DECLINED', ['FAILED', 'PROCESSING'])).toMatch(/being processed/);
    expect(retryRefusal('DECLINED', ['FAILED', 'SUCCEEDED'])).toMatch(/already paid/);
  });

  it('refuses both opting out and retrying while a charge is being made or once one was made', () => {
    for (const status of ASSIGNMENT_STATUSES as readonly AssignmentStatus[]) {
      for (const charges of [['PROCESSING'], ['FAILED', 'PROCESSING'], ['SUCCEEDED'], ['FAILED', 'SUCCEEDED']] as ChargeStatus[][]) {
        expect(optOutRefusal(status, charges), `${status} ${charges.join()}`).toEqual(expect.any(String));
        expect(retryRefusal(status, charges), `${status} ${charges.join()}`).toEqual(expect.any(String));
      }
    }
  });
});

describe('card numbers', () => {
  it('keeps the digits of a typed number and refuses other characters', () => {
    expect(cardNumberDigits('4242 4242-4242 4242')).toBe('4242424242424242');
    expect(cardNumberDigits('4242 4242 4242 424x')).toBeNull();
    expect(cardNumberDigits('')).toBeNull();
  });

  it.each(SANDBOX_TEST_CARDS.map((card) => [card.number]))('%s passes the Luhn check', (number) => {
    expect(isLuhnValid(number)).toBe(true);
  });

  it('fails the Luhn check for a mistyped digit, a wrong length or letters', () => {
    expect(isLuhnValid('4242424242424241')).toBe(false);
    expect(isLuhnValid('4242 4242 4242 4243')).toBe(false);
    expect(isLuhnValid('0000000000')).toBe(false); // too short, though its sum is 0
    expect(isLuhnValid('4'.repeat(20))).toBe(false);
    expect(isLuhnValid('abcd')).toBe(false);
  });

  it.each([
    ['4242424242424242', 'visa'],
    ['5555555555554444', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['378282246310005', 'amex'],
    ['371449635398431', 'amex'],
    ['6011111111111117', 'discover'],
    ['6555900000604105', 'discover'],
    ['3056930009020004', 'diners'],
    ['36227206271667', 'diners'],
    ['3566002020360505', 'jcb'],
    ['6200000000000005', 'unionpay'],
    ['9999999999999995', 'unknown'],
    ['', 'unknown'],
  ])('%s is %s', (number, brand) => {
    expect(cardBrandFromNumber(number)).toBe(brand);
  });

  it('agrees with the brand of every sandbox test card', () => {
    for (const card of SANDBOX_TEST_CARDS) {
      expect(cardBrandFromNumber(card.number), card.number).toBe(card.brand);
      expect(card.number.endsWith(card.last4), card.number).toBe(true);
    }
  });

  it('names a saved card for people', () => {
    expect(cardLabel({ brand: 'visa', last4: '4242' })).toBe('Visa ending 4242');
    expect(cardLabel({ brand: 'amex', last4: '0005' })).toBe('American Express ending 0005');
    expect(cardLabel({ brand: 'visa', last4: '4242' }, 'es')).toBe('Visa terminada en 4242');
    expect(cardBrandLabel('something-new')).toBe('Card');
  });
});

describe('card expiry', () => {
  it('names what is wrong with an expiry month given as numbers', () => {
    expect(cardExpiryProblem({ month: 7, year: 2028 }, '2026-12-01')).toBeNull();
    expect(cardExpiryProblem({ month: 12, year: 2026 }, '2026-12-31')).toBeNull();
    expect(cardExpiryProblem({ month: 11, year: 2026 }, '2026-12-01')).toBe('This card has expired.');
    for (const expiry of [{ month: 0, year: 2028 }, { month: 13, year: 2028 }, { month: 7.5, year: 2028 }, { month: 7, year: 28 }, { month: 7, year: 2100 }]) {
      expect(cardExpiryProblem(expiry, '2026-12-01'), JSON.stringify(expiry)).toBe('Use the form MM/YY.');
    }
  });

  it('reads MM/YY and MM/YYYY', () => {
    expect(parseCardExpiry('04/29')).toEqual({ month: 4, year: 2029 });
    expect(parseCardExpiry(' 4 / 2031 ')).toEqual({ month: 4, year: 2031 });
    expect(parseCardExpiry('13/29')).toBeNull();
    expect(parseCardExpiry('00/29')).toBeNull();
    expect(parseCardExpiry('0429')).toBeNull();
    expect(parseCardExpiry('04/291')).toBeNull();
  });

  it('lets a card work through the last day of its expiry month', () => {
    expect(isCardExpired({ month: 11, year: 2026 }, '2026-11-30')).toBe(false);
    expect(isCardExpired({ month: 11, year: 2026 }, '2026-12-01')).toBe(true);
    expect(isCardExpired({ month: 1, year: 2027 }, '2026-12-31')).toBe(false);
    expect(isCardExpired({ month: 12, year: 2025 }, '2026-01-01')).toBe(true);
    expect(() => isCardExpired({ month: 1, year: 2027 }, 'today')).toThrow(RangeError);
  });
});

describe('checkCardForm', () => {
  const today = '2026-11-22';

  it('accepts a valid card', () => {
    expect(checkCardForm({ number: '4242 4242 4242 4242', expiry: '12/29', cvc: '123' }, today)).toEqual([]);
    expect(checkCardForm({ number: '3782 822463 10005', expiry: '12/29', cvc: '1234' }, today)).toEqual([]);
  });

  it('names every field at fault', () => {
    expect(checkCardForm({ number: '4242 4242 4242 4241', expiry: '10/26', cvc: '12' }, today)).toEqual([
      { field: 'number', message: 'Enter a valid card number.' },
      { field: 'expiry', message: 'This card has expired.' },
      { field: 'cvc', message: 'Enter the 3-digit security code.' },
    ]);
    expect(checkCardForm({ number: '378282246310005', expiry: 'soon', cvc: '123' }, today)).toEqual([
      { field: 'expiry', message: 'Use the form MM/YY.' },
      { field: 'cvc', message: 'Enter the 4-digit security code.' },
    ]);
  });
});

describe('sandbox test cards', () => {
  it('turns a typed test card number into its token, and nothing else', () => {
    expect(sandboxTokenForCardNumber('4242 4242 4242 4242')).toBe('pm_card_visa');
    expect(sandboxTokenForCardNumber('5555-5555-5555-4444')).toBe('pm_card_mastercard');
    expect(sandboxTokenForCardNumber('4000 0000 0000 0002')).toBe('pm_card_chargeDeclined');
    expect(sandboxTokenForCardNumber('4111 1111 1111 1111')).toBeNull();
    expect(sandboxTokenForCardNumber('not a number')).toBeNull();
  });

  it('knows the card behind each token: visa 4242 and mastercard 4444 succeed, visa 0002 declines', () => {
    expect(sandboxCardForToken('pm_card_visa')).toMatchObject({ brand: 'visa', last4: '4242', decline: null });
    expect(sandboxCardForToken('pm_card_mastercard')).toMatchObject({ brand: 'mastercard', last4: '4444', decline: null });
    expect(sandboxCardForToken('pm_card_chargeDeclined')).toMatchObject({
      brand: 'visa',
      last4: '0002',
      decline: { code: 'generic_decline', message: 'Your card was declined.' },
    });
    expect(sandboxCardForToken('pm_card_unknown')).toBeNull();
    expect(sandboxCardForToken('4242424242424242')).toBeNull();
  });

  it('saves an attached card with its token, brand and last 4, and no expiry of its own (the typed one is kept)', () => {
    const visa = sandboxCardForToken('pm_card_visa');
    if (!visa) throw new Error('no visa test card');
    expect(sandboxAttachedCard(visa)).toEqual({ providerToken: 'pm_card_visa', brand: 'visa', last4: '4242', expMonth: null, expYear: null });
  });

  it('has one token per number', () => {
    expect(new Set(SANDBOX_TEST_CARDS.map((c) => c.token)).size).toBe(SANDBOX_TEST_CARDS.length);
    expect(new Set(SANDBOX_TEST_CARDS.map((c) => c.number)).size).toBe(SANDBOX_TEST_CARDS.length);
  });
});

describe('@coverline/domain payments exports', () => {
  it('exports the payment rules from the package root', () => {
    for (const name of ['CHARGE_STATUSES', 'chargeDueAt', 'chargeIdempotencyKey', 'chargeJobKey', 'optOutRefusal', 'retryRefusal', 'isLuhnValid', 'cardBrandFromNumber', 'cardLabel', 'checkCardForm', 'sandboxTokenForCardNumber', 'sandboxCardForToken', 'sandboxAttachedCard', 'cardExpiryProblem', 'SANDBOX_TEST_CARDS']) {
      expect(domain, name).toHaveProperty(name);
    }
  });
});

describe('declineReasonInWords', () => {
  it("tells an English reader the processor's own words", () => {
    expect(declineReasonInWords({ declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' }, 'en')).toBe('Your card has insufficient funds.');
  });

  it('tells a Spanish reader what each of the test cards’ declines means, in Spanish', () => {
    const reasons = SANDBOX_TEST_CARDS.flatMap((card) => (card.decline ? [declineReasonInWords({ declineCode: card.decline.code, message: card.decline.message }, 'es')] : []));
    expect(reasons).toEqual(['tu banco rechazó el pago.', 'tu tarjeta no tiene fondos suficientes.', 'tu tarjeta está vencida.', 'tu banco rechazó el pago.']);
  });

  it('says a decline of an unknown or unrecorded code in Spanish rather than in the processor’s English', () => {
    expect(declineReasonInWords({ declineCode: 'some_new_code', message: 'Something Stripe said.' }, 'es')).toBe('tu banco rechazó el pago.');
    expect(declineReasonInWords({ declineCode: null, message: 'Your card was declined.' }, 'es')).toBe('tu banco rechazó el pago.');
  });
});
