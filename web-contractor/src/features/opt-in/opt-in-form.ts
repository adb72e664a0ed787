// The opt-in form's values and how they become `OptInInput`, with the same rules as the server:
// phone, ZIP and state from @coverline/domain, the exact typed name, accepted terms, and a card
// token (never its number) when the contractor pays and has no card on file.
import { phoneSchema, postalCodeSchema, signatureMatches, usStateCodeSchema } from '@coverline/domain';
import type { IssueLike } from '@coverline/ui';
import type { OptInInput } from '../../gql/graphql';
import { emptyToNull, type Validation } from '@coverline/ui';
import type { TFunction } from 'i18next';
import { contractorFieldMessage } from '../../i18n/contractor-errors';
import { EMPTY_CARD, tokenizeCard, type CardValues, type TokenizedCard } from '../payments/card-form';

export interface OptInFormValues {
  phone: string;
  addressLine1: string;
  city: string;
  state: string;
  postalCode: string;
  acceptTerms: boolean;
  signatureName: string;
  card: CardValues;
}

export function initialOptInValues(contractor: {
  phone?: string | null;
  addressLine1?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}): OptInFormValues {
  return {
    phone: contractor.phone ?? '',
    addressLine1: contractor.addressLine1 ?? '',
    city: contractor.city ?? '',
    state: contractor.state ?? '',
    postalCode: contractor.postalCode ?? '',
    acceptTerms: false,
    signatureName: '',
    card: EMPTY_CARD,
  };
}

// The domain's rules say what is wrong in English; a Spanish reader is told by the field.
function check(issues: IssueLike[], field: string, result: { success: boolean; error?: { issues: readonly IssueLike[] } }) {
  if (!result.success) issues.push({ path: [field], message: contractorFieldMessage(field, result.error?.issues[0]?.message ?? 'Check this value.') });
}

export function toOptInInput(
  values: OptInFormValues,
  context: { fullName: string; needsCard: boolean; t: TFunction },
): Validation<OptInInput> {
  const issues: IssueLike[] = [];
  const phone = emptyToNull(values.phone);
  const state = emptyToNull(values.state);
  const postalCode = emptyToNull(values.postalCode);
  if (phone) check(issues, 'phone', phoneSchema.safeParse(phone));
  if (state) check(issues, 'state', usStateCodeSchema.safeParse(state));
  if (postalCode) check(issues, 'postalCode', postalCodeSchema.safeParse(postalCode));
  if (values.addressLine1.length > 200) issues.push({ path: ['addressLine1'], message: 'Use at most 200 characters' });
  if (values.city.length > 100) issues.push({ path: ['city'], message: 'Use at most 100 characters' });

  let card: TokenizedCard | null = null;
  if (context.needsCard) {
    const tokenized = tokenizeCard(values.card, 'card', context.t);
    issues.push(...tokenized.issues);
    card = tokenized.card;
  }

  const { t } = context;
  if (!values.acceptTerms) issues.push({ path: ['acceptTerms'], message: t('validation.acceptTerms') });
  if (values.signatureName.trim().length < 2) {
    issues.push({ path: ['signatureName'], message: t('validation.signatureMissing') });
  } else if (!signatureMatches(values.signatureName, context.fullName)) {
    issues.push({ path: ['signatureName'], message: t('validation.signatureMismatch', { fullName: context.fullName }) });
  }

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    output: {
      acceptTerms: true,
      signatureName: values.signatureName.trim(),
      phone,
      addressLine1: emptyToNull(values.addressLine1),
      city: emptyToNull(values.city),
      state,
      postalCode,
      paymentMethodToken: card?.token ?? null,
      cardExpiry: card?.expiry ?? null,
    },
  };
}

/** The server's field names, and where their messages go on this form. */
export const OPT_IN_SERVER_FIELDS = [
  'acceptTerms',
  'signatureName',
  'phone',
  'addressLine1',
  'city',
  'state',
  'postalCode',
  'paymentMethodToken',
  'cardExpiry',
] as const;

export function optInFormField(serverField: (typeof OPT_IN_SERVER_FIELDS)[number]): string {
  if (serverField === 'paymentMethodToken') return 'card.number';
  return serverField === 'cardExpiry' ? 'card.expiry' : serverField;
}
