// Documents several tests send: every document the three apps send (their generated typed documents),
// and the list-heavy document of the cost-limit issue.
import type { DocumentNode } from 'graphql';
import * as agencyDocuments from '../../../web-agency/src/gql/graphql.js';
import * as contractorDocuments from '../../../web-contractor/src/gql/graphql.js';
import * as facilityDocuments from '../../../web-facility/src/gql/graphql.js';

function documentsOf(module: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(module).filter((entry): entry is [string, DocumentNode] => entry[0].endsWith('Document') && typeof entry[1] === 'object' && entry[1] !== null && 'definitions' in entry[1]);
}

/** Every document of the agency, facility and contractor apps, by name. */
export const APP_DOCUMENTS: [string, DocumentNode][] = [...documentsOf(agencyDocuments), ...documentsOf(facilityDocuments), ...documentsOf(contractorDocuments)];

/** The 2 KB document of the issue: 15 aliases of contractors → assignments → contractor → assignments. */
export const NESTED_LISTS = `{ ${Array.from(
  { length: 15 },
  (_, n) => `c${n}: contractors { edges { node { assignments { contractor { assignments { id certificate { number } statusHistory { at } } } } } } }`,
).join(' ')} }`;
