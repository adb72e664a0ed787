// Contractor pay: an agency whose contractors pay, cards on file (saved through the real use case),
// and assignments whose charge has just been announced.
import { attachPaymentMethod } from '../../src/modules/payments/payment-methods.js';
import type { TestServer } from '../support/test-server.js';
import { createAgency } from './agency.factory.js';
import { assignmentAwaitingOptIn, moveTo } from './assignment.factory.js';
import { createContractor, type ContractorFixture } from './contractor.factory.js';
import { approvedJobCategory } from './job-category.factory.js';
import { asPlatform } from './platform.js';
import { next } from './sequence.js';

/** An agency whose billing email receives payment news and whose contractors pay, with an approved category. */
export async function contractorPayAgency(server: TestServer) {
  const n = next();
  const billingEmail = `billing${n}@pay-agency.test`;
  const agency = await createAgency(server, { name: `Pay Agency ${n}`, billingEmail, defaultPayer: 'CONTRACTOR' });
  const category = await approvedJobCategory(server, agency, { workState: 'IL', coverageTypes: ['GENERAL_LIABILITY'] });
  return { agency, billingEmail, category };
}

/** Saves a card on file through the real use case (as the opt-in submission does). */
export async function addCard(server: TestServer, contractor: { agencyId: string; id: string }, token = 'pm_card_visa') {
  return asPlatform(server, (tx) => attachPaymentMethod(tx, server.coverline.deps, { agencyId: contractor.agencyId, contractorId: contractor.id, paymentMethodToken: token }));
}

/** A contractor (new, unless given) with a card (unless `token` is null), and one of their assignments whose charge was just announced. */
export async function scheduledCharge(
  server: TestServer,
  setup: { agency: { id: string }; category: { id: string } },
  options: { token?: string | null; premiumCents?: number; jobName?: string; contractor?: ContractorFixture } = {},
) {
  const contractor = options.contractor ?? (await createContractor(server, setup.agency));
  if (options.token !== null) await addCard(server, contractor, options.token ?? 'pm_card_visa');
  const assignment = await assignmentAwaitingOptIn(server, {
    agencyId: setup.agency.id,
    contractorId: contractor.id,
    jobCategoryId: setup.category.id,
    payer: 'CONTRACTOR',
    premiumCents: options.premiumCents,
    jobName: options.jobName,
  });
  await moveTo(server, assignment, 'AWAITING_PAYMENT', 'Opted in.');
  return { contractor, assignment };
}
