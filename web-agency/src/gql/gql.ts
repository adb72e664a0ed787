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
    "\n  fragment ActivityTable_entry on AuditEntry {\n    id\n    at\n    action\n    recordType\n    recordId\n    ip\n    actor {\n      type\n      id\n      name\n      email\n    }\n  }\n": typeof types.ActivityTable_EntryFragmentDoc,
    "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n": typeof types.AssignmentCard_AssignmentFragmentDoc,
    "\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.CancelAssignmentDocument,
    "\n  mutation ExtendAssignment($id: ID!, $endDate: String!) {\n    extendAssignment(id: $id, endDate: $endDate) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.ExtendAssignmentDocument,
    "\n  query FacilityPicker($search: String, $first: Int!) {\n    viewer {\n      id\n      facilityConnection(search: $search, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.FacilityPickerDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": typeof types.CreateAssignmentDocument,
    "\n  query EstimatePremium($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      totalCents\n      lines {\n        coverageType\n        rate\n        basis\n        cents\n        minimumApplied\n      }\n    }\n  }\n": typeof types.EstimatePremiumDocument,
    "\n  fragment KpiTiles_overview on CompanyOverview {\n    from\n    to\n    applicationCompletionRate\n    optInFunnel {\n      asked\n      completed\n    }\n    insuredContractors\n    insuredContractorsInRange\n    activeStates\n    averageWageCents\n    medianWageCents\n    averageAssignmentDays\n    medianAssignmentDays\n    assignmentsInRange\n    assignmentsMissingPoNumber\n  }\n": typeof types.KpiTiles_OverviewFragmentDoc,
    "\n  fragment NeedsAttention_overview on CompanyOverview {\n    needsAttention {\n      awaitingOptInOverTwoDays\n      declinedPayments\n      missingPoNumbers\n      categoriesPendingApproval\n      contractorsPendingApproval\n    }\n  }\n": typeof types.NeedsAttention_OverviewFragmentDoc,
    "\n  fragment OverviewCharts_overview on CompanyOverview {\n    optInFunnel {\n      asked\n      completed\n      covered\n    }\n    assignmentsStarted {\n      granularity\n      periods {\n        periodStart\n        count\n      }\n    }\n    contractorsByState {\n      state\n      count\n    }\n    coverageStatusBreakdown {\n      status\n      count\n    }\n    wageDistribution {\n      min\n      max\n      count\n    }\n    assignmentLengthDistribution {\n      min\n      max\n      count\n    }\n  }\n": typeof types.OverviewCharts_OverviewFragmentDoc,
    "\n  fragment SetupChecklist_overview on CompanyOverview {\n    setup {\n      settingsSaved\n      hasFacility\n      hasContractors\n      hasAssignment\n    }\n  }\n": typeof types.SetupChecklist_OverviewFragmentDoc,
    "\n  mutation ImportContractors($csv: String!, $dryRun: Boolean) {\n    importContractors(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      imported\n      created\n      updated\n      assignmentsCreated\n      errors {\n        line\n        column\n        message\n      }\n      columns {\n        header\n        column\n        field\n      }\n      preview {\n        line\n        action\n        firstName\n        lastName\n        email\n        externalId\n        workState\n        assignmentJobName\n      }\n    }\n  }\n": typeof types.ImportContractorsDocument,
    "\n  mutation ArchiveContractor($id: ID!) {\n    archiveContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": typeof types.ArchiveContractorDocument,
    "\n  mutation RestoreContractor($id: ID!) {\n    restoreContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": typeof types.RestoreContractorDocument,
    "\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    preferredLanguage\n    languageChosen\n    coverageStatus\n    coverageStatusLabel\n    optInUrl\n    canBeReminded\n    archived\n    archivedAt\n    paymentMethod {\n      ...PaymentMethodCard_paymentMethod\n    }\n  }\n": typeof types.ContractorHeader_ContractorFragmentDoc,
    "\n  mutation UpdateContractor($id: ID!, $input: UpdateContractorInput!) {\n    updateContractor(id: $id, input: $input) {\n      id\n      ...ContractorHeader_contractor\n    }\n  }\n": typeof types.UpdateContractorDocument,
    "\n  fragment PaymentMethodCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n": typeof types.PaymentMethodCard_PaymentMethodFragmentDoc,
    "\n  fragment ReminderHistory_reminder on OptInReminder {\n    id\n    sentAt\n    kind\n    scheduleDay\n    sentByType\n    sentByName\n  }\n": typeof types.ReminderHistory_ReminderFragmentDoc,
    "\n  mutation RevokeContractorLinks($contractorId: ID!) {\n    revokeContractorLinks(contractorId: $contractorId)\n  }\n": typeof types.RevokeContractorLinksDocument,
    "\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n": typeof types.SendOptInReminderDocument,
    "\n  fragment SignedOptIns_optIn on SignedOptIn {\n    id\n    signedAt\n    signatureName\n    termsVersion\n    termsLanguage\n  }\n": typeof types.SignedOptIns_OptInFragmentDoc,
    "\n  fragment ContractorsTable_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    workState\n    coverageStatus\n    coverageStatusLabel\n    currentAssignment {\n      id\n      jobName\n      effectiveDate\n      endDate\n      jobCategory {\n        id\n        coverageTypes\n      }\n    }\n  }\n": typeof types.ContractorsTable_ContractorFragmentDoc,
    "\n  mutation CreateContractor($input: CreateContractorInput!) {\n    createContractor(input: $input) {\n      id\n      ...ContractorsTable_contractor\n    }\n  }\n": typeof types.CreateContractorDocument,
    "\n  mutation SendOptInReminders($contractorIds: [ID!]!) {\n    sendOptInReminders(contractorIds: $contractorIds) {\n      sent\n      skipped {\n        contractorId\n        reason\n        message\n      }\n    }\n  }\n": typeof types.SendOptInRemindersDocument,
    "\n  fragment FacilityCard_facility on Facility {\n    id\n    name\n    addressLine1\n    city\n    state\n    postalCode\n    contactEmail\n    bulkDownloadEnabled\n    team {\n      id\n      email\n      lastSignInAt\n    }\n  }\n": typeof types.FacilityCard_FacilityFragmentDoc,
    "\n  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {\n    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {\n      id\n      bulkDownloadEnabled\n    }\n  }\n": typeof types.SetFacilityBulkDownloadDocument,
    "\n  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {\n    inviteFacilityUser(facilityId: $facilityId, email: $email)\n  }\n": typeof types.InviteFacilityUserDocument,
    "\n  mutation CreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n": typeof types.CreateFacilityDocument,
    "\n  mutation UpdateFacility($id: ID!, $input: FacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n": typeof types.UpdateFacilityDocument,
    "\n  mutation RevokeHubAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n": typeof types.RevokeHubAccessDocument,
    "\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      id\n      secret\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  fragment ApiKeysSection_key on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeysSection_KeyFragmentDoc,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  fragment WebhookDeliveryLog_delivery on WebhookDelivery {\n    id\n    status\n    attempts\n    lastStatusCode\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    event {\n      id\n      type\n    }\n    attemptLog {\n      id\n      at\n      statusCode\n      latencyMs\n      responseSnippet\n      error\n    }\n  }\n": typeof types.WebhookDeliveryLog_DeliveryFragmentDoc,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n    }\n  }\n": typeof types.ResendWebhookDeliveryDocument,
    "\n  fragment WebhookEndpointActions_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n  }\n": typeof types.WebhookEndpointActions_EndpointFragmentDoc,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdate!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      ...WebhookEndpointActions_endpoint\n      ...WebhookEndpointStatus_endpoint\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation RollWebhookEndpointSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n": typeof types.RollWebhookEndpointSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  fragment WebhookEndpointStatus_endpoint on WebhookEndpoint {\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n": typeof types.WebhookEndpointStatus_EndpointFragmentDoc,
    "\n  fragment WebhookEndpointsSection_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    ...WebhookEndpointStatus_endpoint\n  }\n": typeof types.WebhookEndpointsSection_EndpointFragmentDoc,
    "\n  fragment InvoiceList_invoice on Invoice {\n    id\n    number\n    poNumber\n    status\n    totalCents\n    pdfUrl\n    periodStart\n    periodEnd\n    viewerCanChange\n    lineCount\n  }\n": typeof types.InvoiceList_InvoiceFragmentDoc,
    "\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n": typeof types.MarkInvoicePaidDocument,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n": typeof types.VoidInvoiceDocument,
    "\n  query BudgetEstimate($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      perAssignmentCents\n      assignmentCount\n      budgetTotalCents\n      lines {\n        coverageType\n        rate\n        basis\n        rateCents\n        minimumPremiumCents\n        minimumApplied\n        cents\n      }\n    }\n  }\n": typeof types.BudgetEstimateDocument,
    "\n  fragment JobCodesTable_jobCode on JobCode {\n    id\n    code\n    title\n    description\n    wcClassCode\n    glClassCode\n    rates @include(if: $withRates) {\n      state\n      coverageType\n      rate\n      minimumPremiumCents\n    }\n  }\n": typeof types.JobCodesTable_JobCodeFragmentDoc,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query MissingPoNumbersBox {\n    assignments(filter: { missingPoNumber: true }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.MissingPoNumbersBoxDocument,
    "\n  fragment MissingPoNumbersForm_assignment on Assignment {\n    id\n    status\n    statusLabel\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    contractor {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.MissingPoNumbersForm_AssignmentFragmentDoc,
    "\n  mutation SetPoNumber($assignmentIds: [ID!]!, $poNumber: String!, $poContactEmail: String) {\n    setPoNumber(assignmentIds: $assignmentIds, poNumber: $poNumber, poContactEmail: $poContactEmail) {\n      id\n      poNumber\n    }\n  }\n": typeof types.SetPoNumberDocument,
    "\n  fragment AgencySettingsForm_settings on AgencySettings {\n    billingEmail\n    defaultPoContactEmail\n    defaultPayer\n    timeZone\n    reminderDays\n    generalLiability {\n      required\n      eachOccurrenceCents\n      aggregateCents\n    }\n    workersCompensation {\n      required\n      employersLiabilityEachAccidentCents\n      employersLiabilityDiseaseEachEmployeeCents\n      employersLiabilityDiseasePolicyLimitCents\n    }\n  }\n": typeof types.AgencySettingsForm_SettingsFragmentDoc,
    "\n  mutation UpdateAgencySettings($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      settings {\n        ...AgencySettingsForm_settings\n      }\n    }\n  }\n": typeof types.UpdateAgencySettingsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {\n    acceptTeamInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n": typeof types.AcceptTeamInvitationDocument,
    "\n  mutation InviteTeamMember($email: String!) {\n    inviteTeamMember(email: $email)\n  }\n": typeof types.InviteTeamMemberDocument,
    "\n  fragment TeamMembersTable_member on TeamMember {\n    id\n    email\n    name\n    status\n    lastSignInAt\n    viewerCanRemove\n    viewerCanManageInvitation\n  }\n": typeof types.TeamMembersTable_MemberFragmentDoc,
    "\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id)\n  }\n": typeof types.ResendTeamInvitationDocument,
    "\n  mutation RevokeTeamInvitation($id: ID!) {\n    revokeTeamInvitation(id: $id)\n  }\n": typeof types.RevokeTeamInvitationDocument,
    "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n": typeof types.TeamInvitationDocument,
    "\n  query ActivityRoute($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityTable_entry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ActivityRouteDocument,
    "\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        payer\n        ...AssignmentCard_assignment\n      }\n      signedOptIns {\n        id\n        ...SignedOptIns_optIn\n      }\n      reminders {\n        id\n        ...ReminderHistory_reminder\n      }\n    }\n  }\n": typeof types.ContractorProfileRouteDocument,
    "\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String, $withCount: Boolean! = true) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      totalCountIsExact @include(if: $withCount)\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ContractorsRouteDocument,
    "\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ContractorJobCodesDocument,
    "\n  query FacilitiesRoute($first: Int, $after: String) {\n    viewer {\n      id\n      facilityConnection(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            ...FacilityCard_facility\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.FacilitiesRouteDocument,
    "\n  query IntegrationsRoute {\n    apiKeys {\n      id\n      ...ApiKeysSection_key\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointsSection_endpoint\n    }\n    webhookEventTypes\n  }\n": typeof types.IntegrationsRouteDocument,
    "\n  query InvoicesRoute($first: Int, $after: String) {\n    invoices(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...InvoiceList_invoice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.InvoicesRouteDocument,
    "\n  mutation IssueInvoices {\n    issueInvoices {\n      id\n      number\n    }\n  }\n": typeof types.IssueInvoicesDocument,
    "\n  query JobCodesRoute($state: String, $search: String, $withRates: Boolean!) {\n    jobCodes(state: $state, search: $search) {\n      id\n      ...JobCodesTable_jobCode\n    }\n    catalogue: jobCodes {\n      id\n      title\n    }\n  }\n": typeof types.JobCodesRouteDocument,
    "\n  query MissingPoNumbersRoute($first: Int) {\n    assignments(filter: { missingPoNumber: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MissingPoNumbersForm_assignment\n        }\n      }\n    }\n  }\n": typeof types.MissingPoNumbersRouteDocument,
    "\n  query ContractorPicker($search: String, $first: Int) {\n    contractors(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n": typeof types.ContractorPickerDocument,
    "\n  query NewAssignmentRoute($contractorId: ID!, $pickerSize: Int!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategoryConnection(status: APPROVED, first: $pickerSize) {\n      edges {\n        node {\n          id\n          status\n          coverageTypes\n          workState\n          jobCode {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          defaultPayer\n          timeZone\n          generalLiability {\n            required\n            eachOccurrenceCents\n            aggregateCents\n          }\n          workersCompensation {\n            required\n            employersLiabilityEachAccidentCents\n            employersLiabilityDiseaseEachEmployeeCents\n            employersLiabilityDiseasePolicyLimitCents\n          }\n        }\n      }\n    }\n    masterPolicyLimits {\n      generalLiability {\n        eachOccurrenceCents\n        aggregateCents\n      }\n      workersCompensation {\n        employersLiabilityEachAccidentCents\n        employersLiabilityDiseaseEachEmployeeCents\n        employersLiabilityDiseasePolicyLimitCents\n      }\n    }\n  }\n": typeof types.NewAssignmentRouteDocument,
    "\n  query OverviewRoute($from: String, $to: String) {\n    companyOverview(from: $from, to: $to) {\n      ...KpiTiles_overview\n      ...OverviewCharts_overview\n      ...NeedsAttention_overview\n      ...SetupChecklist_overview\n    }\n  }\n": typeof types.OverviewRouteDocument,
    "\n  query SettingsRoute {\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          ...AgencySettingsForm_settings\n        }\n      }\n    }\n  }\n": typeof types.SettingsRouteDocument,
    "\n  query TeamRoute($first: Int, $after: String) {\n    teamMemberConnection(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...TeamMembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TeamRouteDocument,
    "\n  query WebhookEndpointRoute($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      createdAt\n      ...WebhookEndpointStatus_endpoint\n      ...WebhookEndpointActions_endpoint\n      deliveries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...WebhookDeliveryLog_delivery\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    webhookEventTypes\n  }\n": typeof types.WebhookEndpointRouteDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    __typename\n    id\n    role\n    email\n    name\n    agency {\n      __typename\n      id\n      name\n    }\n    facilities {\n      __typename\n      id\n      name\n    }\n    contractor {\n      __typename\n      id\n      firstName\n      lastName\n      email\n      optInStatus\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment ActivityTable_entry on AuditEntry {\n    id\n    at\n    action\n    recordType\n    recordId\n    ip\n    actor {\n      type\n      id\n      name\n      email\n    }\n  }\n": types.ActivityTable_EntryFragmentDoc,
    "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n": types.AssignmentCard_AssignmentFragmentDoc,
    "\n  mutation CancelAssignment($id: ID!, $reason: String) {\n    cancelAssignment(id: $id, reason: $reason) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.CancelAssignmentDocument,
    "\n  mutation ExtendAssignment($id: ID!, $endDate: String!) {\n    extendAssignment(id: $id, endDate: $endDate) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.ExtendAssignmentDocument,
    "\n  query FacilityPicker($search: String, $first: Int!) {\n    viewer {\n      id\n      facilityConnection(search: $search, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.FacilityPickerDocument,
    "\n  mutation CreateAssignment($input: CreateAssignmentInput!) {\n    createAssignment(input: $input) {\n      id\n      ...AssignmentCard_assignment\n    }\n  }\n": types.CreateAssignmentDocument,
    "\n  query EstimatePremium($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      totalCents\n      lines {\n        coverageType\n        rate\n        basis\n        cents\n        minimumApplied\n      }\n    }\n  }\n": types.EstimatePremiumDocument,
    "\n  fragment KpiTiles_overview on CompanyOverview {\n    from\n    to\n    applicationCompletionRate\n    optInFunnel {\n      asked\n      completed\n    }\n    insuredContractors\n    insuredContractorsInRange\n    activeStates\n    averageWageCents\n    medianWageCents\n    averageAssignmentDays\n    medianAssignmentDays\n    assignmentsInRange\n    assignmentsMissingPoNumber\n  }\n": types.KpiTiles_OverviewFragmentDoc,
    "\n  fragment NeedsAttention_overview on CompanyOverview {\n    needsAttention {\n      awaitingOptInOverTwoDays\n      declinedPayments\n      missingPoNumbers\n      categoriesPendingApproval\n      contractorsPendingApproval\n    }\n  }\n": types.NeedsAttention_OverviewFragmentDoc,
    "\n  fragment OverviewCharts_overview on CompanyOverview {\n    optInFunnel {\n      asked\n      completed\n      covered\n    }\n    assignmentsStarted {\n      granularity\n      periods {\n        periodStart\n        count\n      }\n    }\n    contractorsByState {\n      state\n      count\n    }\n    coverageStatusBreakdown {\n      status\n      count\n    }\n    wageDistribution {\n      min\n      max\n      count\n    }\n    assignmentLengthDistribution {\n      min\n      max\n      count\n    }\n  }\n": types.OverviewCharts_OverviewFragmentDoc,
    "\n  fragment SetupChecklist_overview on CompanyOverview {\n    setup {\n      settingsSaved\n      hasFacility\n      hasContractors\n      hasAssignment\n    }\n  }\n": types.SetupChecklist_OverviewFragmentDoc,
    "\n  mutation ImportContractors($csv: String!, $dryRun: Boolean) {\n    importContractors(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      imported\n      created\n      updated\n      assignmentsCreated\n      errors {\n        line\n        column\n        message\n      }\n      columns {\n        header\n        column\n        field\n      }\n      preview {\n        line\n        action\n        firstName\n        lastName\n        email\n        externalId\n        workState\n        assignmentJobName\n      }\n    }\n  }\n": types.ImportContractorsDocument,
    "\n  mutation ArchiveContractor($id: ID!) {\n    archiveContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": types.ArchiveContractorDocument,
    "\n  mutation RestoreContractor($id: ID!) {\n    restoreContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n": types.RestoreContractorDocument,
    "\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    preferredLanguage\n    languageChosen\n    coverageStatus\n    coverageStatusLabel\n    optInUrl\n    canBeReminded\n    archived\n    archivedAt\n    paymentMethod {\n      ...PaymentMethodCard_paymentMethod\n    }\n  }\n": types.ContractorHeader_ContractorFragmentDoc,
    "\n  mutation UpdateContractor($id: ID!, $input: UpdateContractorInput!) {\n    updateContractor(id: $id, input: $input) {\n      id\n      ...ContractorHeader_contractor\n    }\n  }\n": types.UpdateContractorDocument,
    "\n  fragment PaymentMethodCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n": types.PaymentMethodCard_PaymentMethodFragmentDoc,
    "\n  fragment ReminderHistory_reminder on OptInReminder {\n    id\n    sentAt\n    kind\n    scheduleDay\n    sentByType\n    sentByName\n  }\n": types.ReminderHistory_ReminderFragmentDoc,
    "\n  mutation RevokeContractorLinks($contractorId: ID!) {\n    revokeContractorLinks(contractorId: $contractorId)\n  }\n": types.RevokeContractorLinksDocument,
    "\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n": types.SendOptInReminderDocument,
    "\n  fragment SignedOptIns_optIn on SignedOptIn {\n    id\n    signedAt\n    signatureName\n    termsVersion\n    termsLanguage\n  }\n": types.SignedOptIns_OptInFragmentDoc,
    "\n  fragment ContractorsTable_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    workState\n    coverageStatus\n    coverageStatusLabel\n    currentAssignment {\n      id\n      jobName\n      effectiveDate\n      endDate\n      jobCategory {\n        id\n        coverageTypes\n      }\n    }\n  }\n": types.ContractorsTable_ContractorFragmentDoc,
    "\n  mutation CreateContractor($input: CreateContractorInput!) {\n    createContractor(input: $input) {\n      id\n      ...ContractorsTable_contractor\n    }\n  }\n": types.CreateContractorDocument,
    "\n  mutation SendOptInReminders($contractorIds: [ID!]!) {\n    sendOptInReminders(contractorIds: $contractorIds) {\n      sent\n      skipped {\n        contractorId\n        reason\n        message\n      }\n    }\n  }\n": types.SendOptInRemindersDocument,
    "\n  fragment FacilityCard_facility on Facility {\n    id\n    name\n    addressLine1\n    city\n    state\n    postalCode\n    contactEmail\n    bulkDownloadEnabled\n    team {\n      id\n      email\n      lastSignInAt\n    }\n  }\n": types.FacilityCard_FacilityFragmentDoc,
    "\n  mutation SetFacilityBulkDownload($facilityId: ID!, $enabled: Boolean!) {\n    setFacilityBulkDownload(facilityId: $facilityId, enabled: $enabled) {\n      id\n      bulkDownloadEnabled\n    }\n  }\n": types.SetFacilityBulkDownloadDocument,
    "\n  mutation InviteFacilityUser($facilityId: ID!, $email: String!) {\n    inviteFacilityUser(facilityId: $facilityId, email: $email)\n  }\n": types.InviteFacilityUserDocument,
    "\n  mutation CreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n": types.CreateFacilityDocument,
    "\n  mutation UpdateFacility($id: ID!, $input: FacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n": types.UpdateFacilityDocument,
    "\n  mutation RevokeHubAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n": types.RevokeHubAccessDocument,
    "\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      id\n      secret\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  fragment ApiKeysSection_key on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeysSection_KeyFragmentDoc,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  fragment WebhookDeliveryLog_delivery on WebhookDelivery {\n    id\n    status\n    attempts\n    lastStatusCode\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    event {\n      id\n      type\n    }\n    attemptLog {\n      id\n      at\n      statusCode\n      latencyMs\n      responseSnippet\n      error\n    }\n  }\n": types.WebhookDeliveryLog_DeliveryFragmentDoc,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n    }\n  }\n": types.ResendWebhookDeliveryDocument,
    "\n  fragment WebhookEndpointActions_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n  }\n": types.WebhookEndpointActions_EndpointFragmentDoc,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdate!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      ...WebhookEndpointActions_endpoint\n      ...WebhookEndpointStatus_endpoint\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation RollWebhookEndpointSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n": types.RollWebhookEndpointSecretDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  fragment WebhookEndpointStatus_endpoint on WebhookEndpoint {\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n": types.WebhookEndpointStatus_EndpointFragmentDoc,
    "\n  fragment WebhookEndpointsSection_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    ...WebhookEndpointStatus_endpoint\n  }\n": types.WebhookEndpointsSection_EndpointFragmentDoc,
    "\n  fragment InvoiceList_invoice on Invoice {\n    id\n    number\n    poNumber\n    status\n    totalCents\n    pdfUrl\n    periodStart\n    periodEnd\n    viewerCanChange\n    lineCount\n  }\n": types.InvoiceList_InvoiceFragmentDoc,
    "\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n": types.MarkInvoicePaidDocument,
    "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n": types.VoidInvoiceDocument,
    "\n  query BudgetEstimate($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      perAssignmentCents\n      assignmentCount\n      budgetTotalCents\n      lines {\n        coverageType\n        rate\n        basis\n        rateCents\n        minimumPremiumCents\n        minimumApplied\n        cents\n      }\n    }\n  }\n": types.BudgetEstimateDocument,
    "\n  fragment JobCodesTable_jobCode on JobCode {\n    id\n    code\n    title\n    description\n    wcClassCode\n    glClassCode\n    rates @include(if: $withRates) {\n      state\n      coverageType\n      rate\n      minimumPremiumCents\n    }\n  }\n": types.JobCodesTable_JobCodeFragmentDoc,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query MissingPoNumbersBox {\n    assignments(filter: { missingPoNumber: true }, first: 1) {\n      totalCount\n    }\n  }\n": types.MissingPoNumbersBoxDocument,
    "\n  fragment MissingPoNumbersForm_assignment on Assignment {\n    id\n    status\n    statusLabel\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    contractor {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.MissingPoNumbersForm_AssignmentFragmentDoc,
    "\n  mutation SetPoNumber($assignmentIds: [ID!]!, $poNumber: String!, $poContactEmail: String) {\n    setPoNumber(assignmentIds: $assignmentIds, poNumber: $poNumber, poContactEmail: $poContactEmail) {\n      id\n      poNumber\n    }\n  }\n": types.SetPoNumberDocument,
    "\n  fragment AgencySettingsForm_settings on AgencySettings {\n    billingEmail\n    defaultPoContactEmail\n    defaultPayer\n    timeZone\n    reminderDays\n    generalLiability {\n      required\n      eachOccurrenceCents\n      aggregateCents\n    }\n    workersCompensation {\n      required\n      employersLiabilityEachAccidentCents\n      employersLiabilityDiseaseEachEmployeeCents\n      employersLiabilityDiseasePolicyLimitCents\n    }\n  }\n": types.AgencySettingsForm_SettingsFragmentDoc,
    "\n  mutation UpdateAgencySettings($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      settings {\n        ...AgencySettingsForm_settings\n      }\n    }\n  }\n": types.UpdateAgencySettingsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptTeamInvitation($token: String!, $name: String!, $password: String!) {\n    acceptTeamInvitation(token: $token, name: $name, password: $password) {\n      ...ViewerFields\n    }\n  }\n": types.AcceptTeamInvitationDocument,
    "\n  mutation InviteTeamMember($email: String!) {\n    inviteTeamMember(email: $email)\n  }\n": types.InviteTeamMemberDocument,
    "\n  fragment TeamMembersTable_member on TeamMember {\n    id\n    email\n    name\n    status\n    lastSignInAt\n    viewerCanRemove\n    viewerCanManageInvitation\n  }\n": types.TeamMembersTable_MemberFragmentDoc,
    "\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id)\n  }\n": types.ResendTeamInvitationDocument,
    "\n  mutation RevokeTeamInvitation($id: ID!) {\n    revokeTeamInvitation(id: $id)\n  }\n": types.RevokeTeamInvitationDocument,
    "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n": types.RemoveTeamMemberDocument,
    "\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n": types.TeamInvitationDocument,
    "\n  query ActivityRoute($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityTable_entry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ActivityRouteDocument,
    "\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        payer\n        ...AssignmentCard_assignment\n      }\n      signedOptIns {\n        id\n        ...SignedOptIns_optIn\n      }\n      reminders {\n        id\n        ...ReminderHistory_reminder\n      }\n    }\n  }\n": types.ContractorProfileRouteDocument,
    "\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String, $withCount: Boolean! = true) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      totalCountIsExact @include(if: $withCount)\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ContractorsRouteDocument,
    "\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n": types.ContractorJobCodesDocument,
    "\n  query FacilitiesRoute($first: Int, $after: String) {\n    viewer {\n      id\n      facilityConnection(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            ...FacilityCard_facility\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.FacilitiesRouteDocument,
    "\n  query IntegrationsRoute {\n    apiKeys {\n      id\n      ...ApiKeysSection_key\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointsSection_endpoint\n    }\n    webhookEventTypes\n  }\n": types.IntegrationsRouteDocument,
    "\n  query InvoicesRoute($first: Int, $after: String) {\n    invoices(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...InvoiceList_invoice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.InvoicesRouteDocument,
    "\n  mutation IssueInvoices {\n    issueInvoices {\n      id\n      number\n    }\n  }\n": types.IssueInvoicesDocument,
    "\n  query JobCodesRoute($state: String, $search: String, $withRates: Boolean!) {\n    jobCodes(state: $state, search: $search) {\n      id\n      ...JobCodesTable_jobCode\n    }\n    catalogue: jobCodes {\n      id\n      title\n    }\n  }\n": types.JobCodesRouteDocument,
    "\n  query MissingPoNumbersRoute($first: Int) {\n    assignments(filter: { missingPoNumber: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MissingPoNumbersForm_assignment\n        }\n      }\n    }\n  }\n": types.MissingPoNumbersRouteDocument,
    "\n  query ContractorPicker($search: String, $first: Int) {\n    contractors(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n": types.ContractorPickerDocument,
    "\n  query NewAssignmentRoute($contractorId: ID!, $pickerSize: Int!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategoryConnection(status: APPROVED, first: $pickerSize) {\n      edges {\n        node {\n          id\n          status\n          coverageTypes\n          workState\n          jobCode {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          defaultPayer\n          timeZone\n          generalLiability {\n            required\n            eachOccurrenceCents\n            aggregateCents\n          }\n          workersCompensation {\n            required\n            employersLiabilityEachAccidentCents\n            employersLiabilityDiseaseEachEmployeeCents\n            employersLiabilityDiseasePolicyLimitCents\n          }\n        }\n      }\n    }\n    masterPolicyLimits {\n      generalLiability {\n        eachOccurrenceCents\n        aggregateCents\n      }\n      workersCompensation {\n        employersLiabilityEachAccidentCents\n        employersLiabilityDiseaseEachEmployeeCents\n        employersLiabilityDiseasePolicyLimitCents\n      }\n    }\n  }\n": types.NewAssignmentRouteDocument,
    "\n  query OverviewRoute($from: String, $to: String) {\n    companyOverview(from: $from, to: $to) {\n      ...KpiTiles_overview\n      ...OverviewCharts_overview\n      ...NeedsAttention_overview\n      ...SetupChecklist_overview\n    }\n  }\n": types.OverviewRouteDocument,
    "\n  query SettingsRoute {\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          ...AgencySettingsForm_settings\n        }\n      }\n    }\n  }\n": types.SettingsRouteDocument,
    "\n  query TeamRoute($first: Int, $after: String) {\n    teamMemberConnection(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...TeamMembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TeamRouteDocument,
    "\n  query WebhookEndpointRoute($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      createdAt\n      ...WebhookEndpointStatus_endpoint\n      ...WebhookEndpointActions_endpoint\n      deliveries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...WebhookDeliveryLog_delivery\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    webhookEventTypes\n  }\n": types.WebhookEndpointRouteDocument,
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
export function graphql(source: "\n  fragment ActivityTable_entry on AuditEntry {\n    id\n    at\n    action\n    recordType\n    recordId\n    ip\n    actor {\n      type\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityTable_entry on AuditEntry {\n    id\n    at\n    action\n    recordType\n    recordId\n    ip\n    actor {\n      type\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentCard_assignment on Assignment {\n    id\n    status\n    statusLabel\n    nextStep\n    optInRequired\n    premiumCents\n    wageCents\n    payer\n    poNumber\n    effectiveDate\n    endDate\n    clientEntity\n    jobName\n    description\n    createdAt\n    viewerCanCancel\n    viewerCanExtend\n    jobCategory {\n      id\n      status\n      coverageTypes\n      workState\n      jobCode {\n        id\n        code\n        title\n      }\n    }\n    facility {\n      id\n      name\n    }\n    certificates {\n      id\n      number\n      status\n      downloadUrl\n      verifyUrl\n    }\n    statusHistory {\n      fromStatus\n      toStatus\n      actorType\n      reason\n      at\n    }\n  }\n"];
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
export function graphql(source: "\n  query FacilityPicker($search: String, $first: Int!) {\n    viewer {\n      id\n      facilityConnection(search: $search, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilityPicker($search: String, $first: Int!) {\n    viewer {\n      id\n      facilityConnection(search: $search, first: $first) {\n        totalCount\n        edges {\n          node {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment KpiTiles_overview on CompanyOverview {\n    from\n    to\n    applicationCompletionRate\n    optInFunnel {\n      asked\n      completed\n    }\n    insuredContractors\n    insuredContractorsInRange\n    activeStates\n    averageWageCents\n    medianWageCents\n    averageAssignmentDays\n    medianAssignmentDays\n    assignmentsInRange\n    assignmentsMissingPoNumber\n  }\n"): (typeof documents)["\n  fragment KpiTiles_overview on CompanyOverview {\n    from\n    to\n    applicationCompletionRate\n    optInFunnel {\n      asked\n      completed\n    }\n    insuredContractors\n    insuredContractorsInRange\n    activeStates\n    averageWageCents\n    medianWageCents\n    averageAssignmentDays\n    medianAssignmentDays\n    assignmentsInRange\n    assignmentsMissingPoNumber\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NeedsAttention_overview on CompanyOverview {\n    needsAttention {\n      awaitingOptInOverTwoDays\n      declinedPayments\n      missingPoNumbers\n      categoriesPendingApproval\n      contractorsPendingApproval\n    }\n  }\n"): (typeof documents)["\n  fragment NeedsAttention_overview on CompanyOverview {\n    needsAttention {\n      awaitingOptInOverTwoDays\n      declinedPayments\n      missingPoNumbers\n      categoriesPendingApproval\n      contractorsPendingApproval\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OverviewCharts_overview on CompanyOverview {\n    optInFunnel {\n      asked\n      completed\n      covered\n    }\n    assignmentsStarted {\n      granularity\n      periods {\n        periodStart\n        count\n      }\n    }\n    contractorsByState {\n      state\n      count\n    }\n    coverageStatusBreakdown {\n      status\n      count\n    }\n    wageDistribution {\n      min\n      max\n      count\n    }\n    assignmentLengthDistribution {\n      min\n      max\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment OverviewCharts_overview on CompanyOverview {\n    optInFunnel {\n      asked\n      completed\n      covered\n    }\n    assignmentsStarted {\n      granularity\n      periods {\n        periodStart\n        count\n      }\n    }\n    contractorsByState {\n      state\n      count\n    }\n    coverageStatusBreakdown {\n      status\n      count\n    }\n    wageDistribution {\n      min\n      max\n      count\n    }\n    assignmentLengthDistribution {\n      min\n      max\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SetupChecklist_overview on CompanyOverview {\n    setup {\n      settingsSaved\n      hasFacility\n      hasContractors\n      hasAssignment\n    }\n  }\n"): (typeof documents)["\n  fragment SetupChecklist_overview on CompanyOverview {\n    setup {\n      settingsSaved\n      hasFacility\n      hasContractors\n      hasAssignment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportContractors($csv: String!, $dryRun: Boolean) {\n    importContractors(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      imported\n      created\n      updated\n      assignmentsCreated\n      errors {\n        line\n        column\n        message\n      }\n      columns {\n        header\n        column\n        field\n      }\n      preview {\n        line\n        action\n        firstName\n        lastName\n        email\n        externalId\n        workState\n        assignmentJobName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportContractors($csv: String!, $dryRun: Boolean) {\n    importContractors(csv: $csv, dryRun: $dryRun) {\n      dryRun\n      rows\n      imported\n      created\n      updated\n      assignmentsCreated\n      errors {\n        line\n        column\n        message\n      }\n      columns {\n        header\n        column\n        field\n      }\n      preview {\n        line\n        action\n        firstName\n        lastName\n        email\n        externalId\n        workState\n        assignmentJobName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContractor($id: ID!) {\n    archiveContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveContractor($id: ID!) {\n    archiveContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreContractor($id: ID!) {\n    restoreContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreContractor($id: ID!) {\n    restoreContractor(id: $id) {\n      id\n      archived\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    preferredLanguage\n    languageChosen\n    coverageStatus\n    coverageStatusLabel\n    optInUrl\n    canBeReminded\n    archived\n    archivedAt\n    paymentMethod {\n      ...PaymentMethodCard_paymentMethod\n    }\n  }\n"): (typeof documents)["\n  fragment ContractorHeader_contractor on Contractor {\n    id\n    firstName\n    lastName\n    email\n    phone\n    addressLine1\n    city\n    state\n    postalCode\n    workState\n    externalId\n    preferredLanguage\n    languageChosen\n    coverageStatus\n    coverageStatusLabel\n    optInUrl\n    canBeReminded\n    archived\n    archivedAt\n    paymentMethod {\n      ...PaymentMethodCard_paymentMethod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContractor($id: ID!, $input: UpdateContractorInput!) {\n    updateContractor(id: $id, input: $input) {\n      id\n      ...ContractorHeader_contractor\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateContractor($id: ID!, $input: UpdateContractorInput!) {\n    updateContractor(id: $id, input: $input) {\n      id\n      ...ContractorHeader_contractor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PaymentMethodCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n"): (typeof documents)["\n  fragment PaymentMethodCard_paymentMethod on PaymentMethod {\n    id\n    brand\n    last4\n    expMonth\n    expYear\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReminderHistory_reminder on OptInReminder {\n    id\n    sentAt\n    kind\n    scheduleDay\n    sentByType\n    sentByName\n  }\n"): (typeof documents)["\n  fragment ReminderHistory_reminder on OptInReminder {\n    id\n    sentAt\n    kind\n    scheduleDay\n    sentByType\n    sentByName\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeContractorLinks($contractorId: ID!) {\n    revokeContractorLinks(contractorId: $contractorId)\n  }\n"): (typeof documents)["\n  mutation RevokeContractorLinks($contractorId: ID!) {\n    revokeContractorLinks(contractorId: $contractorId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n"): (typeof documents)["\n  mutation SendOptInReminder($contractorId: ID!) {\n    sendOptInReminder(contractorId: $contractorId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SignedOptIns_optIn on SignedOptIn {\n    id\n    signedAt\n    signatureName\n    termsVersion\n    termsLanguage\n  }\n"): (typeof documents)["\n  fragment SignedOptIns_optIn on SignedOptIn {\n    id\n    signedAt\n    signatureName\n    termsVersion\n    termsLanguage\n  }\n"];
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
export function graphql(source: "\n  fragment FacilityCard_facility on Facility {\n    id\n    name\n    addressLine1\n    city\n    state\n    postalCode\n    contactEmail\n    bulkDownloadEnabled\n    team {\n      id\n      email\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  fragment FacilityCard_facility on Facility {\n    id\n    name\n    addressLine1\n    city\n    state\n    postalCode\n    contactEmail\n    bulkDownloadEnabled\n    team {\n      id\n      email\n      lastSignInAt\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFacility($input: FacilityInput!) {\n    createFacility(input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFacility($id: ID!, $input: FacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFacility($id: ID!, $input: FacilityInput!) {\n    updateFacility(id: $id, input: $input) {\n      id\n      ...FacilityCard_facility\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeHubAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n"): (typeof documents)["\n  mutation RevokeHubAccess($facilityId: ID!, $facilityUserId: ID!) {\n    revokeFacilityAccess(facilityId: $facilityId, facilityUserId: $facilityUserId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      id\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($url: String!, $events: [String!]!) {\n    createWebhookEndpoint(url: $url, events: $events) {\n      id\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeysSection_key on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeysSection_key on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($name: String!) {\n    createApiKey(name: $name) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookDeliveryLog_delivery on WebhookDelivery {\n    id\n    status\n    attempts\n    lastStatusCode\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    event {\n      id\n      type\n    }\n    attemptLog {\n      id\n      at\n      statusCode\n      latencyMs\n      responseSnippet\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment WebhookDeliveryLog_delivery on WebhookDelivery {\n    id\n    status\n    attempts\n    lastStatusCode\n    lastAttemptAt\n    nextAttemptAt\n    deliveredAt\n    createdAt\n    event {\n      id\n      type\n    }\n    attemptLog {\n      id\n      at\n      statusCode\n      latencyMs\n      responseSnippet\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointActions_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointActions_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    enabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdate!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      ...WebhookEndpointActions_endpoint\n      ...WebhookEndpointStatus_endpoint\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $input: WebhookEndpointUpdate!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      id\n      ...WebhookEndpointActions_endpoint\n      ...WebhookEndpointStatus_endpoint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollWebhookEndpointSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation RollWebhookEndpointSecret($id: ID!) {\n    rollWebhookEndpointSecret(id: $id) {\n      id\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointStatus_endpoint on WebhookEndpoint {\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointStatus_endpoint on WebhookEndpoint {\n    enabled\n    failingSince\n    disabledAt\n    disabledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebhookEndpointsSection_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    ...WebhookEndpointStatus_endpoint\n  }\n"): (typeof documents)["\n  fragment WebhookEndpointsSection_endpoint on WebhookEndpoint {\n    id\n    url\n    events\n    createdAt\n    ...WebhookEndpointStatus_endpoint\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceList_invoice on Invoice {\n    id\n    number\n    poNumber\n    status\n    totalCents\n    pdfUrl\n    periodStart\n    periodEnd\n    viewerCanChange\n    lineCount\n  }\n"): (typeof documents)["\n  fragment InvoiceList_invoice on Invoice {\n    id\n    number\n    poNumber\n    status\n    totalCents\n    pdfUrl\n    periodStart\n    periodEnd\n    viewerCanChange\n    lineCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInvoicePaid($id: ID!) {\n    markInvoicePaid(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n"): (typeof documents)["\n  mutation VoidInvoice($id: ID!) {\n    voidInvoice(id: $id) {\n      id\n      ...InvoiceList_invoice\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BudgetEstimate($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      perAssignmentCents\n      assignmentCount\n      budgetTotalCents\n      lines {\n        coverageType\n        rate\n        basis\n        rateCents\n        minimumPremiumCents\n        minimumApplied\n        cents\n      }\n    }\n  }\n"): (typeof documents)["\n  query BudgetEstimate($input: PremiumEstimateInput!) {\n    estimatePremium(input: $input) {\n      perAssignmentCents\n      assignmentCount\n      budgetTotalCents\n      lines {\n        coverageType\n        rate\n        basis\n        rateCents\n        minimumPremiumCents\n        minimumApplied\n        cents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobCodesTable_jobCode on JobCode {\n    id\n    code\n    title\n    description\n    wcClassCode\n    glClassCode\n    rates @include(if: $withRates) {\n      state\n      coverageType\n      rate\n      minimumPremiumCents\n    }\n  }\n"): (typeof documents)["\n  fragment JobCodesTable_jobCode on JobCode {\n    id\n    code\n    title\n    description\n    wcClassCode\n    glClassCode\n    rates @include(if: $withRates) {\n      state\n      coverageType\n      rate\n      minimumPremiumCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingPoNumbersBox {\n    assignments(filter: { missingPoNumber: true }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query MissingPoNumbersBox {\n    assignments(filter: { missingPoNumber: true }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissingPoNumbersForm_assignment on Assignment {\n    id\n    status\n    statusLabel\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    contractor {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  fragment MissingPoNumbersForm_assignment on Assignment {\n    id\n    status\n    statusLabel\n    jobName\n    clientEntity\n    effectiveDate\n    endDate\n    contractor {\n      id\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPoNumber($assignmentIds: [ID!]!, $poNumber: String!, $poContactEmail: String) {\n    setPoNumber(assignmentIds: $assignmentIds, poNumber: $poNumber, poContactEmail: $poContactEmail) {\n      id\n      poNumber\n    }\n  }\n"): (typeof documents)["\n  mutation SetPoNumber($assignmentIds: [ID!]!, $poNumber: String!, $poContactEmail: String) {\n    setPoNumber(assignmentIds: $assignmentIds, poNumber: $poNumber, poContactEmail: $poContactEmail) {\n      id\n      poNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencySettingsForm_settings on AgencySettings {\n    billingEmail\n    defaultPoContactEmail\n    defaultPayer\n    timeZone\n    reminderDays\n    generalLiability {\n      required\n      eachOccurrenceCents\n      aggregateCents\n    }\n    workersCompensation {\n      required\n      employersLiabilityEachAccidentCents\n      employersLiabilityDiseaseEachEmployeeCents\n      employersLiabilityDiseasePolicyLimitCents\n    }\n  }\n"): (typeof documents)["\n  fragment AgencySettingsForm_settings on AgencySettings {\n    billingEmail\n    defaultPoContactEmail\n    defaultPayer\n    timeZone\n    reminderDays\n    generalLiability {\n      required\n      eachOccurrenceCents\n      aggregateCents\n    }\n    workersCompensation {\n      required\n      employersLiabilityEachAccidentCents\n      employersLiabilityDiseaseEachEmployeeCents\n      employersLiabilityDiseasePolicyLimitCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgencySettings($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      settings {\n        ...AgencySettingsForm_settings\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgencySettings($input: AgencySettingsInput!) {\n    updateAgencySettings(input: $input) {\n      id\n      settings {\n        ...AgencySettingsForm_settings\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment TeamMembersTable_member on TeamMember {\n    id\n    email\n    name\n    status\n    lastSignInAt\n    viewerCanRemove\n    viewerCanManageInvitation\n  }\n"): (typeof documents)["\n  fragment TeamMembersTable_member on TeamMember {\n    id\n    email\n    name\n    status\n    lastSignInAt\n    viewerCanRemove\n    viewerCanManageInvitation\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation ResendTeamInvitation($id: ID!) {\n    resendTeamInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTeamInvitation($id: ID!) {\n    revokeTeamInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeTeamInvitation($id: ID!) {\n    revokeTeamInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($id: ID!) {\n    removeTeamMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n"): (typeof documents)["\n  query TeamInvitation($token: String!) {\n    teamInvitation(token: $token) {\n      email\n      agencyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActivityRoute($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityTable_entry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActivityRoute($first: Int, $after: String, $filter: AuditLogFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          ...ActivityTable_entry\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        payer\n        ...AssignmentCard_assignment\n      }\n      signedOptIns {\n        id\n        ...SignedOptIns_optIn\n      }\n      reminders {\n        id\n        ...ReminderHistory_reminder\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorProfileRoute($id: ID!) {\n    contractor(id: $id) {\n      id\n      ...ContractorHeader_contractor\n      assignments {\n        id\n        payer\n        ...AssignmentCard_assignment\n      }\n      signedOptIns {\n        id\n        ...SignedOptIns_optIn\n      }\n      reminders {\n        id\n        ...ReminderHistory_reminder\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String, $withCount: Boolean! = true) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      totalCountIsExact @include(if: $withCount)\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorsRoute($filter: ContractorFilter, $orderBy: ContractorOrder, $first: Int, $after: String, $withCount: Boolean! = true) {\n    contractors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      totalCountIsExact @include(if: $withCount)\n      edges {\n        cursor\n        node {\n          ...ContractorsTable_contractor\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorJobCodes {\n    jobCategories {\n      id\n      jobCode {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitiesRoute($first: Int, $after: String) {\n    viewer {\n      id\n      facilityConnection(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            ...FacilityCard_facility\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitiesRoute($first: Int, $after: String) {\n    viewer {\n      id\n      facilityConnection(first: $first, after: $after) {\n        edges {\n          node {\n            id\n            ...FacilityCard_facility\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntegrationsRoute {\n    apiKeys {\n      id\n      ...ApiKeysSection_key\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointsSection_endpoint\n    }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query IntegrationsRoute {\n    apiKeys {\n      id\n      ...ApiKeysSection_key\n    }\n    webhookEndpoints {\n      id\n      ...WebhookEndpointsSection_endpoint\n    }\n    webhookEventTypes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesRoute($first: Int, $after: String) {\n    invoices(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...InvoiceList_invoice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesRoute($first: Int, $after: String) {\n    invoices(first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          ...InvoiceList_invoice\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoices {\n    issueInvoices {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoices {\n    issueInvoices {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobCodesRoute($state: String, $search: String, $withRates: Boolean!) {\n    jobCodes(state: $state, search: $search) {\n      id\n      ...JobCodesTable_jobCode\n    }\n    catalogue: jobCodes {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query JobCodesRoute($state: String, $search: String, $withRates: Boolean!) {\n    jobCodes(state: $state, search: $search) {\n      id\n      ...JobCodesTable_jobCode\n    }\n    catalogue: jobCodes {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissingPoNumbersRoute($first: Int) {\n    assignments(filter: { missingPoNumber: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MissingPoNumbersForm_assignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MissingPoNumbersRoute($first: Int) {\n    assignments(filter: { missingPoNumber: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          ...MissingPoNumbersForm_assignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractorPicker($search: String, $first: Int) {\n    contractors(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractorPicker($search: String, $first: Int) {\n    contractors(filter: { search: $search }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewAssignmentRoute($contractorId: ID!, $pickerSize: Int!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategoryConnection(status: APPROVED, first: $pickerSize) {\n      edges {\n        node {\n          id\n          status\n          coverageTypes\n          workState\n          jobCode {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          defaultPayer\n          timeZone\n          generalLiability {\n            required\n            eachOccurrenceCents\n            aggregateCents\n          }\n          workersCompensation {\n            required\n            employersLiabilityEachAccidentCents\n            employersLiabilityDiseaseEachEmployeeCents\n            employersLiabilityDiseasePolicyLimitCents\n          }\n        }\n      }\n    }\n    masterPolicyLimits {\n      generalLiability {\n        eachOccurrenceCents\n        aggregateCents\n      }\n      workersCompensation {\n        employersLiabilityEachAccidentCents\n        employersLiabilityDiseaseEachEmployeeCents\n        employersLiabilityDiseasePolicyLimitCents\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewAssignmentRoute($contractorId: ID!, $pickerSize: Int!) {\n    contractor(id: $contractorId) {\n      id\n      firstName\n      lastName\n      workState\n    }\n    jobCategoryConnection(status: APPROVED, first: $pickerSize) {\n      edges {\n        node {\n          id\n          status\n          coverageTypes\n          workState\n          jobCode {\n            id\n            code\n            title\n          }\n        }\n      }\n    }\n    jobCodes {\n      id\n      code\n      title\n    }\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          defaultPayer\n          timeZone\n          generalLiability {\n            required\n            eachOccurrenceCents\n            aggregateCents\n          }\n          workersCompensation {\n            required\n            employersLiabilityEachAccidentCents\n            employersLiabilityDiseaseEachEmployeeCents\n            employersLiabilityDiseasePolicyLimitCents\n          }\n        }\n      }\n    }\n    masterPolicyLimits {\n      generalLiability {\n        eachOccurrenceCents\n        aggregateCents\n      }\n      workersCompensation {\n        employersLiabilityEachAccidentCents\n        employersLiabilityDiseaseEachEmployeeCents\n        employersLiabilityDiseasePolicyLimitCents\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewRoute($from: String, $to: String) {\n    companyOverview(from: $from, to: $to) {\n      ...KpiTiles_overview\n      ...OverviewCharts_overview\n      ...NeedsAttention_overview\n      ...SetupChecklist_overview\n    }\n  }\n"): (typeof documents)["\n  query OverviewRoute($from: String, $to: String) {\n    companyOverview(from: $from, to: $to) {\n      ...KpiTiles_overview\n      ...OverviewCharts_overview\n      ...NeedsAttention_overview\n      ...SetupChecklist_overview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsRoute {\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          ...AgencySettingsForm_settings\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettingsRoute {\n    viewer {\n      id\n      agency {\n        id\n        name\n        settings {\n          ...AgencySettingsForm_settings\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamRoute($first: Int, $after: String) {\n    teamMemberConnection(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...TeamMembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamRoute($first: Int, $after: String) {\n    teamMemberConnection(first: $first, after: $after) {\n      edges {\n        node {\n          id\n          ...TeamMembersTable_member\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpointRoute($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      createdAt\n      ...WebhookEndpointStatus_endpoint\n      ...WebhookEndpointActions_endpoint\n      deliveries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...WebhookDeliveryLog_delivery\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    webhookEventTypes\n  }\n"): (typeof documents)["\n  query WebhookEndpointRoute($id: ID!, $first: Int, $after: String) {\n    webhookEndpoint(id: $id) {\n      id\n      url\n      events\n      createdAt\n      ...WebhookEndpointStatus_endpoint\n      ...WebhookEndpointActions_endpoint\n      deliveries(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            ...WebhookDeliveryLog_delivery\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n    webhookEventTypes\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;