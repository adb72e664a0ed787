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
    "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n": typeof types.AssignmentCard_AssignmentFragmentDoc,
    "\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.CancelAssignmentDocument,
    "\n  mutation ExtendAssignment($id: ID!, $endDate: String!) {\n    extendAssignment(id: $id, endDate: $endDate) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.ExtendAssignmentDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  query EstimatePremium($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      totalCents\n      lines {\n        coverageType\n        rate\n        basis\n        cents\n        minimumApplied\n      }\n    }\n  }\n": typeof types.EstimatePremiumDocument,
    "\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    optInStatus\n    optInUrl\n  }\n": typeof types.ContractorHeader_ContractorFragmentDoc,
    "\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n": typeof types.SendOptInReminderDocument,
    "\n  fragment ContractorsTable_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    workState\n    coverageStatus\n    coverageStatusLabel\n    currentAssignment {\n      id\n      jobName\n      effectiveDate\n      endDate\n      jobCategory {\n        id\n        coverageTypes\n      }\n    }\n  }\n": typeof types.ContractorsTable_ContractorFragmentDoc,
    "\n  mutation CreateContractor($input: CreateContractorInput!) {\n    createContractor(input: $input) {\n      id\n      ...ContractorsTable_contractor\n    }\n  }\n": typeof types.CreateContractorDocument,
    "\n  mutation SendOptInReminders($contractorIds: [ID!]!) {\n    sendOptInReminders(contractorIds: $contractorIds) {\n      sent\n      skipped {\n        contractorId\n        reason\n        message\n      }\n    }\n  }\n": typeof types.SendOptInRemindersDocument,
    "\n  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {\n    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {\n      id\n      bulkDownloadEnabled\n    }\n  }\n": typeof types.SetFacilityBulkDownloadDocument,
    "\n  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {\n    inviteFacilityUser(facilityId: $facilityId, email: $email)\n  }\n": typeof types.InviteFacilityUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {\n    acceptTeamInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
    "\n  mutation InviteTeamMember($email: String!) {\n    inviteTeamMember(email: $email)\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n": typeof types.TeamInvitationDocument,
    "\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        ...AssignmentCard_assignment\n      }\n    }\n  }\n": typeof types.ContractorProfileRouteDocument,
    "\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContractorsRouteDocument,
    "\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ContractorJobCodesDocument,
    "\n  query AgencyFacilities {\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n          city\n          state\n          bulkDownloadEnabled\n        }\n      }\n    }\n  }\n": typeof types.AgencyFacilitiesDocument,
    "\n  query NewAssignmentRoute($contractorId: ID!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategories {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NewAssignmentRouteDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    id\n    role\n    email\n    name\n    agency {\n      id\n      name\n    }\n    facilities {\n      id\n      name\n    }\n    contractor {\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n": types.AssignmentCard_AssignmentFragmentDoc,
    "\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.CancelAssignmentDocument,
    "\n  mutation ExtendAssignment($id: ID!, $endDate: String!) {\n    extendAssignment(id: $id, endDate: $endDate) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.ExtendAssignmentDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.CreateAssignmentDocument,
    "\n  query EstimatePremium($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      totalCents\n      lines {\n        coverageType\n        rate\n        basis\n        cents\n        minimumApplied\n      }\n    }\n  }\n": types.EstimatePremiumDocument,
    "\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    optInStatus\n    optInUrl\n  }\n": types.ContractorHeader_ContractorFragmentDoc,
    "\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n": types.SendOptInReminderDocument,
    "\n  fragment ContractorsTable_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    workState\n    coverageStatus\n    coverageStatusLabel\n    currentAssignment {\n      id\n      jobName\n      effectiveDate\n      endDate\n      jobCategory {\n        id\n        coverageTypes\n      }\n    }\n  }\n": types.ContractorsTable_ContractorFragmentDoc,
    "\n  mutation CreateContractor($input: CreateContractorInput!) {\n    createContractor(input: $input) {\n      id\n      ...ContractorsTable_contractor\n    }\n  }\n": types.CreateContractorDocument,
    "\n  mutation SendOptInReminders($contractorIds: [ID!]!) {\n    sendOptInReminders(contractorIds: $contractorIds) {\n      sent\n      skipped {\n        contractorId\n        reason\n        message\n      }\n    }\n  }\n": types.SendOptInRemindersDocument,
    "\n  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {\n    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {\n      id\n      bulkDownloadEnabled\n    }\n  }\n": types.SetFacilityBulkDownloadDocument,
    "\n  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {\n    inviteFacilityUser(facilityId: $facilityId, email: $email)\n  }\n": types.InviteFacilityUserDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {\n    acceptTeamInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptTeamInvitationDocument,
    "\n  mutation InviteTeamMember($email: String!) {\n    inviteTeamMember(email: $email)\n  }\n": types.InviteTeamMemberDocument,
    "\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n": types.TeamInvitationDocument,
    "\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        ...AssignmentCard_assignment\n      }\n    }\n  }\n": types.ContractorProfileRouteDocument,
    "\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContractorsRouteDocument,
    "\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n": types.ContractorJobCodesDocument,
    "\n  query AgencyFacilities {\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n          city\n          state\n          bulkDownloadEnabled\n        }\n      }\n    }\n  }\n": types.AgencyFacilitiesDocument,
    "\n  query NewAssignmentRoute($contractorId: ID!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategories {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NewAssignmentRouteDocument,
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
export function graphql(source: "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"): (typeof documents)["\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendAssignment($id: ID!, $endDate: String!) {\n    extendAssignment(id: $id, endDate: $endDate) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendAssignment($id: ID!, $endDate: String!) {\n    extendAssignment(id: $id, endDate: $endDate) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimatePremium($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      totalCents\n      lines {\n        coverageType\n        rate\n        basis\n        cents\n        minimumApplied\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstimatePremium($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      totalCents\n      lines {\n        coverageType\n        rate\n        basis\n        cents\n        minimumApplied\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    optInStatus\n    optInUrl\n  }\n"): (typeof documents)["\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    optInStatus\n    optInUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n"): (typeof documents)["\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractorsTable_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    workState\n    coverageStatus\n    coverageStatusLabel\n    currentAssignment {\n      id\n      jobName\n      effectiveDate\n      endDate\n      jobCategory {\n        id\n        coverageTypes\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ContractorsTable_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    workState\n    coverageStatus\n    coverageStatusLabel\n    currentAssignment {\n      id\n      jobName\n      effectiveDate\n      endDate\n      jobCategory {\n        id\n        coverageTypes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContractor($input: CreateContractorInput!) {\n    createContractor(input: $input) {\n      id\n      ...ContractorsTable_contractor\n    }\n  }\n"): (typeof documents)["\n  mutation CreateContractor($input: CreateContractorInput!) {\n    createContractor(input: $input) {\n      id\n      ...ContractorsTable_contractor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOptInReminders($contractorIds: [ID!]!) {\n    sendOptInReminders(contractorIds: $contractorIds) {\n      sent\n      skipped {\n        contractorId\n        reason\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendOptInReminders($contractorIds: [ID!]!) {\n    sendOptInReminders(contractorIds: $contractorIds) {\n      sent\n      skipped {\n        contractorId\n        reason\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {\n    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {\n      id\n      bulkDownloadEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {\n    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {\n      id\n      bulkDownloadEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {\n    inviteFacilityUser(facilityId: $facilityId, email: $email)\n  }\n"): (typeof documents)["\n  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {\n    inviteFacilityUser(facilityId: $facilityId, email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {\n    acceptTeamInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {\n    acceptTeamInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteTeamMember($email: String!) {\n    inviteTeamMember(email: $email)\n  }\n"): (typeof documents)["\n  mutation InviteTeamMember($email: String!) {\n    inviteTeamMember(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n"): (typeof documents)["\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        ...AssignmentCard_assignment\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        ...AssignmentCard_assignment\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencyFacilities {\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n          city\n          state\n          bulkDownloadEnabled\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencyFacilities {\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n          city\n          state\n          bulkDownloadEnabled\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewAssignmentRoute($contractorId: ID!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategories {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewAssignmentRoute($contractorId: ID!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategories {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        facilities {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;