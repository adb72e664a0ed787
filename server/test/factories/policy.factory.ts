// The platform's master policies (GL and WC) that coverage binds under, valid well around today.
import { addDays, todayInTimeZone } from '@coverline/domain';
import { policies } from '../../src/db/schema.js';
import type { TestServer } from '../support/test-server.js';

const ONE_MILLION_DOLLARS = 1_000_000_00;

/** Every limit a certificate prints, for each coverage type. */
export const TEST_POLICIES = [
  {
    coverageType: 'GENERAL_LIABILITY',
    insurerName: 'Harborline Casualty Company',
    insurerNaic: '31542',
    policyNumber: 'TEST-GL-00417',
    limits: {
      eachOccurrenceCents: ONE_MILLION_DOLLARS,
      generalAggregateCents: 2 * ONE_MILLION_DOLLARS,
      productsCompletedOperationsAggregateCents: 2 * ONE_MILLION_DOLLARS,
      personalAndAdvertisingInjuryCents: ONE_MILLION_DOLLARS,
      damageToRentedPremisesCents: 100_000_00,
      medicalExpenseCents: 5_000_00,
    },
  },
  {
    coverageType: 'WORKERS_COMPENSATION',
    insurerName: 'Keystone Workers Mutual',
    insurerNaic: '24811',
    policyNumber: 'TEST-WC-00932',
    limits: {
      workersCompensation: 'STATUTORY',
      employersLiabilityEachAccidentCents: ONE_MILLION_DOLLARS,
      employersLiabilityDiseaseEachEmployeeCents: ONE_MILLION_DOLLARS,
      employersLiabilityDiseasePolicyLimitCents: ONE_MILLION_DOLLARS,
    },
  },
] as const;

export async function createMasterPolicies(server: TestServer) {
  const today = todayInTimeZone('UTC', server.clock.now());
  await server.db
    .insert(policies)
    .values(TEST_POLICIES.map((policy) => ({ ...policy, limits: { ...policy.limits }, periodStart: addDays(today, -400), periodEnd: addDays(today, 800) })))
    .onConflictDoNothing();
}
