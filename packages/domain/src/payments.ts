// Contractor pay (DESIGN flow 5): when a charge is due, what the contractor may do about it, and the
// card rules the portal's card form and the server's sandbox provider share. Card numbers never leave
// the browser: the form turns a test card number into a provider token (Stripe's test tokens).
import { DEFAULT_LANGUAGE, type Language } from './language';
import type { FieldError } from './assignment-rules';
import type { AssignmentStatus } from './enums';

export const CHARGE_STATUSES = ['SCHEDULED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const;
export type ChargeStatus = (typeof CHARGE_STATUSES)[number];

/** The notice goes out this long before the card is charged; until then the contractor may opt out. */
export const CHARGE_NOTICE_HOURS = 24;

/** When a charge announced at `noticeSentAt` becomes due: 24 hours later. */
export function chargeDueAt(noticeSentAt: Date): Date {
  const ms = noticeSentAt.getTime();
  if (Number.isNaN(ms)) throw new RangeError('chargeDueAt: invalid Date');
  return new Date(ms + CHARGE_NOTICE_HOURS * 3_600_000);
}

/**
 * The provider idempotency key of the `attempt`-th charge of an assignment (1, 2, …): a retry of the
 * same attempt reuses it, so the provider charges at most once per attempt.
 */
export function chargeIdempotencyKey(assignmentId: string, attempt: number): string {
  if (!Number.isSafeInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${String(attempt)}`);
  if (assignmentId.trim() === '') throw new RangeError('chargeIdempotencyKey: empty assignment id');
  return `assignment:${assignmentId}:attempt:${attempt}`;
}

/** The job key of a charge's `charge_assignment` job: one job per charge, removed when the charge is cancelled. */
export function chargeJobKey(chargeId: string): string {
  if (chargeId.trim() === '') throw new RangeError('chargeJobKey: empty charge id');
  return `charge:${chargeId}`;
}

// ---------------------------------------------------------------- what the contractor may do

const PAYMENT_IN_PROGRESS = 'Your payment is being processed right now. Refresh in a minute to see the result.';
const ALREADY_PAID = 'This assignment is already paid.';

/**
 * Why the contractor may not opt out of the charge of an assignment, or null if they may: until a
 * charge runs, i.e. while the assignment awaits payment or its charge was declined, and no charge is
 * being made or was made.
 */
export function optOutRefusal(assignmentStatus: AssignmentStatus, chargeStatuses: readonly ChargeStatus[]): string | null {
  if (chargeStatuses.includes('SUCCEEDED')) return ALREADY_PAID;
  if (chargeStatuses.includes('PROCESSING')) return PAYMENT_IN_PROGRESS;
  switch (assignmentStatus) {
    case 'AWAITING_PAYMENT':
      return null;
    case 'OPTED_OUT':
      return 'You already opted out of this assignment.';
    // Declined is not paid: the contractor may still decline the coverage rather than update the card.
    case 'DECLINED':
      return null;
    case 'COVERED':
    case 'ENDED':
      return ALREADY_PAID;
    case 'CANCELLED':
      return 'This assignment was cancelled: there is nothing to pay.';
    default:
      return 'This assignment is not waiting for a payment.';
  }
}

/** Why the contractor may not retry the payment of an assignment, or null if they may: only after a decline. */
export function retryRefusal(assignmentStatus: AssignmentStatus, chargeStatuses: readonly ChargeStatus[]): string | null {
  if (chargeStatuses.includes('SUCCEEDED')) return ALREADY_PAID;
  if (chargeStatuses.includes('PROCESSING')) return PAYMENT_IN_PROGRESS;
  switch (assignmentStatus) {
    case 'DECLINED':
      return chargeStatuses.includes('SCHEDULED') ? 'A payment is already scheduled for this assignment.' : null;
    case 'AWAITING_PAYMENT':
      return 'A payment is already scheduled for this assignment.';
    case 'COVERED':
    case 'ENDED':
      return ALREADY_PAID;
    case 'OPTED_OUT':
      return 'You opted out of this assignment.';
    case 'CANCELLED':
      return 'This assignment was cancelled: there is nothing to pay.';
    default:
      return 'This assignment is not waiting for a payment.';
  }
}

// ---------------------------------------------------------------- why a charge was declined

/**
 * A decline said in Spanish, by the processor's code (Stripe's `decline_code`, or its error `code`; the
 * platform's own for a missing or foreign card). Stripe's own messages come in English only. Each follows a
 * colon in the sentences that quote it ("Se rechazó el pago de $42.50: tu tarjeta está vencida."), so it
 * starts in lower case, as Spanish writes after a colon.
 */
const DECLINE_REASONS_ES: Record<string, string> = {
  generic_decline: 'tu banco rechazó el pago.',
  card_declined: 'tu banco rechazó el pago.',
  do_not_honor: 'tu banco rechazó el pago.',
  insufficient_funds: 'tu tarjeta no tiene fondos suficientes.',
  expired_card: 'tu tarjeta está vencida.',
  incorrect_cvc: 'el código de seguridad de tu tarjeta no es correcto.',
  incorrect_number: 'el número de tu tarjeta no es correcto.',
  lost_card: 'tu banco rechazó el pago: la tarjeta figura como perdida.',
  stolen_card: 'tu banco rechazó el pago: la tarjeta figura como robada.',
  card_velocity_exceeded: 'tu tarjeta llegó a su límite de compras por ahora.',
  processing_error: 'hubo un error al procesar tu tarjeta.',
  authentication_required: 'tu banco necesita que confirmes este pago.',
  requires_action: 'tu banco necesita que confirmes este pago.',
  invalid_payment_method: 'no se aceptó esta tarjeta.',
  no_payment_method: 'no hay ninguna tarjeta registrada.',
  provider_changed: 'la tarjeta registrada se guardó con otro procesador de pagos. Agrega tu tarjeta de nuevo.',
  resource_missing: 'la tarjeta registrada ya no está disponible. Agrega una tarjeta de nuevo.',
};

/** What a Spanish reader is told for a code no one translated (or a decline recorded before codes were). */
const UNKNOWN_DECLINE_ES = 'tu banco rechazó el pago.';

/**
 * Why a charge was declined, in the contractor's language: English readers get the processor's own
 * words (`message`), Spanish readers the meaning of its `declineCode`. The agency always reads `message`.
 */
export function declineReasonInWords(decline: { declineCode: string | null; message: string | null }, language: Language = DEFAULT_LANGUAGE): string | null {
  if (language === 'en') return decline.message;
  return (decline.declineCode ? DECLINE_REASONS_ES[decline.declineCode] : undefined) ?? UNKNOWN_DECLINE_ES;
}

// ---------------------------------------------------------------- cards

/** Card brands as Stripe names them (`PaymentMethod.card.brand`). */
export const CARD_BRANDS = ['visa', 'mastercard', 'amex', 'discover', 'diners', 'jcb', 'unionpay', 'unknown'] as const;
export type CardBrand = (typeof CARD_BRANDS)[number];

const BRAND_LABELS: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/** "Visa", "Mastercard"…; an unknown brand reads "Card". */
export function cardBrandLabel(brand: string): string {
  return BRAND_LABELS[brand as CardBrand] ?? BRAND_LABELS.unknown;
}

/** How a saved card is named to people: "Visa ending 4242" (in Spanish "Visa terminada en 4242"; brand names stay). */
export function cardLabel(card: { brand: string; last4: string }, language: Language = DEFAULT_LANGUAGE): string {
  return `${cardBrandLabel(card.brand)} ${language === 'es' ? 'terminada en' : 'ending'} ${card.last4}`;
}

/** The digits of a typed card number ("4242 4242-4242 4242" → "4242424242424242"), or null if anything else was typed. */
export function cardNumberDigits(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '');
  return /^\d+$/.test(compact) ? compact : null;
}

/** The Luhn (mod 10) check every card number passes; false for anything but 12–19 digits. */
export function isLuhnValid(input: string): boolean {
  const digits = cardNumberDigits(input);
  if (!digits || digits.length < 12 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The brand a card number's prefix (IIN) names; "unknown" when none matches. */
export function cardBrandFromNumber(input: string): CardBrand {
  const n = cardNumberDigits(input) ?? '';
  const prefix = (length: number) => Number(n.slice(0, length));
  if (/^3[47]/.test(n)) return 'amex';
  if (/^3(0[0-5]|[689])/.test(n)) return 'diners';
  if (/^35(2[89]|[3-8])/.test(n)) return 'jcb';
  if (/^(6011|65|64[4-9])/.test(n) || (prefix(6) >= 622126 && prefix(6) <= 622925)) return 'discover';
  if (/^62/.test(n)) return 'unionpay';
  if (/^5[1-5]/.test(n) || (prefix(4) >= 2221 && prefix(4) <= 2720)) return 'mastercard';
  if (/^4/.test(n)) return 'visa';
  return 'unknown';
}

/** A card's expiry from "MM/YY" or "MM/YYYY" (spaces allowed), or null. */
export function parseCardExpiry(input: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(input);
  if (!match) return null;
  const month = Number(match[1]);
  const rawYear = match[2] ?? '';
  const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
  if (month < 1 || month > 12) return null;
  return { month, year };
}

/** Why a card's expiry month cannot be saved (not a month, or past), or null; `today` is `YYYY-MM-DD`. */
export function cardExpiryProblem(expiry: { month: number; year: number }, today: string): string | null {
  const { month, year } = expiry;
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(year) || year < 2000 || year > 2099) return 'Use the form MM/YY.';
  return isCardExpired(expiry, today) ? 'This card has expired.' : null;
}

/** A card works through the last day of its expiry month; `today` is `YYYY-MM-DD`. */
export function isCardExpired(expiry: { month: number; year: number }, today: string): boolean {
  const [year, month] = today.split('-').map(Number);
  if (!year || !month) throw new RangeError(`today must be a date in the form YYYY-MM-DD, got ${JSON.stringify(today)}`);
  return expiry.year < year || (expiry.year === year && expiry.month < month);
}

/** The portal's card form, checked before the number is handed to the provider: problems by field. */
export function checkCardForm(input: { number: string; expiry: string; cvc: string }, today: string): FieldError[] {
  const errors: FieldError[] = [];
  const digits = cardNumberDigits(input.number);
  if (!digits || !isLuhnValid(digits)) errors.push({ field: 'number', message: 'Enter a valid card number.' });
  const expiry = parseCardExpiry(input.expiry);
  const expiryProblem = expiry ? cardExpiryProblem(expiry, today) : 'Use the form MM/YY.';
  if (expiryProblem) errors.push({ field: 'expiry', message: expiryProblem });
  const cvcLength = digits && cardBrandFromNumber(digits) === 'amex' ? 4 : 3;
  if (!new RegExp(`^\\d{${cvcLength}}$`).test(input.cvc.trim())) {
    errors.push({ field: 'cvc', message: `Enter the ${cvcLength}-digit security code.` });
  }
  return errors;
}

// ---------------------------------------------------------------- sandbox test cards

export type SandboxTestCard = {
  /** The card number typed in the portal; it never reaches the server. */
  number: string;
  /** Stripe's test PaymentMethod token for that number, which the sandbox provider also accepts. */
  token: string;
  brand: CardBrand;
  last4: string;
  /** Null: charges succeed. Otherwise every charge is declined with this code and message. */
  decline: { code: string; message: string } | null;
};

const declined = (code: string, message: string) => ({ code, message });

/** Stripe's documented test cards and tokens; the sandbox behaves as Stripe's test mode does for them. */
export const SANDBOX_TEST_CARDS: readonly SandboxTestCard[] = [
  { number: '4242424242424242', token: 'pm_card_visa', brand: 'visa', last4: '4242', decline: null },
  { number: '4000056655665556', token: 'pm_card_visa_debit', brand: 'visa', last4: '5556', decline: null },
  { number: '5555555555554444', token: 'pm_card_mastercard', brand: 'mastercard', last4: '4444', decline: null },
  { number: '378282246310005', token: 'pm_card_amex', brand: 'amex', last4: '0005', decline: null },
  { number: '6011111111111117', token: 'pm_card_discover', brand: 'discover', last4: '1117', decline: null },
  { number: '4000000000000002', token: 'pm_card_chargeDeclined', brand: 'visa', last4: '0002', decline: declined('generic_decline', 'Your card was declined.') },
  {
    number: '4000000000009995',
    token: 'pm_card_chargeDeclinedInsufficientFunds',
    brand: 'visa',
    last4: '9995',
    decline: declined('insufficient_funds', 'Your card has insufficient funds.'),
  },
  {
    number: '4000000000000069',
    token: 'pm_card_chargeDeclinedExpiredCard',
    brand: 'visa',
    last4: '0069',
    decline: declined('expired_card', 'Your card has expired.'),
  },
  // Stripe attaches this one to a customer and declines its charges: the way to test a decline in Stripe's test mode.
  { number: '4000000000000341', token: 'pm_card_chargeCustomerFail', brand: 'visa', last4: '0341', decline: declined('generic_decline', 'Your card was declined.') },
];

/** The test token the portal sends for a typed test card number, or null for any other number. */
export function sandboxTokenForCardNumber(input: string): string | null {
  const digits = cardNumberDigits(input);
  return SANDBOX_TEST_CARDS.find((card) => card.number === digits)?.token ?? null;
}

/** The test card behind a sandbox token, or null for a token the sandbox does not know. */
export function sandboxCardForToken(token: string): SandboxTestCard | null {
  return SANDBOX_TEST_CARDS.find((card) => card.token === token) ?? null;
}

/**
 * The card the sandbox provider saves for a test card: its token, brand and last 4. A test token does
 * not carry the expiry that was typed (Stripe.js would send it to Stripe with the number), so the
 * sandbox has none; the server keeps the one the contractor typed.
 */
export function sandboxAttachedCard(card: Pick<SandboxTestCard, 'token' | 'brand' | 'last4'>): {
  providerToken: string;
  brand: string;
  last4: string;
  expMonth: null;
  expYear: null;
} {
  return { providerToken: card.token, brand: card.brand, last4: card.last4, expMonth: null, expYear: null };
}
