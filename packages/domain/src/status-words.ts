// The words of every status a person sees, in one place: the agency app, the contractor's page, the
// Compliance Hub and the emails say the same word for the same state, and a state that waits on the
// contractor names the one action that resolves it.
import type { ContractorCoverageStatus } from './contractor-coverage';
import type { AssignmentStatus } from './enums';
import { DEFAULT_LANGUAGE, type Language } from './language';

export const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  PENDING_APPROVAL: 'Pending approval',
  AWAITING_OPT_IN: 'Awaiting opt-in',
  AWAITING_PAYMENT: 'Awaiting payment',
  COVERED: 'Covered',
  ENDED: 'Ended',
  OPTED_OUT: 'Opted out',
  DECLINED: 'Payment declined',
  CANCELLED: 'Cancelled',
};

const ASSIGNMENT_STATUS_LABELS_ES: Record<AssignmentStatus, string> = {
  PENDING_APPROVAL: 'Pendiente de aprobación',
  AWAITING_OPT_IN: 'Falta tu confirmación',
  AWAITING_PAYMENT: 'Pendiente de pago',
  COVERED: 'Cubierto',
  ENDED: 'Terminado',
  OPTED_OUT: 'Cobertura rechazada',
  DECLINED: 'Pago rechazado',
  CANCELLED: 'Cancelado',
};

/** An assignment status in words, in the reader's language (the apps other than the contractor's read English). */
export function assignmentStatusLabel(status: AssignmentStatus, language: Language = DEFAULT_LANGUAGE): string {
  return (language === 'es' ? ASSIGNMENT_STATUS_LABELS_ES : ASSIGNMENT_STATUS_LABELS)[status];
}

/** A contractor's status says the word of the assignment status it comes from. */
export const CONTRACTOR_COVERAGE_LABELS: Record<ContractorCoverageStatus, string> = {
  PAYMENT_DECLINED: ASSIGNMENT_STATUS_LABELS.DECLINED,
  NEEDS_OPT_IN: ASSIGNMENT_STATUS_LABELS.AWAITING_OPT_IN,
  AWAITING_PAYMENT: ASSIGNMENT_STATUS_LABELS.AWAITING_PAYMENT,
  PENDING_APPROVAL: ASSIGNMENT_STATUS_LABELS.PENDING_APPROVAL,
  COVERED: ASSIGNMENT_STATUS_LABELS.COVERED,
  NO_CURRENT_ASSIGNMENT: 'No current assignment',
  NOT_INVITED: 'Not invited',
};

const CONTRACTOR_COVERAGE_LABELS_ES: Record<ContractorCoverageStatus, string> = {
  PAYMENT_DECLINED: ASSIGNMENT_STATUS_LABELS_ES.DECLINED,
  NEEDS_OPT_IN: ASSIGNMENT_STATUS_LABELS_ES.AWAITING_OPT_IN,
  AWAITING_PAYMENT: ASSIGNMENT_STATUS_LABELS_ES.AWAITING_PAYMENT,
  PENDING_APPROVAL: ASSIGNMENT_STATUS_LABELS_ES.PENDING_APPROVAL,
  COVERED: ASSIGNMENT_STATUS_LABELS_ES.COVERED,
  NO_CURRENT_ASSIGNMENT: 'Sin asignación actual',
  NOT_INVITED: 'Sin invitación',
};

export function contractorCoverageStatusLabel(status: ContractorCoverageStatus, language: Language = DEFAULT_LANGUAGE): string {
  return (language === 'es' ? CONTRACTOR_COVERAGE_LABELS_ES : CONTRACTOR_COVERAGE_LABELS)[status];
}

export const CONTRACTOR_ACTIONS = ['CONFIRM_OPT_IN', 'UPDATE_CARD', 'ADD_CARD'] as const;
/**
 * What the contractor does to move a waiting assignment on: confirm the opt-in form, fix the card a
 * payment was declined on, or add the card a due premium has none of.
 */
export type ContractorAction = (typeof CONTRACTOR_ACTIONS)[number];

export const CONTRACTOR_ACTION_LABELS: Record<ContractorAction, string> = {
  CONFIRM_OPT_IN: 'Confirm your coverage',
  UPDATE_CARD: 'Update your card',
  ADD_CARD: 'Add your card',
};

const CONTRACTOR_ACTION_LABELS_ES: Record<ContractorAction, string> = {
  CONFIRM_OPT_IN: 'Confirma tu cobertura',
  UPDATE_CARD: 'Actualiza tu tarjeta',
  ADD_CARD: 'Agrega tu tarjeta',
};

export function contractorActionLabel(action: ContractorAction, language: Language = DEFAULT_LANGUAGE): string {
  return (language === 'es' ? CONTRACTOR_ACTION_LABELS_ES : CONTRACTOR_ACTION_LABELS)[action];
}

/** The contractor's action that resolves an assignment status; null when nothing waits on them. */
export function assignmentContractorAction(status: AssignmentStatus, cardOnFile: boolean): ContractorAction | null {
  switch (status) {
    case 'AWAITING_OPT_IN':
      return 'CONFIRM_OPT_IN';
    case 'DECLINED':
      return 'UPDATE_CARD';
    // A premium due without a card (a repeat assignment the contractor pays, after agency-paid ones) is never charged.
    case 'AWAITING_PAYMENT':
      return cardOnFile ? null : 'ADD_CARD';
    default:
      return null;
  }
}

/** The same, for the contractor's overall status (their page's summary). */
export function contractorCoverageAction(status: ContractorCoverageStatus, cardOnFile: boolean): ContractorAction | null {
  switch (status) {
    case 'PAYMENT_DECLINED':
      return assignmentContractorAction('DECLINED', cardOnFile);
    case 'NEEDS_OPT_IN':
      return assignmentContractorAction('AWAITING_OPT_IN', cardOnFile);
    case 'AWAITING_PAYMENT':
      return assignmentContractorAction('AWAITING_PAYMENT', cardOnFile);
    default:
      return null;
  }
}

const CONTRACTOR_COVERAGE_SENTENCES: Record<Language, Record<ContractorCoverageStatus, string>> = {
  en: {
    PAYMENT_DECLINED: 'A payment was declined, so an assignment is not covered yet. Update your card, then retry the payment.',
    NEEDS_OPT_IN: 'An assignment waits for you to confirm your coverage. It is not covered until you do.',
    AWAITING_PAYMENT: 'Your card will be charged within 24 hours. Your coverage starts once the payment succeeds.',
    PENDING_APPROVAL: 'Coverline is reviewing the job category of an assignment. We will email you once it is approved.',
    COVERED: 'You are covered. Your certificate of insurance is with each covered assignment below.',
    NO_CURRENT_ASSIGNMENT: 'You have no current assignment. The certificates of past ones stay below.',
    NOT_INVITED: 'You have no assignments yet.',
  },
  es: {
    PAYMENT_DECLINED: 'Se rechazó un pago, así que una asignación aún no está cubierta. Actualiza tu tarjeta y vuelve a intentar el pago.',
    NEEDS_OPT_IN: 'Una asignación espera que confirmes tu cobertura. No está cubierta hasta que lo hagas.',
    AWAITING_PAYMENT: 'Se cobrará a tu tarjeta en las próximas 24 horas. Tu cobertura empieza cuando el pago se complete.',
    PENDING_APPROVAL: 'Coverline está revisando la categoría de trabajo de una asignación. Te enviaremos un correo cuando se apruebe.',
    COVERED: 'Estás cubierto. Tu certificado de seguro está con cada asignación cubierta, más abajo.',
    NO_CURRENT_ASSIGNMENT: 'No tienes ninguna asignación actual. Los certificados de las anteriores siguen más abajo.',
    NOT_INVITED: 'Todavía no tienes asignaciones.',
  },
};

const NO_CARD_FOR_DUE_PREMIUM: Record<Language, string> = {
  en: 'A premium is due within 24 hours and there is no card on file, so an assignment is not covered yet. Add your card before then.',
  es: 'Hay una prima que vence en las próximas 24 horas y no hay ninguna tarjeta registrada, así que una asignación aún no está cubierta. Agrega tu tarjeta antes.',
};

/** Where the contractor stands, told to them on their own page: the real state, never a step they have not finished. */
export function contractorCoverageSentence(status: ContractorCoverageStatus, cardOnFile: boolean, language: Language = DEFAULT_LANGUAGE): string {
  if (status === 'AWAITING_PAYMENT' && !cardOnFile) return NO_CARD_FOR_DUE_PREMIUM[language];
  return CONTRACTOR_COVERAGE_SENTENCES[language][status];
}
