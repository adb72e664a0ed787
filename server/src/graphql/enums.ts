// Domain enums exposed to GraphQL under their API.md names.
import { registerEnumType } from 'type-graphql';
import { type Language, ASSIGNMENT_STATUSES, CONTRACTOR_COVERAGE_STATUSES, COVERAGE_TYPES, INVOICE_STATUSES, JOB_CATEGORY_STATUSES, OPT_IN_STATUSES, PAYERS, REFUSAL_REASONS, ROLES } from '@coverline/domain';

function asEnum<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
}

export const RoleEnum = asEnum(ROLES);
export const CoverageTypeEnum = asEnum(COVERAGE_TYPES);
export const PayerEnum = asEnum(PAYERS);
export const AssignmentStatusEnum = asEnum(ASSIGNMENT_STATUSES);
export const JobCategoryStatusEnum = asEnum(JOB_CATEGORY_STATUSES);
export const OptInStatusEnum = asEnum(OPT_IN_STATUSES);
export const InvoiceStatusEnum = asEnum(INVOICE_STATUSES);
export const ContractorCoverageStatusEnum = asEnum(CONTRACTOR_COVERAGE_STATUSES);
export const RefusalReasonEnum = asEnum(REFUSAL_REASONS);
/** GraphQL's EN and ES are the domain's 'en' and 'es' (the values stored and passed around). */
export const LanguageEnum = { EN: 'en', ES: 'es' } as const satisfies Record<string, Language>;

registerEnumType(RoleEnum, { name: 'Role', description: 'What kind of person or system the viewer is.' });
registerEnumType(CoverageTypeEnum, { name: 'CoverageType' });
registerEnumType(LanguageEnum, { name: 'Language', description: 'A language the contractor app and the emails to a contractor are written in: EN (English) or ES (Spanish).' });
registerEnumType(PayerEnum, { name: 'Payer', description: 'Who pays the premium of an assignment.' });
registerEnumType(AssignmentStatusEnum, { name: 'AssignmentStatus' });
registerEnumType(JobCategoryStatusEnum, { name: 'JobCategoryStatus' });
registerEnumType(OptInStatusEnum, { name: 'OptInStatus' });
registerEnumType(InvoiceStatusEnum, { name: 'InvoiceStatus' });
registerEnumType(RefusalReasonEnum, {
  name: 'RefusalReason',
  description: "The stable reason of a refusal integrations branch on, as errors carry it in extensions.reason (the README's Refusal reasons says what each means).",
});
registerEnumType(ContractorCoverageStatusEnum, {
  name: 'ContractorCoverageStatus',
  description: "Where a contractor's coverage stands, from their assignments: what a rep can act on first (a declined payment is never hidden behind another assignment's coverage).",
});
