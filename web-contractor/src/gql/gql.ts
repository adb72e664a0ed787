/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Viewer {\n    __typename\n    id\n    role\n    email\n    name\n    agency {\n      __typename\n      id\n      name\n    }\n    facilities {\n      __typename\n      id\n      name\n    }\n    contractor {\n      __typename\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment MyAssignments_assignment on Assignment {\n    id\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    premiumCents\n    payer\n    status\n    jobCategory {\n      id\n      coverageTypes\n      workState\n      jobCode {\n        id\n        title\n      }\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n  }\n": typeof types.MyAssignments_AssignmentFragmentDoc,
    "\n  fragment MyAssignments_charge on Charge {\n    id\n    assignmentId\n    status\n    amountCents\n    scheduledFor\n    failureMessage\n    declineCode\n    viewerCanOptOut\n    viewerCanRetry\n  }\n": typeof types.MyAssignments_ChargeFragmentDoc,
    "\n  mutation SetContractorLanguage($language: Language!) {\n    setContractorLanguage(language: $language) {\n      id\n      preferredLanguage\n      languageChosen\n    }\n  }\n": typeof types.SetContractorLanguageDocument,
    "\n  query StoredLanguage {\n    viewer {\n      id\n      contractor {\n        id\n        preferredLanguage\n        languageChosen\n      }\n    }\n  }\n": typeof types.StoredLanguageDocument,
    "\n  fragment OptInForm_form on OptInForm {\n    completed\n    agencyName\n    payer\n    # Both languages at once: switching language keeps what the contractor has typed.\n    termsEnglish: terms(language: EN)\n    termsSpanish: terms(language: ES)\n    termsVersion\n    paymentMethod {\n      brand\n      last4\n    }\n    contractor {\n      firstName\n      lastName\n      email\n      phone\n      addressLine1\n      city\n      state\n      postalCode\n    }\n    assignments {\n      id\n      jobName\n      jobTitle\n      clientEntity\n      description\n      effectiveDate\n      endDate\n      coverageTypes\n      workState\n      premiumCents\n      status\n    }\n  }\n": typeof types.OptInForm_FormFragmentDoc,
    "\n  mutation SubmitOptIn($token: String!, $input: OptInInput!) {\n    submitOptIn(token: $token, input: $input) {\n      contractor {\n        id\n        optInStatus\n      }\n      assignments {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SubmitOptInDocument,
    "\n  mutation UpdatePaymentMethod($paymentMethodToken: String!, $cardExpiry: CardExpiryInput) {\n    updatePaymentMethod(paymentMethodToken: $paymentMethodToken, cardExpiry: $cardExpiry) {\n      ...PaymentCard_paymentMethod\n    }\n  }\n": typeof types.UpdatePaymentMethodDocument,
    "\n  mutation OptOutOfCharge($assignmentId: ID!) {\n    optOutOfCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n": typeof types.OptOutOfChargeDocument,
    "\n  mutation RetryCharge($assignmentId: ID!) {\n    retryCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n": typeof types.RetryChargeDocument,
    "\n  fragment PaymentCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n": typeof types.PaymentCard_PaymentMethodFragmentDoc,
    "\n  mutation RequestContractorLink($email: String!) {\n    requestContractorLink(email: $email)\n  }\n": typeof types.RequestContractorLinkDocument,
    "\n  query OptInFormRoute($token: String!) {\n    optInForm(token: $token) {\n      ...OptInForm_form\n    }\n  }\n": typeof types.OptInFormRouteDocument,
    "\n  mutation SignInWithContractorLink($token: String!) {\n    signInWithContractorLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n": typeof types.SignInWithContractorLinkDocument,
    "\n  query HomeRoute {\n    viewer {\n      id\n      contractor {\n        id\n        firstName\n        lastName\n        email\n        # Fresh on every visit, so the summary shows where the coverage stands now.\n        coverageStatus\n        optInUrl\n        assignments {\n          id\n          ...MyAssignments_assignment\n        }\n      }\n    }\n    myPaymentMethod {\n      ...PaymentCard_paymentMethod\n    }\n    myCharges {\n      ...MyAssignments_charge\n    }\n  }\n": typeof types.HomeRouteDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    __typename\n    id\n    role\n    email\n    name\n    agency {\n      __typename\n      id\n      name\n    }\n    facilities {\n      __typename\n      id\n      name\n    }\n    contractor {\n      __typename\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment MyAssignments_assignment on Assignment {\n    id\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    premiumCents\n    payer\n    status\n    jobCategory {\n      id\n      coverageTypes\n      workState\n      jobCode {\n        id\n        title\n      }\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n  }\n": types.MyAssignments_AssignmentFragmentDoc,
    "\n  fragment MyAssignments_charge on Charge {\n    id\n    assignmentId\n    status\n    amountCents\n    scheduledFor\n    failureMessage\n    declineCode\n    viewerCanOptOut\n    viewerCanRetry\n  }\n": types.MyAssignments_ChargeFragmentDoc,
    "\n  mutation SetContractorLanguage($language: Language!) {\n    setContractorLanguage(language: $language) {\n      id\n      preferredLanguage\n      languageChosen\n    }\n  }\n": types.SetContractorLanguageDocument,
    "\n  query StoredLanguage {\n    viewer {\n      id\n      contractor {\n        id\n        preferredLanguage\n        languageChosen\n      }\n    }\n  }\n": types.StoredLanguageDocument,
    "\n  fragment OptInForm_form on OptInForm {\n    completed\n    agencyName\n    payer\n    # Both languages at once: switching language keeps what the contractor has typed.\n    termsEnglish: terms(language: EN)\n    termsSpanish: terms(language: ES)\n    termsVersion\n    paymentMethod {\n      brand\n      last4\n    }\n    contractor {\n      firstName\n      lastName\n      email\n      phone\n      addressLine1\n      city\n      state\n      postalCode\n    }\n    assignments {\n      id\n      jobName\n      jobTitle\n      clientEntity\n      description\n      effectiveDate\n      endDate\n      coverageTypes\n      workState\n      premiumCents\n      status\n    }\n  }\n": types.OptInForm_FormFragmentDoc,
    "\n  mutation SubmitOptIn($token: String!, $input: OptInInput!) {\n    submitOptIn(token: $token, input: $input) {\n      contractor {\n        id\n        optInStatus\n      }\n      assignments {\n        id\n        status\n      }\n    }\n  }\n": types.SubmitOptInDocument,
    "\n  mutation UpdatePaymentMethod($paymentMethodToken: String!, $cardExpiry: CardExpiryInput) {\n    updatePaymentMethod(paymentMethodToken: $paymentMethodToken, cardExpiry: $cardExpiry) {\n      ...PaymentCard_paymentMethod\n    }\n  }\n": types.UpdatePaymentMethodDocument,
    "\n  mutation OptOutOfCharge($assignmentId: ID!) {\n    optOutOfCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n": types.OptOutOfChargeDocument,
    "\n  mutation RetryCharge($assignmentId: ID!) {\n    retryCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n": types.RetryChargeDocument,
    "\n  fragment PaymentCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n": types.PaymentCard_PaymentMethodFragmentDoc,
    "\n  mutation RequestContractorLink($email: String!) {\n    requestContractorLink(email: $email)\n  }\n": types.RequestContractorLinkDocument,
    "\n  query OptInFormRoute($token: String!) {\n    optInForm(token: $token) {\n      ...OptInForm_form\n    }\n  }\n": types.OptInFormRouteDocument,
    "\n  mutation SignInWithContractorLink($token: String!) {\n    signInWithContractorLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n": types.SignInWithContractorLinkDocument,
    "\n  query HomeRoute {\n    viewer {\n      id\n      contractor {\n        id\n        firstName\n        lastName\n        email\n        # Fresh on every visit, so the summary shows where the coverage stands now.\n        coverageStatus\n        optInUrl\n        assignments {\n          id\n          ...MyAssignments_assignment\n        }\n      }\n    }\n    myPaymentMethod {\n      ...PaymentCard_paymentMethod\n    }\n    myCharges {\n      ...MyAssignments_charge\n    }\n  }\n": types.HomeRouteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    __typename\n    id\n    role\n    email\n    name\n    agency {\n      __typename\n      id\n      name\n    }\n    facilities {\n      __typename\n      id\n      name\n    }\n    contractor {\n      __typename\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    __typename\n    id\n    role\n    email\n    name\n    agency {\n      __typename\n      id\n      name\n    }\n    facilities {\n      __typename\n      id\n      name\n    }\n    contractor {\n      __typename\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAssignments_assignment on Assignment {\n    id\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    premiumCents\n    payer\n    status\n    jobCategory {\n      id\n      coverageTypes\n      workState\n      jobCode {\n        id\n        title\n      }\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n  }\n"): (typeof documents)["\n  fragment MyAssignments_assignment on Assignment {\n    id\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    premiumCents\n    payer\n    status\n    jobCategory {\n      id\n      coverageTypes\n      workState\n      jobCode {\n        id\n        title\n      }\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAssignments_charge on Charge {\n    id\n    assignmentId\n    status\n    amountCents\n    scheduledFor\n    failureMessage\n    declineCode\n    viewerCanOptOut\n    viewerCanRetry\n  }\n"): (typeof documents)["\n  fragment MyAssignments_charge on Charge {\n    id\n    assignmentId\n    status\n    amountCents\n    scheduledFor\n    failureMessage\n    declineCode\n    viewerCanOptOut\n    viewerCanRetry\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContractorLanguage($language: Language!) {\n    setContractorLanguage(language: $language) {\n      id\n      preferredLanguage\n      languageChosen\n    }\n  }\n"): (typeof documents)["\n  mutation SetContractorLanguage($language: Language!) {\n    setContractorLanguage(language: $language) {\n      id\n      preferredLanguage\n      languageChosen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoredLanguage {\n    viewer {\n      id\n      contractor {\n        id\n        preferredLanguage\n        languageChosen\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoredLanguage {\n    viewer {\n      id\n      contractor {\n        id\n        preferredLanguage\n        languageChosen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OptInForm_form on OptInForm {\n    completed\n    agencyName\n    payer\n    # Both languages at once: switching language keeps what the contractor has typed.\n    termsEnglish: terms(language: EN)\n    termsSpanish: terms(language: ES)\n    termsVersion\n    paymentMethod {\n      brand\n      last4\n    }\n    contractor {\n      firstName\n      lastName\n      email\n      phone\n      addressLine1\n      city\n      state\n      postalCode\n    }\n    assignments {\n      id\n      jobName\n      jobTitle\n      clientEntity\n      description\n      effectiveDate\n      endDate\n      coverageTypes\n      workState\n      premiumCents\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment OptInForm_form on OptInForm {\n    completed\n    agencyName\n    payer\n    # Both languages at once: switching language keeps what the contractor has typed.\n    termsEnglish: terms(language: EN)\n    termsSpanish: terms(language: ES)\n    termsVersion\n    paymentMethod {\n      brand\n      last4\n    }\n    contractor {\n      firstName\n      lastName\n      email\n      phone\n      addressLine1\n      city\n      state\n      postalCode\n    }\n    assignments {\n      id\n      jobName\n      jobTitle\n      clientEntity\n      description\n      effectiveDate\n      endDate\n      coverageTypes\n      workState\n      premiumCents\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOptIn($token: String!, $input: OptInInput!) {\n    submitOptIn(token: $token, input: $input) {\n      contractor {\n        id\n        optInStatus\n      }\n      assignments {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOptIn($token: String!, $input: OptInInput!) {\n    submitOptIn(token: $token, input: $input) {\n      contractor {\n        id\n        optInStatus\n      }\n      assignments {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePaymentMethod($paymentMethodToken: String!, $cardExpiry: CardExpiryInput) {\n    updatePaymentMethod(paymentMethodToken: $paymentMethodToken, cardExpiry: $cardExpiry) {\n      ...PaymentCard_paymentMethod\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePaymentMethod($paymentMethodToken: String!, $cardExpiry: CardExpiryInput) {\n    updatePaymentMethod(paymentMethodToken: $paymentMethodToken, cardExpiry: $cardExpiry) {\n      ...PaymentCard_paymentMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OptOutOfCharge($assignmentId: ID!) {\n    optOutOfCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation OptOutOfCharge($assignmentId: ID!) {\n    optOutOfCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryCharge($assignmentId: ID!) {\n    retryCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation RetryCharge($assignmentId: ID!) {\n    retryCharge(assignmentId: $assignmentId) {\n      assignmentId\n      status\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n"): (typeof documents)["\n  fragment PaymentCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestContractorLink($email: String!) {\n    requestContractorLink(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestContractorLink($email: String!) {\n    requestContractorLink(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OptInFormRoute($token: String!) {\n    optInForm(token: $token) {\n      ...OptInForm_form\n    }\n  }\n"): (typeof documents)["\n  query OptInFormRoute($token: String!) {\n    optInForm(token: $token) {\n      ...OptInForm_form\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithContractorLink($token: String!) {\n    signInWithContractorLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithContractorLink($token: String!) {\n    signInWithContractorLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeRoute {\n    viewer {\n      id\n      contractor {\n        id\n        firstName\n        lastName\n        email\n        # Fresh on every visit, so the summary shows where the coverage stands now.\n        coverageStatus\n        optInUrl\n        assignments {\n          id\n          ...MyAssignments_assignment\n        }\n      }\n    }\n    myPaymentMethod {\n      ...PaymentCard_paymentMethod\n    }\n    myCharges {\n      ...MyAssignments_charge\n    }\n  }\n"): (typeof documents)["\n  query HomeRoute {\n    viewer {\n      id\n      contractor {\n        id\n        firstName\n        lastName\n        email\n        # Fresh on every visit, so the summary shows where the coverage stands now.\n        coverageStatus\n        optInUrl\n        assignments {\n          id\n          ...MyAssignments_assignment\n        }\n      }\n    }\n    myPaymentMethod {\n      ...PaymentCard_paymentMethod\n    }\n    myCharges {\n      ...MyAssignments_charge\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;