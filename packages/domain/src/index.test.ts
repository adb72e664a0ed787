import { describe, expect, it } from 'vitest';
import * as domain from './index';

describe('@coverline/domain', () => {
  it('exports the agreed names', () => {
    const expected = [
      'US_STATES', 'isUsStateCode', 'usStateName', 'usStateCodeSchema', 'MONOPOLISTIC_WC_STATES', 'isMonopolisticWcState',
      'COVERAGE_TYPES', 'PAYERS', 'ROLES', 'ASSIGNMENT_STATUSES', 'JOB_CATEGORY_STATUSES', 'OPT_IN_STATUSES',
      'CERTIFICATE_STATUSES', 'COVERAGE_TYPE_LABELS', 'ASSIGNMENT_STATUS_LABELS',
      'formatCents', 'parseDollarsToCents', 'isPositiveCents', 'wageCentsSchema',
      'isIsoDate', 'isoDateSchema', 'todayInTimeZone', 'addDays', 'compareIsoDates', 'daysInclusive', 'addYears', 'isValidTimeZone',
      'emailSchema', 'loginInputSchema', 'passwordSchema', 'acceptInvitationSchema', 'magicLinkRequestSchema',
      'checkAssignmentDates', 'ASSIGNMENT_TRANSITIONS', 'canTransition', 'assertTransition', 'isTerminalStatus', 'hasCertificate',
      'nextStatusAfterCreation', 'nextStatusAfterApproval', 'nextStatusAfterOptIn', 'countsAsMissingPoNumber',
      'canCancelAssignment', 'checkExtension',
      'sameCoreInfo', 'isOptInRequired',
      'premiumLineCents', 'estimatePremium', 'stateWcRate', 'WC_BASIS_DOLLARS', 'GL_BASIS_DOLLARS',
    ];
    for (const name of expected) expect(domain, name).toHaveProperty(name);
  });
});
