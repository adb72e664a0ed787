// The tenant a scope reaches, and the one predicate every store adds to its queries from it. The
// rules mirror the row-level security policies (migration 0004): an agency scope reaches its agency's
// rows; a contractor scope its agency's rows narrowed to their own where a table says how; a facility
// scope only what its grants lead to; the operator and the system everything; nobody else nothing.
// A table that does not say how a contractor or a facility reaches it is closed to them.
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { assignments } from '../db/schema.js';

export type FacilityGrant = { agencyId: string; facilityId: string };

export type Tenant =
  | { kind: 'AGENCY'; agencyId: string }
  | { kind: 'CONTRACTOR'; agencyId: string; contractorId: string }
  | { kind: 'FACILITY'; facilityUserId: string; grants: readonly FacilityGrant[] }
  | { kind: 'ALL' }
  | { kind: 'NONE' };

const NO_ROWS: SQL = sql`false`;

type TenantColumns = {
  agency: AnyPgColumn;
  /** How a contractor reaches the table's rows of their agency: `'agency-wide'`, or narrowed to their own. */
  contractor?: 'agency-wide' | ((contractorId: string) => SQL | undefined);
  /** How a facility scope reaches rows: through its grants. */
  facility?: (grants: readonly FacilityGrant[]) => SQL | undefined;
};

/** The predicate that keeps a query inside the tenant; undefined where the scope reaches every row. */
export function tenantWhere(tenant: Tenant, columns: TenantColumns): SQL | undefined {
  switch (tenant.kind) {
    case 'ALL':
      return undefined;
    case 'NONE':
      return NO_ROWS;
    case 'AGENCY':
      return eq(columns.agency, tenant.agencyId);
    case 'CONTRACTOR': {
      const own = columns.contractor;
      if (!own) return NO_ROWS;
      return and(eq(columns.agency, tenant.agencyId), own === 'agency-wide' ? undefined : own(tenant.contractorId));
    }
    case 'FACILITY':
      return columns.facility && tenant.grants.length > 0 ? (columns.facility(tenant.grants) ?? NO_ROWS) : NO_ROWS;
  }
}

/** Rows of the granted facilities: (agency, facility) pairs, as the grants name them. */
export function grantedFacilityRows(agency: AnyPgColumn, facility: AnyPgColumn) {
  return (grants: readonly FacilityGrant[]): SQL | undefined => {
    const byAgency = Map.groupBy(grants, (grant) => grant.agencyId);
    return or(...[...byAgency].map(([agencyId, ofAgency]) => and(eq(agency, agencyId), inArray(facility, ofAgency.map((g) => g.facilityId)))));
  };
}

/**
 * A contractor's facilities: those of their own assignments (the agency's other clients are not
 * theirs to know).
 */
export function facilityOfOwnAssignment(agency: AnyPgColumn, facilityId: AnyPgColumn) {
  return (contractorId: string): SQL =>
    sql`exists (select 1 from ${assignments} where ${assignments.agencyId} = ${agency} and ${assignments.facilityId} = ${facilityId} and ${assignments.contractorId} = ${contractorId})`;
}

/**
 * A contractor's rows of a table that hangs off assignments (status history, charges): those of
 * their own assignments.
 */
export function throughOwnAssignment(agency: AnyPgColumn, assignmentId: AnyPgColumn) {
  return (contractorId: string): SQL =>
    sql`exists (select 1 from ${assignments} where ${assignments.agencyId} = ${agency} and ${assignments.id} = ${assignmentId} and ${assignments.contractorId} = ${contractorId})`;
}
