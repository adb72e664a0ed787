/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AssignmentStatus =
  | 'AWAITING_OPT_IN'
  | 'AWAITING_PAYMENT'
  | 'CANCELLED'
  | 'COVERED'
  | 'DECLINED'
  | 'ENDED'
  | 'OPTED_OUT'
  | 'PENDING_APPROVAL';

/** The expiry month the contractor typed with the card. Kept when the payment provider's token does not carry one (the built-in sandbox's test tokens); Stripe's own record of the card wins. */
export type CardExpiryInput = {
  /** 1–12. */
  month: number;
  /** Four digits, e.g. 2028. */
  year: number;
};

/** A certificate is VALID until voided; it is never edited. */
export type CertificateStatus =
  | 'VALID'
  | 'VOID';

/** Where a contractor-paid charge stands. */
export type ChargeStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PROCESSING'
  | 'SCHEDULED'
  | 'SUCCEEDED';

/** Where a contractor's coverage stands, from their assignments: what a rep can act on first (a declined payment is never hidden behind another assignment's coverage). */
export type ContractorCoverageStatus =
  | 'AWAITING_PAYMENT'
  | 'COVERED'
  | 'NEEDS_OPT_IN'
  | 'NOT_INVITED'
  | 'NO_CURRENT_ASSIGNMENT'
  | 'PAYMENT_DECLINED'
  | 'PENDING_APPROVAL';

export type CoverageType =
  | 'GENERAL_LIABILITY'
  | 'WORKERS_COMPENSATION';

/** A language the contractor app and the emails to a contractor are written in: EN (English) or ES (Spanish). */
export type Language =
  | 'EN'
  | 'ES';

export type OptInInput = {
  acceptTerms: boolean;
  addressLine1?: string | null | undefined;
  /** The expiry typed with the card of `paymentMethodToken`. */
  cardExpiry?: CardExpiryInput | null | undefined;
  city?: string | null | undefined;
  /** The language the contractor read and signed the terms in (EN unless said); it becomes their language for the app and emails. */
  language?: Language | null | undefined;
  /** A payment provider token (never a card number); needed when the contractor pays and has no card on file. */
  paymentMethodToken?: string | null | undefined;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** The typed name that signs the form. */
  signatureName: string;
  state?: string | null | undefined;
};

export type OptInStatus =
  | 'NOT_STARTED'
  | 'OPTED_IN'
  | 'PENDING';

/** Who pays the premium of an assignment. */
export type Payer =
  | 'AGENCY'
  | 'CONTRACTOR';

/** What kind of person or system the viewer is. */
export type Role =
  | 'AGENCY_MEMBER'
  | 'CONTRACTOR'
  | 'FACILITY_USER'
  | 'OPERATOR';

export type ViewerFieldsFragment = { __typename: 'Viewer', id: string, role: Role, email: string, name: string, agency: { __typename: 'Agency', id: string, name: string } | null, facilities: Array<{ __typename: 'Facility', id: string, name: string }>, contractor: { __typename: 'Contractor', id: string, firstName: string, lastName: string, email: string, optInStatus: OptInStatus } | null };

export type MyAssignments_AssignmentFragment = { id: string, jobName: string, clientEntity: string, effectiveDate: string, endDate: string, premiumCents: number, payer: Payer, status: AssignmentStatus, jobCategory: { id: string, coverageTypes: Array<CoverageType>, workState: string, jobCode: { id: string, title: string } }, certificates: Array<{ id: string, number: string, status: CertificateStatus, downloadUrl: string, verifyUrl: string }> };

export type MyAssignments_ChargeFragment = { id: string, assignmentId: string, status: ChargeStatus, amountCents: number, scheduledFor: string, failureMessage: string | null, declineCode: string | null, viewerCanOptOut: boolean, viewerCanRetry: boolean };

export type SetContractorLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetContractorLanguageMutation = { setContractorLanguage: { id: string, preferredLanguage: Language, languageChosen: boolean } };

export type StoredLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type StoredLanguageQuery = { viewer: { id: string, contractor: { id: string, preferredLanguage: Language, languageChosen: boolean } | null } | null };

export type OptInForm_FormFragment = { completed: boolean, agencyName: string, payer: Payer, termsVersion: string, termsEnglish: string, termsSpanish: string, paymentMethod: { brand: string, last4: string } | null, contractor: { firstName: string, lastName: string, email: string, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null }, assignments: Array<{ id: string, jobName: string, jobTitle: string, clientEntity: string, description: string, effectiveDate: string, endDate: string, coverageTypes: Array<CoverageType>, workState: string, premiumCents: number, status: AssignmentStatus }> };

export type SubmitOptInMutationVariables = Exact<{
  token: string;
  input: OptInInput;
}>;


export type SubmitOptInMutation = { submitOptIn: { contractor: { id: string, optInStatus: OptInStatus }, assignments: Array<{ id: string, status: AssignmentStatus }> } };

export type UpdatePaymentMethodMutationVariables = Exact<{
  paymentMethodToken: string;
  cardExpiry?: CardExpiryInput | null | undefined;
}>;


export type UpdatePaymentMethodMutation = { updatePaymentMethod: { id: string, brand: string, last4: string, expMonth: number | null, expYear: number | null } };

export type OptOutOfChargeMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type OptOutOfChargeMutation = { optOutOfCharge: { assignmentId: string, status: AssignmentStatus, message: string } };

export type RetryChargeMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type RetryChargeMutation = { retryCharge: { assignmentId: string, status: AssignmentStatus, message: string } };

export type PaymentCard_PaymentMethodFragment = { id: string, brand: string, last4: string, expMonth: number | null, expYear: number | null };

export type RequestContractorLinkMutationVariables = Exact<{
  email: string;
}>;


export type RequestContractorLinkMutation = { requestContractorLink: boolean };

export type OptInFormRouteQueryVariables = Exact<{
  token: string;
}>;


export type OptInFormRouteQuery = { optInForm: { completed: boolean, agencyName: string, payer: Payer, termsVersion: string, termsEnglish: string, termsSpanish: string, paymentMethod: { brand: string, last4: string } | null, contractor: { firstName: string, lastName: string, email: string, phone: string | null, addressLine1: string | null, city: string | null, state: string | null, postalCode: string | null }, assignments: Array<{ id: string, jobName: string, jobTitle: string, clientEntity: string, description: string, effectiveDate: string, endDate: string, coverageTypes: Array<CoverageType>, workState: string, premiumCents: number, status: AssignmentStatus }> } | null };

export type SignInWithContractorLinkMutationVariables = Exact<{
  token: string;
}>;


export type SignInWithContractorLinkMutation = { signInWithContractorLink: { __typename: 'Viewer', id: string, role: Role, email: string, name: string, agency: { __typename: 'Agency', id: string, name: string } | null, facilities: Array<{ __typename: 'Facility', id: string, name: string }>, contractor: { __typename: 'Contractor', id: string, firstName: string, lastName: string, email: string, optInStatus: OptInStatus } | null } };

export type HomeRouteQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeRouteQuery = { viewer: { id: string, contractor: { id: string, firstName: string, lastName: string, email: string, coverageStatus: ContractorCoverageStatus, optInUrl: string | null, assignments: Array<{ id: string, jobName: string, clientEntity: string, effectiveDate: string, endDate: string, premiumCents: number, payer: Payer, status: AssignmentStatus, jobCategory: { id: string, coverageTypes: Array<CoverageType>, workState: string, jobCode: { id: string, title: string } }, certificates: Array<{ id: string, number: string, status: CertificateStatus, downloadUrl: string, verifyUrl: string }> }> } | null } | null, myPaymentMethod: { id: string, brand: string, last4: string, expMonth: number | null, expYear: number | null } | null, myCharges: Array<{ id: string, assignmentId: string, status: ChargeStatus, amountCents: number, scheduledFor: string, failureMessage: string | null, declineCode: string | null, viewerCanOptOut: boolean, viewerCanRetry: boolean }> };

export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optInStatus"}}]}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const MyAssignments_AssignmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignments_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"clientEntity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCents"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"workState"}},{"kind":"Field","name":{"kind":"Name","value":"jobCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verifyUrl"}}]}}]}}]} as unknown as DocumentNode<MyAssignments_AssignmentFragment, unknown>;
export const MyAssignments_ChargeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignments_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRetry"}}]}}]} as unknown as DocumentNode<MyAssignments_ChargeFragment, unknown>;
export const OptInForm_FormFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OptInForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OptInForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","alias":{"kind":"Name","value":"termsEnglish"},"name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"termsSpanish"},"name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"ES"}}]},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"clientEntity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"workState"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OptInForm_FormFragment, unknown>;
export const PaymentCard_PaymentMethodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentCard_paymentMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}}]}}]} as unknown as DocumentNode<PaymentCard_PaymentMethodFragment, unknown>;
export const SetContractorLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContractorLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractorLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languageChosen"}}]}}]}}]} as unknown as DocumentNode<SetContractorLanguageMutation, SetContractorLanguageMutationVariables>;
export const StoredLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoredLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"languageChosen"}}]}}]}}]}}]} as unknown as DocumentNode<StoredLanguageQuery, StoredLanguageQueryVariables>;
export const SubmitOptInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitOptIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OptInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOptIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"optInStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitOptInMutation, SubmitOptInMutationVariables>;
export const UpdatePaymentMethodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentMethodToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardExpiry"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CardExpiryInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentMethodToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentMethodToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"cardExpiry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardExpiry"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentCard_paymentMethod"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentCard_paymentMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}}]}}]} as unknown as DocumentNode<UpdatePaymentMethodMutation, UpdatePaymentMethodMutationVariables>;
export const OptOutOfChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OptOutOfCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optOutOfCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OptOutOfChargeMutation, OptOutOfChargeMutationVariables>;
export const RetryChargeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryCharge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RetryChargeMutation, RetryChargeMutationVariables>;
export const RequestContractorLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestContractorLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestContractorLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestContractorLinkMutation, RequestContractorLinkMutationVariables>;
export const OptInFormRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OptInFormRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"optInForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OptInForm_form"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OptInForm_form"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OptInForm"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","alias":{"kind":"Name","value":"termsEnglish"},"name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"termsSpanish"},"name":{"kind":"Name","value":"terms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"ES"}}]},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"addressLine1"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"clientEntity"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"workState"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OptInFormRouteQuery, OptInFormRouteQueryVariables>;
export const SignInWithContractorLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInWithContractorLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInWithContractorLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"optInStatus"}}]}}]}}]} as unknown as DocumentNode<SignInWithContractorLinkMutation, SignInWithContractorLinkMutationVariables>;
export const HomeRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"coverageStatus"}},{"kind":"Field","name":{"kind":"Name","value":"optInUrl"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignments_assignment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPaymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentCard_paymentMethod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyAssignments_charge"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignments_assignment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobName"}},{"kind":"Field","name":{"kind":"Name","value":"clientEntity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"premiumCents"}},{"kind":"Field","name":{"kind":"Name","value":"payer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverageTypes"}},{"kind":"Field","name":{"kind":"Name","value":"workState"}},{"kind":"Field","name":{"kind":"Name","value":"jobCode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"verifyUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentCard_paymentMethod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentMethod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyAssignments_charge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Charge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"declineCode"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanOptOut"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanRetry"}}]}}]} as unknown as DocumentNode<HomeRouteQuery, HomeRouteQueryVariables>;