// The whole data model. Every tenant table carries agency_id and leads its primary, unique and
// index keys with it, so the data can later be distributed by agency (docs/decisions/0011), and is
// guarded by row-level security (migration 0004). Reference tables (job codes, rates, policies,
// facility users) are the platform's catalogue; platform tables (sign-in, directories, outbox, audit
// log) are looked up before any tenant is known and name tenants by id, without foreign keys.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  char,
  check,
  customType,
  date,
  foreignKey,
  index,
  inet,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ASSIGNMENT_STATUSES,
  CERTIFICATE_STATUSES,
  CONTRACTOR_COVERAGE_STATUSES,
  COVERAGE_TYPES,
  JOB_CATEGORY_STATUSES,
  OPT_IN_STATUSES,
  PAYERS,
  type KeptReconciliation,
  type Language,
} from '@coverline/domain';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

const id = () => uuid('id').notNull().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();
const agencyId = () => uuid('agency_id').notNull();
/** Money: integer cents, 64-bit in the database, a safe integer in JavaScript. */
const cents = (name: string) => bigint(name, { mode: 'number' });
const usStateCheck = (column: string) => sql.raw(`${column} ~ '^[A-Z]{2}$'`);

export const coverageType = pgEnum('coverage_type', COVERAGE_TYPES);
export const payer = pgEnum('payer', PAYERS);
export const assignmentStatus = pgEnum('assignment_status', ASSIGNMENT_STATUSES);
export const jobCategoryStatus = pgEnum('job_category_status', JOB_CATEGORY_STATUSES);
export const optInStatus = pgEnum('opt_in_status', OPT_IN_STATUSES);
export const certificateStatus = pgEnum('certificate_status', CERTIFICATE_STATUSES);
export const teamMemberStatus = pgEnum('team_member_status', ['INVITED', 'ACTIVE', 'DISABLED']);
export const principalType = pgEnum('principal_type', ['AGENCY_MEMBER', 'FACILITY_USER', 'OPERATOR', 'CONTRACTOR', 'API_KEY', 'SYSTEM']);
export const tokenPurpose = pgEnum('token_purpose', ['TEAM_INVITATION', 'MAGIC_LINK', 'CONTRACTOR_LINK', 'PASSWORD_RESET']);
export const optInRecordStatus = pgEnum('opt_in_record_status', ['PENDING', 'COMPLETED', 'REVOKED']);
export const chargeStatus = pgEnum('charge_status', ['SCHEDULED', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED']);
export const invoiceStatus = pgEnum('invoice_status', ['DRAFT', 'ISSUED', 'PAID', 'VOID']);
export const mailStatus = pgEnum('mail_status', ['PENDING', 'SENT', 'FAILED']);
export const contractorCoverageStatus = pgEnum('contractor_coverage_status', CONTRACTOR_COVERAGE_STATUSES);
export const reminderKind = pgEnum('reminder_kind', ['AUTOMATIC', 'MANUAL']);

// ---------------------------------------------------------------- platform

export const operators = pgTable(
  'operators',
  {
    id: id().primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('operators_email_key').on(sql`lower(${t.email})`)],
);

export const stateRateFactors = pgTable(
  'state_rate_factors',
  {
    state: char('state', { length: 2 }).primaryKey(),
    name: text('name').notNull(),
    wcIndex: numeric('wc_index', { precision: 6, scale: 3, mode: 'number' }).notNull(),
    monopolisticWc: boolean('monopolistic_wc').notNull().default(false),
  },
  (t) => [check('state_rate_factors_state_check', usStateCheck('state')), check('state_rate_factors_index_check', sql`${t.wcIndex} > 0`)],
);

export const jobCodes = pgTable(
  'job_codes',
  {
    id: id().primaryKey(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    wcClassCode: text('wc_class_code'),
    glClassCode: text('gl_class_code'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('job_codes_code_key').on(t.code)],
);

export const jobCodeRates = pgTable(
  'job_code_rates',
  {
    jobCodeId: uuid('job_code_id')
      .notNull()
      .references(() => jobCodes.id, { onDelete: 'cascade' }),
    state: char('state', { length: 2 })
      .notNull()
      .references(() => stateRateFactors.state),
    coverageType: coverageType('coverage_type').notNull(),
    // WC: dollars per $100 of wage; GL: dollars per $1,000 of wage.
    rate: numeric('rate', { precision: 10, scale: 4, mode: 'number' }).notNull(),
    minimumPremiumCents: cents('minimum_premium_cents').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.jobCodeId, t.state, t.coverageType] }),
    index('job_code_rates_state_idx').on(t.state, t.coverageType),
    check('job_code_rates_rate_check', sql`${t.rate} > 0`),
    check('job_code_rates_minimum_check', sql`${t.minimumPremiumCents} >= 0`),
  ],
);

// Master policies the platform binds coverage under (one per coverage type and period).
export const policies = pgTable(
  'policies',
  {
    id: id().primaryKey(),
    coverageType: coverageType('coverage_type').notNull(),
    insurerName: text('insurer_name').notNull(),
    insurerNaic: text('insurer_naic').notNull(),
    policyNumber: text('policy_number').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    limits: jsonb('limits').$type<Record<string, number | string>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('policies_number_key').on(t.policyNumber),
    index('policies_coverage_period_idx').on(t.coverageType, t.periodStart, t.periodEnd),
    check('policies_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

// ---------------------------------------------------------------- agencies and their people

export const agencies = pgTable('agencies', {
  id: id().primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const agencySettings = pgTable(
  'agency_settings',
  {
    agencyId: uuid('agency_id')
      .primaryKey()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    billingEmail: text('billing_email'),
    // Who receives the invoices of a new PO number unless the rep names someone else.
    defaultPoContactEmail: text('default_po_contact_email'),
    defaultPayer: payer('default_payer').notNull().default('AGENCY'),
    timeZone: text('time_zone').notNull().default('America/New_York'),
    requiresGeneralLiability: boolean('requires_general_liability').notNull().default(true),
    glEachOccurrenceCents: cents('gl_each_occurrence_cents'),
    glAggregateCents: cents('gl_aggregate_cents'),
    requiresWorkersCompensation: boolean('requires_workers_compensation').notNull().default(false),
    // Workers' compensation itself is statutory; employer's liability has the three limits of a COI.
    wcElEachAccidentCents: cents('wc_el_each_accident_cents'),
    wcElDiseaseEachEmployeeCents: cents('wc_el_disease_each_employee_cents'),
    wcElDiseasePolicyLimitCents: cents('wc_el_disease_policy_limit_cents'),
    // Days after an opt-in link was sent on which an automatic reminder goes out.
    reminderDays: smallint('reminder_days').array().notNull().default(sql`'{2,5}'`),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('agency_settings_reminder_days_check', sql`cardinality(${t.reminderDays}) <= 5 AND 1 <= ALL(${t.reminderDays}) AND 30 >= ALL(${t.reminderDays})`),
    check('agency_settings_gl_limits_check', sql`${t.glEachOccurrenceCents} IS NULL OR ${t.glEachOccurrenceCents} > 0`),
    check('agency_settings_gl_aggregate_check', sql`${t.glAggregateCents} IS NULL OR ${t.glAggregateCents} > 0`),
    check(
      'agency_settings_wc_limits_check',
      sql`(${t.wcElEachAccidentCents} IS NULL OR ${t.wcElEachAccidentCents} > 0) AND (${t.wcElDiseaseEachEmployeeCents} IS NULL OR ${t.wcElDiseaseEachEmployeeCents} > 0) AND (${t.wcElDiseasePolicyLimitCents} IS NULL OR ${t.wcElDiseasePolicyLimitCents} > 0)`,
    ),
  ],
);

export const teamMembers = pgTable(
  'team_members',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    email: text('email').notNull(),
    name: text('name'),
    passwordHash: text('password_hash'),
    status: teamMemberStatus('status').notNull().default('INVITED'),
    invitedById: uuid('invited_by_id'),
    createdAt: createdAt(),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    // Across the platform a login email is unique through team_member_emails; here, within the agency.
    uniqueIndex('team_members_agency_email_key').on(t.agencyId, sql`lower(${t.email})`),
    check('team_members_active_has_password', sql`${t.status} <> 'ACTIVE' OR ${t.passwordHash} IS NOT NULL`),
  ],
);

// The directory of login emails: one agency (and member) per email across the platform. Sign-in
// starts here, before any tenant is known; the member row itself is a tenant row.
export const teamMemberEmails = pgTable(
  'team_member_emails',
  {
    email: text('email').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    teamMemberId: uuid('team_member_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('team_member_emails_lower_check', sql`${t.email} = lower(${t.email})`)],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: id().primaryKey(),
    // null for an operator key; otherwise the agency whose data the key may reach. A platform table
    // (looked up by hash before any tenant is known), so it names the agency without a foreign key.
    agencyId: uuid('agency_id'),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    createdByType: principalType('created_by_type').notNull(),
    createdById: uuid('created_by_id'),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_key_hash_key').on(t.keyHash), index('api_keys_agency_idx').on(t.agencyId)],
);

// ---------------------------------------------------------------- facilities

export const facilities = pgTable(
  'facilities',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    name: text('name').notNull(),
    addressLine1: text('address_line1'),
    city: text('city'),
    state: char('state', { length: 2 }),
    postalCode: text('postal_code'),
    // The facility's contact, invited to the Compliance Hub when the facility is created or the contact changes.
    contactEmail: text('contact_email'),
    bulkDownloadEnabled: boolean('bulk_download_enabled').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('facilities_agency_name_key').on(t.agencyId, t.name),
    check('facilities_state_check', sql`${t.state} IS NULL OR ${usStateCheck('state')}`),
  ],
);

// Facility users sign in by magic link and may be granted facilities of several agencies.
export const facilityUsers = pgTable(
  'facility_users',
  {
    id: id().primaryKey(),
    email: text('email').notNull(),
    name: text('name'),
    createdAt: createdAt(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('facility_users_email_key').on(sql`lower(${t.email})`)],
);

export const facilityGrants = pgTable(
  'facility_grants',
  {
    agencyId: agencyId(),
    facilityId: uuid('facility_id').notNull(),
    facilityUserId: uuid('facility_user_id')
      .notNull()
      .references(() => facilityUsers.id, { onDelete: 'cascade' }),
    grantedByType: principalType('granted_by_type').notNull(),
    grantedById: uuid('granted_by_id'),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.facilityId, t.facilityUserId] }),
    foreignKey({ columns: [t.agencyId, t.facilityId], foreignColumns: [facilities.agencyId, facilities.id] }).onDelete('cascade'),
    index('facility_grants_user_idx').on(t.facilityUserId),
  ],
);

// ---------------------------------------------------------------- job categories and contractors

export const jobCategories = pgTable(
  'job_categories',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    jobCodeId: uuid('job_code_id')
      .notNull()
      .references(() => jobCodes.id),
    // Sorted, distinct coverage types, so one combination has one row.
    coverageTypes: coverageType('coverage_types').array().notNull(),
    workState: char('work_state', { length: 2 })
      .notNull()
      .references(() => stateRateFactors.state),
    status: jobCategoryStatus('status').notNull().default('PENDING_APPROVAL'),
    requestedByType: principalType('requested_by_type'),
    requestedById: uuid('requested_by_id'),
    decidedByType: principalType('decided_by_type'),
    decidedById: uuid('decided_by_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('job_categories_combination_key').on(t.agencyId, t.jobCodeId, t.workState, t.coverageTypes),
    // Platform-wide on purpose: the operators' queue of categories waiting for approval.
    index('job_categories_status_idx').on(t.status),
    check('job_categories_coverage_check', sql`cardinality(${t.coverageTypes}) BETWEEN 1 AND 2`),
  ],
);

export const contractors = pgTable(
  'contractors',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    phone: text('phone'),
    addressLine1: text('address_line1'),
    city: text('city'),
    state: char('state', { length: 2 }),
    postalCode: text('postal_code'),
    workState: char('work_state', { length: 2 }),
    externalId: text('external_id'),
    optInStatus: optInStatus('opt_in_status').notNull().default('NOT_STARTED'),
    // Derived from the contractor's assignments on every status change (contractorCoverage in the
    // domain), so the Contractors tab filters and sorts by it with an index instead of joining them.
    coverageStatus: contractorCoverageStatus('coverage_status').notNull().default('NOT_INVITED'),
    // The assignment that status comes from. No foreign key: assignments already reference contractors.
    currentAssignmentId: uuid('current_assignment_id'),
    // The language of the contractor app and of every email to the contractor (issue 14).
    preferredLanguage: text('preferred_language').$type<Language>().notNull().default('en'),
    // When the contractor last chose that language (the switcher, or signing the opt-in in it); null while
    // 'en' is only the default, so a new browser may still guess from its own languages.
    languageChosenAt: timestamp('language_chosen_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    // What the Contractors tab's search matches, lower-cased once on write: the trigram index's
    // recheck of a match is then a plain LIKE on stored text, not a concatenation and ILIKE per row.
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql`lower(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(external_id, ''))`),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    uniqueIndex('contractors_external_id_key').on(t.agencyId, t.externalId),
    // The Contractors tab's orders, each a keyset ending in the name and id.
    index('contractors_name_idx').on(t.agencyId, t.lastName, t.firstName, t.id),
    index('contractors_email_idx').on(t.agencyId, sql`lower(${t.email})`),
    index('contractors_work_state_idx').on(t.agencyId, t.workState, t.lastName, t.firstName, t.id),
    index('contractors_coverage_status_idx').on(t.agencyId, t.coverageStatus, t.lastName, t.firstName, t.id),
    // The tab's list as it opens (not archived): the page of a work state and coverage status in name
    // order, and its count (any of the filters, or none) read from this index alone (an index-only scan).
    index('contractors_active_state_coverage_idx')
      .on(t.agencyId, t.workState, t.coverageStatus, t.lastName, t.firstName, t.id)
      .where(sql`${t.archivedAt} IS NULL`),
    // Search anywhere in the name, email or external id (LIKE '%…%' through pg_trgm).
    index('contractors_search_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    check('contractors_state_check', sql`${t.state} IS NULL OR ${usStateCheck('state')}`),
    check('contractors_work_state_check', sql`${t.workState} IS NULL OR ${usStateCheck('work_state')}`),
    check('contractors_preferred_language_check', sql`${t.preferredLanguage} IN ('en', 'es')`),
  ],
);

export const paymentMethods = pgTable(
  'payment_methods',
  {
    agencyId: agencyId(),
    id: id(),
    contractorId: uuid('contractor_id').notNull(),
    provider: text('provider').notNull(),
    providerToken: text('provider_token').notNull(),
    brand: text('brand').notNull(),
    last4: char('last4', { length: 4 }).notNull(),
    expMonth: smallint('exp_month'),
    expYear: smallint('exp_year'),
    createdAt: createdAt(),
    detachedAt: timestamp('detached_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.contractorId], foreignColumns: [contractors.agencyId, contractors.id] }).onDelete('cascade'),
    index('payment_methods_contractor_idx').on(t.agencyId, t.contractorId),
    check('payment_methods_last4_check', sql`${t.last4} ~ '^[0-9]{4}$'`),
  ],
);

// ---------------------------------------------------------------- purchase orders and assignments

export const purchaseOrders = pgTable(
  'purchase_orders',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    number: text('number').notNull(),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    unique('purchase_orders_number_key').on(t.agencyId, t.number),
    check('purchase_orders_number_check', sql`length(trim(${t.number})) > 0`),
  ],
);

export const optIns = pgTable(
  'opt_ins',
  {
    agencyId: agencyId(),
    id: id(),
    contractorId: uuid('contractor_id').notNull(),
    status: optInRecordStatus('status').notNull().default('PENDING'),
    payer: payer('payer').notNull(),
    termsVersion: text('terms_version'),
    // The language of the terms the contractor read and signed; null until signed.
    termsLanguage: text('terms_language').$type<Language>(),
    signatureName: text('signature_name'),
    signatureIp: inet('signature_ip'),
    formSnapshot: jsonb('form_snapshot'),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.contractorId], foreignColumns: [contractors.agencyId, contractors.id] }).onDelete('cascade'),
    index('opt_ins_contractor_idx').on(t.agencyId, t.contractorId),
    check(
      'opt_ins_completed_check',
      sql`${t.status} <> 'COMPLETED' OR (${t.completedAt} IS NOT NULL AND ${t.signatureName} IS NOT NULL)`,
    ),
    check('opt_ins_terms_language_check', sql`${t.termsLanguage} IS NULL OR ${t.termsLanguage} IN ('en', 'es')`),
  ],
);

export const assignments = pgTable(
  'assignments',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    contractorId: uuid('contractor_id').notNull(),
    jobCategoryId: uuid('job_category_id').notNull(),
    facilityId: uuid('facility_id'),
    optInId: uuid('opt_in_id'),
    clientEntity: text('client_entity').notNull(),
    jobName: text('job_name').notNull(),
    description: text('description').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    wageCents: cents('wage_cents').notNull(),
    premiumCents: cents('premium_cents').notNull(),
    payer: payer('payer').notNull(),
    poNumber: text('po_number'),
    status: assignmentStatus('status').notNull(),
    createdByType: principalType('created_by_type').notNull(),
    createdById: uuid('created_by_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.contractorId], foreignColumns: [contractors.agencyId, contractors.id] }),
    foreignKey({ columns: [t.agencyId, t.jobCategoryId], foreignColumns: [jobCategories.agencyId, jobCategories.id] }),
    foreignKey({ columns: [t.agencyId, t.facilityId], foreignColumns: [facilities.agencyId, facilities.id] }),
    foreignKey({ columns: [t.agencyId, t.optInId], foreignColumns: [optIns.agencyId, optIns.id] }),
    // A PO number names a purchase order of the agency (its contact receives the invoices). Not
    // cascaded on update: a distributed table's foreign keys over agency_id cannot cascade (Citus).
    foreignKey({ columns: [t.agencyId, t.poNumber], foreignColumns: [purchaseOrders.agencyId, purchaseOrders.number] }),
    // A contractor's assignments by date; the job category last, so that the Contractors tab's bounded
    // count of a job code (a merge semi-join in contractor order) reads this index alone.
    index('assignments_contractor_idx').on(t.agencyId, t.contractorId, t.effectiveDate, t.jobCategoryId),
    index('assignments_status_idx').on(t.agencyId, t.status),
    // The Contractors tab's job-code filter: the contractors with an assignment in the code's categories.
    index('assignments_job_category_idx').on(t.agencyId, t.jobCategoryId, t.contractorId),
    // The Compliance Hub lists a facility's covered assignments newest first (keyset on effective date
    // and id, both descending, as the query orders them) and filters by either date.
    index('assignments_facility_effective_idx')
      .on(t.agencyId, t.facilityId, t.effectiveDate.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} IN ('COVERED', 'ENDED')`),
    index('assignments_facility_end_idx').on(t.agencyId, t.facilityId, t.endDate).where(sql`${t.status} IN ('COVERED', 'ENDED')`),
    index('assignments_missing_po_idx').on(t.agencyId).where(sql`${t.poNumber} IS NULL`),
    // The Company Overview reads an agency's assignments by effective date for its averages, medians,
    // series and distributions, who was insured when, and which lack a PO number: every column it
    // needs is in the key, so each read is an index-only scan instead of a walk through the wide rows.
    index('assignments_overview_idx').on(t.agencyId, t.effectiveDate, t.status, t.endDate, t.wageCents, t.contractorId, t.poNumber),
    check('assignments_dates_check', sql`${t.endDate} >= ${t.effectiveDate}`),
    check('assignments_wage_check', sql`${t.wageCents} > 0`),
    check('assignments_premium_check', sql`${t.premiumCents} > 0`),
    check('assignments_client_entity_check', sql`length(trim(${t.clientEntity})) > 0`),
  ],
);

export const assignmentStatusChanges = pgTable(
  'assignment_status_changes',
  {
    agencyId: agencyId(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    fromStatus: assignmentStatus('from_status'),
    toStatus: assignmentStatus('to_status').notNull(),
    actorType: principalType('actor_type').notNull(),
    actorId: uuid('actor_id'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id] }).onDelete('cascade'),
    index('assignment_status_changes_assignment_idx').on(t.agencyId, t.assignmentId, t.createdAt),
  ],
);

export const charges = pgTable(
  'charges',
  {
    agencyId: agencyId(),
    id: id(),
    assignmentId: uuid('assignment_id').notNull(),
    paymentMethodId: uuid('payment_method_id'),
    amountCents: cents('amount_cents').notNull(),
    status: chargeStatus('status').notNull().default('SCHEDULED'),
    idempotencyKey: text('idempotency_key').notNull(),
    provider: text('provider').notNull(),
    providerChargeId: text('provider_charge_id'),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }),
    failureMessage: text('failure_message'),
    // The processor's code of a decline (Stripe's decline_code, e.g. insufficient_funds): the contractor
    // is told the reason in their language from it; failure_message keeps the processor's own words.
    declineCode: text('decline_code'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id] }),
    foreignKey({ columns: [t.agencyId, t.paymentMethodId], foreignColumns: [paymentMethods.agencyId, paymentMethods.id] }),
    uniqueIndex('charges_idempotency_key').on(t.agencyId, t.idempotencyKey),
    // Exactly one successful charge per assignment, whatever the workers and retries do.
    uniqueIndex('charges_one_success_per_assignment').on(t.agencyId, t.assignmentId).where(sql`${t.status} = 'SUCCEEDED'`),
    // Platform-wide on purpose: the job that charges due payments scans every agency.
    index('charges_due_idx').on(t.status, t.scheduledFor),
    check('charges_amount_check', sql`${t.amountCents} > 0`),
  ],
);

export const certificates = pgTable(
  'certificates',
  {
    agencyId: agencyId(),
    id: id(),
    assignmentId: uuid('assignment_id').notNull(),
    // The insured and the holder, as issued: who may see the certificate follows from them.
    contractorId: uuid('contractor_id').notNull(),
    facilityId: uuid('facility_id'),
    // Public, printed on the PDF; found without a tenant through certificate_numbers.
    number: text('number').notNull(),
    status: certificateStatus('status').notNull().default('VALID'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    voidReason: text('void_reason'),
    snapshot: jsonb('snapshot').notNull(),
    signature: text('signature').notNull(),
    pdf: bytea('pdf').notNull(),
    pdfSha256: char('pdf_sha256', { length: 64 }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id] }),
    foreignKey({ columns: [t.agencyId, t.contractorId], foreignColumns: [contractors.agencyId, contractors.id] }),
    foreignKey({ columns: [t.agencyId, t.facilityId], foreignColumns: [facilities.agencyId, facilities.id] }),
    // One valid certificate per assignment; voided ones stay as history (an extension voids and reissues).
    uniqueIndex('certificates_valid_per_assignment_key').on(t.agencyId, t.assignmentId).where(sql`${t.status} = 'VALID'`),
    index('certificates_assignment_idx').on(t.agencyId, t.assignmentId, t.issuedAt),
    uniqueIndex('certificates_agency_number_key').on(t.agencyId, t.number),
    check('certificates_void_check', sql`${t.status} <> 'VOID' OR ${t.voidedAt} IS NOT NULL`),
  ],
);

// The directory of certificate numbers: each number once across the platform, and the agency that
// holds it, so a number printed on a PDF (verification, download links) finds its tenant.
export const certificateNumbers = pgTable('certificate_numbers', {
  number: text('number').primaryKey(),
  agencyId: uuid('agency_id').notNull(),
  certificateId: uuid('certificate_id').notNull(),
  createdAt: createdAt(),
});

export const invoices = pgTable(
  'invoices',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    // null: the assignments invoiced under "No PO".
    purchaseOrderId: uuid('purchase_order_id'),
    number: text('number').notNull(),
    status: invoiceStatus('status').notNull().default('DRAFT'),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    totalCents: cents('total_cents').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    voidedAt: timestamp('voided_at', { withTimezone: true }),
    // Issued once and kept as sent, like a certificate.
    pdf: bytea('pdf'),
    pdfSha256: char('pdf_sha256', { length: 64 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.purchaseOrderId], foreignColumns: [purchaseOrders.agencyId, purchaseOrders.id] }),
    uniqueIndex('invoices_number_key').on(t.agencyId, t.number),
    index('invoices_agency_issued_idx').on(t.agencyId, t.issuedAt.desc(), t.id.desc()),
    check('invoices_total_check', sql`${t.totalCents} >= 0`),
    check('invoices_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    agencyId: agencyId(),
    invoiceId: uuid('invoice_id').notNull(),
    assignmentId: uuid('assignment_id').notNull(),
    amountCents: cents('amount_cents').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.invoiceId, t.assignmentId] }),
    foreignKey({ columns: [t.agencyId, t.invoiceId], foreignColumns: [invoices.agencyId, invoices.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.assignmentId], foreignColumns: [assignments.agencyId, assignments.id] }),
    // An assignment's premium is invoiced once.
    uniqueIndex('invoice_lines_assignment_key').on(t.agencyId, t.assignmentId),
    check('invoice_lines_amount_check', sql`${t.amountCents} > 0`),
  ],
);

// One row per agency and invoicing period, claimed before the period's invoices are issued: of two
// workers (or a retry) only the one that inserts it issues them.
export const invoiceRuns = pgTable(
  'invoice_runs',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.periodStart, t.periodEnd] })],
);

// Every opt-in reminder sent, by the schedule or by a rep. An automatic one is unique per opt-in and
// schedule day, so two workers never send the same one.
export const optInReminders = pgTable(
  'opt_in_reminders',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    contractorId: uuid('contractor_id').notNull(),
    optInId: uuid('opt_in_id').notNull(),
    kind: reminderKind('kind').notNull(),
    scheduleDay: smallint('schedule_day'),
    sentByType: principalType('sent_by_type').notNull(),
    sentById: uuid('sent_by_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ columns: [t.agencyId, t.contractorId], foreignColumns: [contractors.agencyId, contractors.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.agencyId, t.optInId], foreignColumns: [optIns.agencyId, optIns.id] }).onDelete('cascade'),
    uniqueIndex('opt_in_reminders_schedule_key').on(t.agencyId, t.optInId, t.scheduleDay).where(sql`${t.kind} = 'AUTOMATIC'`),
    index('opt_in_reminders_contractor_idx').on(t.agencyId, t.contractorId, t.sentAt),
    check('opt_in_reminders_day_check', sql`(${t.kind} = 'AUTOMATIC') = (${t.scheduleDay} IS NOT NULL)`),
  ],
);

// An auditor's schedule of payments reconciled against a facility's certificates, kept so the
// CSV and the audit packet can be downloaded later exactly as they were computed.
export const auditReconciliations = pgTable(
  'audit_reconciliations',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    facilityId: uuid('facility_id').notNull(),
    id: id(),
    createdByFacilityUserId: uuid('created_by_facility_user_id').references(() => facilityUsers.id, { onDelete: 'set null' }),
    createdByTeamMemberId: uuid('created_by_team_member_id'),
    fileName: text('file_name'),
    result: jsonb('result').$type<KeptReconciliation>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    // Named here: the generated names would pass PostgreSQL's 63-character limit and be cut short.
    foreignKey({ name: 'audit_reconciliations_facility_fk', columns: [t.agencyId, t.facilityId], foreignColumns: [facilities.agencyId, facilities.id] }).onDelete('cascade'),
    foreignKey({ name: 'audit_reconciliations_team_member_fk', columns: [t.agencyId, t.createdByTeamMemberId], foreignColumns: [teamMembers.agencyId, teamMembers.id] }),
    index('audit_reconciliations_facility_idx').on(t.agencyId, t.facilityId, t.createdAt.desc()),
    // One person runs it: a facility user or an agency member; an API key leaves both empty (the audit log names it).
    check('audit_reconciliations_creator_check', sql`${t.createdByFacilityUserId} IS NULL OR ${t.createdByTeamMemberId} IS NULL`),
  ],
);

// ---------------------------------------------------------------- sign-in

export const sessions = pgTable(
  'sessions',
  {
    id: id().primaryKey(),
    tokenHash: text('token_hash').notNull(),
    // The token replaced by the last rotation stays valid for a short grace period (concurrent requests).
    previousTokenHash: text('previous_token_hash'),
    principalType: principalType('principal_type').notNull(),
    principalId: uuid('principal_id').notNull(),
    agencyId: uuid('agency_id'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    rotatedAt: timestamp('rotated_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: inet('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    uniqueIndex('sessions_token_hash_key').on(t.tokenHash),
    index('sessions_previous_token_hash_idx').on(t.previousTokenHash),
    index('sessions_principal_idx').on(t.principalType, t.principalId),
    index('sessions_expires_idx').on(t.expiresAt),
  ],
);

// One-time and link tokens; only their SHA-256 is stored. A platform table (looked up by hash before
// any tenant is known): it names its agency, member, contractor and opt-in by id, without foreign keys.
export const authTokens = pgTable(
  'auth_tokens',
  {
    id: id().primaryKey(),
    tokenHash: text('token_hash').notNull(),
    purpose: tokenPurpose('purpose').notNull(),
    agencyId: uuid('agency_id'),
    teamMemberId: uuid('team_member_id'),
    facilityUserId: uuid('facility_user_id').references(() => facilityUsers.id, { onDelete: 'cascade' }),
    contractorId: uuid('contractor_id'),
    optInId: uuid('opt_in_id'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('auth_tokens_token_hash_key').on(t.tokenHash),
    index('auth_tokens_contractor_idx').on(t.agencyId, t.contractorId),
    check(
      'auth_tokens_subject_check',
      // PASSWORD_RESET compared as text: the migration that adds the value cannot use it as an enum.
      sql`(${t.purpose} = 'TEAM_INVITATION' AND ${t.teamMemberId} IS NOT NULL AND ${t.agencyId} IS NOT NULL)
        OR (${t.purpose}::text = 'PASSWORD_RESET' AND ${t.teamMemberId} IS NOT NULL AND ${t.agencyId} IS NOT NULL)
        OR (${t.purpose} = 'MAGIC_LINK' AND ${t.facilityUserId} IS NOT NULL)
        OR (${t.purpose} = 'CONTRACTOR_LINK' AND ${t.contractorId} IS NOT NULL AND ${t.agencyId} IS NOT NULL)`,
    ),
  ],
);

// Fixed-window counters shared by every server process (the server keeps no state in memory).
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

// ---------------------------------------------------------------- mail and audit

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: id().primaryKey(),
    agencyId: uuid('agency_id'),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html').notNull(),
    attachments: jsonb('attachments').$type<MailAttachmentRef[]>().notNull().default([]),
    status: mailStatus('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_status_idx').on(t.status, t.createdAt), index('mail_outbox_sent_idx').on(t.sentAt)],
);

export type MailAttachmentRef =
  | { kind: 'certificate'; agencyId: string; certificateId: string; filename: string }
  | { kind: 'invoice'; agencyId: string; invoiceId: string; filename: string };

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    agencyId: uuid('agency_id'),
    actorType: principalType('actor_type').notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    ip: inet('ip'),
    createdAt: createdAt(),
  },
  (t) => [index('audit_log_agency_idx').on(t.agencyId, t.createdAt), index('audit_log_target_idx').on(t.targetType, t.targetId)],
);

// ---------------------------------------------------------------- integrations

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['PENDING', 'DELIVERED', 'FAILED']);

// Where an agency wants its events POSTed. The secret signs every delivery (Coverline-Signature), so
// it is kept as is and shown once, when the endpoint is created or its secret is rolled.
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    enabled: boolean('enabled').notNull().default(true),
    secret: text('secret').notNull(),
    // When the oldest delivery still failing first failed; an endpoint failing for 3 days is disabled.
    failingSince: timestamp('failing_since', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    disabledReason: text('disabled_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.id] }), index('webhook_endpoints_agency_idx').on(t.agencyId, t.createdAt.desc())],
);

// The event outbox: one row per event, written in the transaction of the change that causes it, with
// the object as the API returns it. Kept for `events(first, after, type)`, so an integration can catch up.
export const webhookEvents = pgTable(
  'webhook_events',
  {
    agencyId: agencyId().references(() => agencies.id, { onDelete: 'cascade' }),
    id: id(),
    // The order events happened in, also within one transaction (whose rows share created_at).
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    index('webhook_events_agency_idx').on(t.agencyId, t.seq.desc()),
    index('webhook_events_type_idx').on(t.agencyId, t.type, t.seq.desc()),
  ],
);

// One event for one endpoint, delivered at least once and in order per endpoint.
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    agencyId: agencyId(),
    id: id(),
    // The event's order: an endpoint's deliveries go out in it.
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    endpointId: uuid('endpoint_id').notNull(),
    eventId: uuid('event_id').notNull(),
    status: webhookDeliveryStatus('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ name: 'webhook_deliveries_endpoint_fk', columns: [t.agencyId, t.endpointId], foreignColumns: [webhookEndpoints.agencyId, webhookEndpoints.id] }).onDelete('cascade'),
    foreignKey({ name: 'webhook_deliveries_event_fk', columns: [t.agencyId, t.eventId], foreignColumns: [webhookEvents.agencyId, webhookEvents.id] }).onDelete('cascade'),
    uniqueIndex('webhook_deliveries_event_key').on(t.agencyId, t.endpointId, t.eventId),
    // The next delivery of an endpoint, in event order; and the newest first for its log.
    index('webhook_deliveries_pending_idx').on(t.agencyId, t.endpointId, t.seq).where(sql`${t.status} = 'PENDING'`),
    index('webhook_deliveries_log_idx').on(t.agencyId, t.endpointId, t.seq.desc()),
  ],
);

// Every POST of a delivery: what the endpoint answered and how long it took.
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    agencyId: agencyId(),
    id: id(),
    deliveryId: uuid('delivery_id').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull(),
    // null when no answer came (refused, timed out).
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    responseSnippet: text('response_snippet'),
    error: text('error'),
  },
  (t) => [
    primaryKey({ columns: [t.agencyId, t.id] }),
    foreignKey({ name: 'webhook_delivery_attempts_delivery_fk', columns: [t.agencyId, t.deliveryId], foreignColumns: [webhookDeliveries.agencyId, webhookDeliveries.id] }).onDelete('cascade'),
    index('webhook_delivery_attempts_delivery_idx').on(t.agencyId, t.deliveryId, t.attemptedAt),
  ],
);

// The first answer to a mutation sent with an Idempotency-Key, kept 24 hours per viewer and replayed
// for a repeat. A platform table: it is read before the request runs, keyed by who sent it.
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    // The viewer the key belongs to, e.g. 'AGENCY_MEMBER:<id>' or 'API_KEY:<id>'.
    viewerKey: text('viewer_key').notNull(),
    key: text('key').notNull(),
    // SHA-256 of the request body (query, operation name and variables).
    requestHash: char('request_hash', { length: 64 }).notNull(),
    // The GraphQL answer as the JSON text sent, in a jsonb string (an object would reorder its keys);
    // null while the first request is still running.
    response: jsonb('response').$type<string>(),
    responseStatus: integer('response_status'),
    createdAt: createdAt(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.viewerKey, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

// Failed password sign-ins in a row per email, which make the next attempt wait (packages/domain
// sign-in-backoff). A platform table: read before anyone is known.
export const signInFailures = pgTable('sign_in_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }).notNull(),
});
