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
    "\n  fragment ViewerFields on Viewer {\n    id\n    role\n    email\n    name\n    agency {\n      id\n      name\n    }\n    facilities {\n      id\n      name\n    }\n    contractor {\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query FacilityAssignments(\n    $facilityId: ID!\n    $filter: FacilityAssignmentFilter\n    $search: String\n    $orderBy: FacilityAssignmentOrder\n    $first: Int\n    $after: String\n  ) {\n    facilityAssignments(facilityId: $facilityId, filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      bulkDownloadUrl\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contractorName\n          effectiveDate\n          endDate\n          certificates {\n            number\n            downloadUrl\n            verifyUrl\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.FacilityAssignmentsDocument,
    "\n  query ClearedToWork($facilityId: ID!, $contractor: String!, $date: String!) {\n    clearedToWork(facilityId: $facilityId, contractor: $contractor, date: $date) {\n      cleared\n      contractorName\n      date\n      note\n      certificate {\n        number\n        downloadUrl\n        effectiveDate\n        endDate\n      }\n    }\n  }\n": typeof types.ClearedToWorkDocument,
    "\n  query PaymentSchedulePreview($facilityId: ID!, $csv: String!) {\n    paymentSchedulePreview(facilityId: $facilityId, csv: $csv) {\n      headers\n      rows\n      rowCount\n      suggestedMapping {\n        contractorName\n        legalName\n        email\n        fein\n        paymentDate\n        amount\n        workFrom\n        workTo\n        workState\n      }\n    }\n  }\n": typeof types.PaymentSchedulePreviewDocument,
    "\n  fragment PaymentReconciliationFields on PaymentReconciliation {\n    id\n    fileName\n    csvUrl\n    packetUrl\n    totals {\n      status\n      count\n      amountCents\n    }\n    period {\n      from\n      to\n    }\n    payees {\n      payee\n      fein\n      email\n      count\n      amountCents\n      matchedCents\n      unmatchedCents\n      ambiguousCents\n      exposurePremiumCents\n      unpricedCount\n    }\n    rows {\n      line\n      contractorName\n      legalName\n      email\n      fein\n      paymentDate\n      workFrom\n      workTo\n      workState\n      amountCents\n      status\n      basis\n      note\n      candidateCertificateNumbers\n      certificate {\n        number\n        downloadUrl\n        workState\n        effectiveDate\n        endDate\n      }\n      exposure {\n        payrollCents\n        premiumCents\n        explanation\n      }\n    }\n  }\n": typeof types.PaymentReconciliationFieldsFragmentDoc,
    "\n  mutation ReconcilePayments($facilityId: ID!, $csv: String!, $mapping: PaymentColumnMappingInput!, $fileName: String) {\n    reconcilePayments(facilityId: $facilityId, csv: $csv, mapping: $mapping, fileName: $fileName) {\n      ...PaymentReconciliationFields\n    }\n  }\n": typeof types.ReconcilePaymentsDocument,
    "\n  query FacilityReconciliations($facilityId: ID!, $first: Int, $after: String) {\n    facilityReconciliations(facilityId: $facilityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          fileName\n          csvUrl\n          packetUrl\n          totals {\n            status\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FacilityReconciliationsDocument,
    "\n  query VerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      status\n      number\n      contractorName\n      effectiveDate\n      endDate\n      coverageTypes\n      issuedAt\n      voidedAt\n      holderName\n      agencyName\n      signatureValid\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  mutation RequestMagicLink($email: String!) {\n    requestMagicLink(email: $email)\n  }\n": typeof types.RequestMagicLinkDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n": typeof types.RedeemMagicLinkDocument,
    "\n  query FacilityTeam($facilityId: ID!, $first: Int, $after: String) {\n    facilityTeam(facilityId: $facilityId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          name\n          grantedAt\n          lastSignInAt\n          isViewer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FacilityTeamDocument,
    "\n  mutation RevokeFacilityAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n": typeof types.RevokeFacilityAccessDocument,
    "\n  mutation InviteFacilityTeamMember($email: String!, $facilityIds: [ID!]!) {\n    inviteFacilityTeamMember(email: $email, facilityIds: $facilityIds)\n  }\n": typeof types.InviteFacilityTeamMemberDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    id\n    role\n    email\n    name\n    agency {\n      id\n      name\n    }\n    facilities {\n      id\n      name\n    }\n    contractor {\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query FacilityAssignments(\n    $facilityId: ID!\n    $filter: FacilityAssignmentFilter\n    $search: String\n    $orderBy: FacilityAssignmentOrder\n    $first: Int\n    $after: String\n  ) {\n    facilityAssignments(facilityId: $facilityId, filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      bulkDownloadUrl\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contractorName\n          effectiveDate\n          endDate\n          certificates {\n            number\n            downloadUrl\n            verifyUrl\n            status\n          }\n        }\n      }\n    }\n  }\n": types.FacilityAssignmentsDocument,
    "\n  query ClearedToWork($facilityId: ID!, $contractor: String!, $date: String!) {\n    clearedToWork(facilityId: $facilityId, contractor: $contractor, date: $date) {\n      cleared\n      contractorName\n      date\n      note\n      certificate {\n        number\n        downloadUrl\n        effectiveDate\n        endDate\n      }\n    }\n  }\n": types.ClearedToWorkDocument,
    "\n  query PaymentSchedulePreview($facilityId: ID!, $csv: String!) {\n    paymentSchedulePreview(facilityId: $facilityId, csv: $csv) {\n      headers\n      rows\n      rowCount\n      suggestedMapping {\n        contractorName\n        legalName\n        email\n        fein\n        paymentDate\n        amount\n        workFrom\n        workTo\n        workState\n      }\n    }\n  }\n": types.PaymentSchedulePreviewDocument,
    "\n  fragment PaymentReconciliationFields on PaymentReconciliation {\n    id\n    fileName\n    csvUrl\n    packetUrl\n    totals {\n      status\n      count\n      amountCents\n    }\n    period {\n      from\n      to\n    }\n    payees {\n      payee\n      fein\n      email\n      count\n      amountCents\n      matchedCents\n      unmatchedCents\n      ambiguousCents\n      exposurePremiumCents\n      unpricedCount\n    }\n    rows {\n      line\n      contractorName\n      legalName\n      email\n      fein\n      paymentDate\n      workFrom\n      workTo\n      workState\n      amountCents\n      status\n      basis\n      note\n      candidateCertificateNumbers\n      certificate {\n        number\n        downloadUrl\n        workState\n        effectiveDate\n        endDate\n      }\n      exposure {\n        payrollCents\n        premiumCents\n        explanation\n      }\n    }\n  }\n": types.PaymentReconciliationFieldsFragmentDoc,
    "\n  mutation ReconcilePayments($facilityId: ID!, $csv: String!, $mapping: PaymentColumnMappingInput!, $fileName: String) {\n    reconcilePayments(facilityId: $facilityId, csv: $csv, mapping: $mapping, fileName: $fileName) {\n      ...PaymentReconciliationFields\n    }\n  }\n": types.ReconcilePaymentsDocument,
    "\n  query FacilityReconciliations($facilityId: ID!, $first: Int, $after: String) {\n    facilityReconciliations(facilityId: $facilityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          fileName\n          csvUrl\n          packetUrl\n          totals {\n            status\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FacilityReconciliationsDocument,
    "\n  query VerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      status\n      number\n      contractorName\n      effectiveDate\n      endDate\n      coverageTypes\n      issuedAt\n      voidedAt\n      holderName\n      agencyName\n      signatureValid\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  mutation RequestMagicLink($email: String!) {\n    requestMagicLink(email: $email)\n  }\n": types.RequestMagicLinkDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n": types.RedeemMagicLinkDocument,
    "\n  query FacilityTeam($facilityId: ID!, $first: Int, $after: String) {\n    facilityTeam(facilityId: $facilityId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          name\n          grantedAt\n          lastSignInAt\n          isViewer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FacilityTeamDocument,
    "\n  mutation RevokeFacilityAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n": types.RevokeFacilityAccessDocument,
    "\n  mutation InviteFacilityTeamMember($email: String!, $facilityIds: [ID!]!) {\n    inviteFacilityTeamMember(email: $email, facilityIds: $facilityIds)\n  }\n": types.InviteFacilityTeamMemberDocument,
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
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    id\n    role\n    email\n    name\n    agency {\n      id\n      name\n    }\n    facilities {\n      id\n      name\n    }\n    contractor {\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    id\n    role\n    email\n    name\n    agency {\n      id\n      name\n    }\n    facilities {\n      id\n      name\n    }\n    contractor {\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityAssignments(\n    $facilityId: ID!\n    $filter: FacilityAssignmentFilter\n    $search: String\n    $orderBy: FacilityAssignmentOrder\n    $first: Int\n    $after: String\n  ) {\n    facilityAssignments(facilityId: $facilityId, filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      bulkDownloadUrl\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contractorName\n          effectiveDate\n          endDate\n          certificates {\n            number\n            downloadUrl\n            verifyUrl\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityAssignments(\n    $facilityId: ID!\n    $filter: FacilityAssignmentFilter\n    $search: String\n    $orderBy: FacilityAssignmentOrder\n    $first: Int\n    $after: String\n  ) {\n    facilityAssignments(facilityId: $facilityId, filter: $filter, search: $search, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      bulkDownloadUrl\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          contractorName\n          effectiveDate\n          endDate\n          certificates {\n            number\n            downloadUrl\n            verifyUrl\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClearedToWork($facilityId: ID!, $contractor: String!, $date: String!) {\n    clearedToWork(facilityId: $facilityId, contractor: $contractor, date: $date) {\n      cleared\n      contractorName\n      date\n      note\n      certificate {\n        number\n        downloadUrl\n        effectiveDate\n        endDate\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClearedToWork($facilityId: ID!, $contractor: String!, $date: String!) {\n    clearedToWork(facilityId: $facilityId, contractor: $contractor, date: $date) {\n      cleared\n      contractorName\n      date\n      note\n      certificate {\n        number\n        downloadUrl\n        effectiveDate\n        endDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentSchedulePreview($facilityId: ID!, $csv: String!) {\n    paymentSchedulePreview(facilityId: $facilityId, csv: $csv) {\n      headers\n      rows\n      rowCount\n      suggestedMapping {\n        contractorName\n        legalName\n        email\n        fein\n        paymentDate\n        amount\n        workFrom\n        workTo\n        workState\n      }\n    }\n  }\n"): (typeof documents)["\n  query PaymentSchedulePreview($facilityId: ID!, $csv: String!) {\n    paymentSchedulePreview(facilityId: $facilityId, csv: $csv) {\n      headers\n      rows\n      rowCount\n      suggestedMapping {\n        contractorName\n        legalName\n        email\n        fein\n        paymentDate\n        amount\n        workFrom\n        workTo\n        workState\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentReconciliationFields on PaymentReconciliation {\n    id\n    fileName\n    csvUrl\n    packetUrl\n    totals {\n      status\n      count\n      amountCents\n    }\n    period {\n      from\n      to\n    }\n    payees {\n      payee\n      fein\n      email\n      count\n      amountCents\n      matchedCents\n      unmatchedCents\n      ambiguousCents\n      exposurePremiumCents\n      unpricedCount\n    }\n    rows {\n      line\n      contractorName\n      legalName\n      email\n      fein\n      paymentDate\n      workFrom\n      workTo\n      workState\n      amountCents\n      status\n      basis\n      note\n      candidateCertificateNumbers\n      certificate {\n        number\n        downloadUrl\n        workState\n        effectiveDate\n        endDate\n      }\n      exposure {\n        payrollCents\n        premiumCents\n        explanation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PaymentReconciliationFields on PaymentReconciliation {\n    id\n    fileName\n    csvUrl\n    packetUrl\n    totals {\n      status\n      count\n      amountCents\n    }\n    period {\n      from\n      to\n    }\n    payees {\n      payee\n      fein\n      email\n      count\n      amountCents\n      matchedCents\n      unmatchedCents\n      ambiguousCents\n      exposurePremiumCents\n      unpricedCount\n    }\n    rows {\n      line\n      contractorName\n      legalName\n      email\n      fein\n      paymentDate\n      workFrom\n      workTo\n      workState\n      amountCents\n      status\n      basis\n      note\n      candidateCertificateNumbers\n      certificate {\n        number\n        downloadUrl\n        workState\n        effectiveDate\n        endDate\n      }\n      exposure {\n        payrollCents\n        premiumCents\n        explanation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconcilePayments($facilityId: ID!, $csv: String!, $mapping: PaymentColumnMappingInput!, $fileName: String) {\n    reconcilePayments(facilityId: $facilityId, csv: $csv, mapping: $mapping, fileName: $fileName) {\n      ...PaymentReconciliationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReconcilePayments($facilityId: ID!, $csv: String!, $mapping: PaymentColumnMappingInput!, $fileName: String) {\n    reconcilePayments(facilityId: $facilityId, csv: $csv, mapping: $mapping, fileName: $fileName) {\n      ...PaymentReconciliationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityReconciliations($facilityId: ID!, $first: Int, $after: String) {\n    facilityReconciliations(facilityId: $facilityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          fileName\n          csvUrl\n          packetUrl\n          totals {\n            status\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityReconciliations($facilityId: ID!, $first: Int, $after: String) {\n    facilityReconciliations(facilityId: $facilityId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          createdAt\n          fileName\n          csvUrl\n          packetUrl\n          totals {\n            status\n            count\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      status\n      number\n      contractorName\n      effectiveDate\n      endDate\n      coverageTypes\n      issuedAt\n      voidedAt\n      holderName\n      agencyName\n      signatureValid\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($number: String!) {\n    verifyCertificate(number: $number) {\n      status\n      number\n      contractorName\n      effectiveDate\n      endDate\n      coverageTypes\n      issuedAt\n      voidedAt\n      holderName\n      agencyName\n      signatureValid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMagicLink($email: String!) {\n    requestMagicLink(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestMagicLink($email: String!) {\n    requestMagicLink(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityTeam($facilityId: ID!, $first: Int, $after: String) {\n    facilityTeam(facilityId: $facilityId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          name\n          grantedAt\n          lastSignInAt\n          isViewer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityTeam($facilityId: ID!, $first: Int, $after: String) {\n    facilityTeam(facilityId: $facilityId, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          email\n          name\n          grantedAt\n          lastSignInAt\n          isViewer\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeFacilityAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n"): (typeof documents)["\n  mutation RevokeFacilityAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteFacilityTeamMember($email: String!, $facilityIds: [ID!]!) {\n    inviteFacilityTeamMember(email: $email, facilityIds: $facilityIds)\n  }\n"): (typeof documents)["\n  mutation InviteFacilityTeamMember($email: String!, $facilityIds: [ID!]!) {\n    inviteFacilityTeamMember(email: $email, facilityIds: $facilityIds)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;