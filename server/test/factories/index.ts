// The test data factories, one file per entity. The fixture chain: agency → member → contractor →
// category → assignment (→ certificate, charge): each factory takes its parent.
export * from './agency.factory.js';
export * from './assignment.factory.js';
export * from './contractor.factory.js';
export * from './facility.factory.js';
export * from './job-category.factory.js';
export * from './opt-in.factory.js';
export * from './payment.factory.js';
export * from './platform.js';
export * from './policy.factory.js';
export * from './session.factory.js';
export * from './team-member.factory.js';
