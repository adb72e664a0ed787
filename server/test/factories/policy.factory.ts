// The platform's master policies (GL and WC) that coverage binds under, valid well around today.
import { policies } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';
import { dayFromToday } from './assignment.factory.js';

/** Every limit a certificate prints, for each coverage type; values of their own, so no test leans on the demo's. */
const TEST_POLICIES = [
  {
    coverageType: 'GENERAL_LIABILITY',
    insurerName: 'Testbed Casualty Insurance Co.',
    insurerNaic: '90417',
    policyNumber: 'TEST-GL-00417',
    limits: {
      eachOccurrenceCents: 1_500_000_00,
      generalAggregateCents: 3_000_000_00,
      productsCompletedOperationsAggregateCents: 2_500_000_00,
      personalAndAdvertisingInjuryCents: 1_250_000_00,
      damageToRentedPremisesCents: 300_000_00,
      medicalExpenseCents: 10_000_00,
    },
  },
  {
    coverageType: 'WORKERS_COMPENSATION',
    insurerName: 'Testbed Workers Mutual',
    insurerNaic: '90932',
    policyNumber: 'TEST-WC-00932',
    limits: {
      workersCompensation: 'STATUTORY',
      employersLiabilityEachAccidentCents: 500_000_00,
      employersLiabilityDiseaseEachEmployeeCents: 600_000_00,
      employersLiabilityDiseasePolicyLimitCents: 700_000_00,
    },
  },
] as const;

export async function createMasterPolicies(server: TestServer) {
  // Counted in the same days as the assignments' (dayFromToday, the agencies' zone): counted in UTC, the
  // period began a day later than an assignment 400 days back from midnight UTC until New York's midnight.
  await server.db
    .insert(policies)
    .values(TEST_POLICIES.map((policy) => ({ ...policy, limits: { ...policy.limits }, periodStart: dayFromToday(server, -400), periodEnd: dayFromToday(server, 800) })))
    .onConflictDoNothing();
}
