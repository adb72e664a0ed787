// The Company Overview's figures over one agency's rows, in one statement: the assignments of the range
// are read twice, each an index-only scan of assignments_overview_idx (once for the averages and
// medians, once for the series and distributions as grouping sets); the contractors once for their
// funnel, states and coverage; the rest are counts an index answers. Measured in `pnpm bench`.
import { sql, type SQL } from 'drizzle-orm';
import type { ContractorCoverageStatus, OverviewGranularity, OverviewRange } from '@coverline/domain';
import { Store } from '../../access/store.js';
import { tenantWhere } from '../../access/tenant.js';
import { agencySettings, assignments, contractors, facilities, jobCategories, optIns, teamMembers } from '../../db/schema.js';
import { missingPoNumber } from '../assignments/assignments.store.js';
import { awaitingOptInSince } from '../contractors/contractors.store.js';

export type OverviewQuery = {
  range: OverviewRange;
  granularity: OverviewGranularity;
  wageEdgesCents: readonly number[];
  lengthEdgesDays: readonly number[];
  /** An open opt-in requested before this needs attention. */
  openOptInBefore: Date;
};

type Count = { index: number; count: number };

export type OverviewFigures = {
  assignmentsInRange: number;
  averageWageCents: number | null;
  medianWageCents: number | null;
  averageAssignmentDays: number | null;
  medianAssignmentDays: number | null;
  firstEffectiveDate: string | null;
  lastEffectiveDate: string | null;
  started: { periodStart: string; count: number }[];
  wageBuckets: Count[];
  lengthBuckets: Count[];
  contractorsInRange: number;
  asked: number;
  completed: number;
  completedAndCovered: number;
  byState: { state: string; count: number }[];
  byCoverage: { status: ContractorCoverageStatus; count: number }[];
  insuredNow: number;
  insuredInRange: number;
  missingPoInRange: number;
  awaitingOptIn: number;
  declinedPayments: number;
  missingPoNumbers: number;
  categoriesPendingApproval: number;
  contractorsPendingApproval: number;
  settingsSaved: boolean;
  hasFacility: boolean;
  hasContractors: boolean;
  hasAssignment: boolean;
};

/** The effective date in [from, to], either bound open. */
function effectiveIn(range: OverviewRange): SQL {
  return sql`(${range.from}::date is null or ${assignments.effectiveDate} >= ${range.from}::date) and (${range.to}::date is null or ${assignments.effectiveDate} <= ${range.to}::date)`;
}

/** The assignment's dates overlap [from, to]. */
function overlaps(range: OverviewRange): SQL {
  return sql`(${range.to}::date is null or ${assignments.effectiveDate} <= ${range.to}::date) and (${range.from}::date is null or ${assignments.endDate} >= ${range.from}::date)`;
}

export class CompanyOverviewStore extends Store {
  async figures(query: OverviewQuery): Promise<OverviewFigures> {
    const { db, tenant } = await this.open();
    const ofAssignments = tenantWhere(tenant, { agency: assignments.agencyId }) ?? sql`true`;
    const ofContractors = tenantWhere(tenant, { agency: contractors.agencyId }) ?? sql`true`;
    const ofOptIns = tenantWhere(tenant, { agency: optIns.agencyId }) ?? sql`true`;
    const ofCategories = tenantWhere(tenant, { agency: jobCategories.agencyId }) ?? sql`true`;
    const ofFacilities = tenantWhere(tenant, { agency: facilities.agencyId }) ?? sql`true`;
    const ofSettings = tenantWhere(tenant, { agency: agencySettings.agencyId }) ?? sql`true`;
    const { range } = query;
    const allTime = range.from === null && range.to === null;
    const unit = query.granularity === 'WEEK' ? 'week' : 'month';
    const [row] = await db.execute<OverviewFigures>(sql`
      with ranged as not materialized (
        select ${assignments.contractorId} as contractor_id, ${assignments.effectiveDate} as effective_date,
          ${assignments.endDate} - ${assignments.effectiveDate} + 1 as days, ${assignments.wageCents} as wage_cents
        from ${assignments}
        where ${ofAssignments} and ${assignments.status} <> 'CANCELLED' and ${effectiveIn(range)}
      ),
      contractor_set as (
        select ${contractors.id} as id, ${contractors.workState} as work_state, ${contractors.coverageStatus} as coverage_status
        from ${contractors}
        where ${ofContractors} and ${contractors.archivedAt} is null
          ${allTime ? sql`` : sql`and ${contractors.id} in (select contractor_id from ranged)`}
      ),
      opt_in_answers as (
        select ${optIns.contractorId} as contractor_id, bool_or(${optIns.status} = 'COMPLETED') as completed
        from ${optIns} where ${ofOptIns} group by ${optIns.contractorId}
      ),
      insured as (
        select distinct ${assignments.contractorId} as contractor_id from ${assignments}
        where ${ofAssignments} and ${assignments.status} in ('COVERED', 'ENDED') and ${overlaps(range)}
      )
      select
        stats.*,
        distributions.*,
        funnel.*,
        missing.*,
        (select coalesce(json_agg(json_build_object('state', work_state, 'count', n) order by n desc, work_state), '[]')
          from (select work_state, count(*)::int as n from contractor_set where work_state is not null group by 1) states) as "byState",
        (select coalesce(json_agg(json_build_object('status', coverage_status, 'count', n)), '[]')
          from (select coverage_status, count(*)::int as n from contractor_set group by 1) statuses) as "byCoverage",
        (select count(*)::int from insured) as "insuredInRange",
        (select count(*)::int from ${contractors} where ${ofContractors} and ${contractors.archivedAt} is null and ${contractors.coverageStatus} = 'COVERED') as "insuredNow",
        (select count(*)::int from ${contractors} where ${ofContractors} and ${contractors.archivedAt} is null and ${awaitingOptInSince(query.openOptInBefore)}) as "awaitingOptIn",
        (select count(*)::int from ${contractors} where ${ofContractors} and ${contractors.archivedAt} is null and ${contractors.coverageStatus} = 'PAYMENT_DECLINED') as "declinedPayments",
        (select count(*)::int from ${jobCategories} where ${ofCategories} and ${jobCategories.status} = 'PENDING_APPROVAL') as "categoriesPendingApproval",
        (select count(*)::int from ${contractors} where ${ofContractors} and ${contractors.archivedAt} is null and ${contractors.coverageStatus} = 'PENDING_APPROVAL') as "contractorsPendingApproval",
        -- Saved by the agency: after its first member joined (the operator's defaults come before anyone).
        coalesce((select ${agencySettings.updatedAt} > (select min(coalesce(${teamMembers.activatedAt}, ${teamMembers.createdAt})) from ${teamMembers} where ${teamMembers.agencyId} = ${agencySettings.agencyId})
          from ${agencySettings} where ${ofSettings}), false) as "settingsSaved",
        exists (select 1 from ${facilities} where ${ofFacilities}) as "hasFacility",
        exists (select 1 from ${contractors} where ${ofContractors}) as "hasContractors",
        exists (select 1 from ${assignments} where ${ofAssignments}) as "hasAssignment"
      from (
        select count(*)::int as "contractorsInRange",
          (count(*) filter (where answers.contractor_id is not null))::int as "asked",
          (count(*) filter (where answers.completed))::int as "completed",
          (count(*) filter (where answers.completed and insured.contractor_id is not null))::int as "completedAndCovered"
        from contractor_set
        left join opt_in_answers answers on answers.contractor_id = contractor_set.id
        left join insured on insured.contractor_id = contractor_set.id
      ) funnel, (
        select count(*)::int as "assignmentsInRange",
          round(avg(wage_cents))::int as "averageWageCents",
          round(percentile_cont(0.5) within group (order by wage_cents))::int as "medianWageCents",
          avg(days)::float8 as "averageAssignmentDays",
          percentile_cont(0.5) within group (order by days) as "medianAssignmentDays",
          min(effective_date)::text as "firstEffectiveDate",
          max(effective_date)::text as "lastEffectiveDate"
        from ranged
      ) stats, (
        -- The series and both distributions from one read of the range: a grouping set each.
        select coalesce(json_agg(json_build_object('periodStart', period_start, 'count', n)) filter (where grouped = 'period'), '[]') as "started",
          coalesce(json_agg(json_build_object('index', wage_bucket, 'count', n)) filter (where grouped = 'wage'), '[]') as "wageBuckets",
          coalesce(json_agg(json_build_object('index', length_bucket, 'count', n)) filter (where grouped = 'length'), '[]') as "lengthBuckets"
        from (
          select case when grouping(period_start) = 0 then 'period' when grouping(wage_bucket) = 0 then 'wage' else 'length' end as grouped,
            period_start, wage_bucket, length_bucket, count(*)::int as n
          from (
            select date_trunc(${unit}::text, effective_date::timestamp)::date::text as period_start,
              width_bucket(wage_cents, ${sql.param(query.wageEdgesCents)}::int[]) as wage_bucket,
              width_bucket(days, ${sql.param(query.lengthEdgesDays)}::int[]) as length_bucket
            from ranged
          ) bucketed
          group by grouping sets ((period_start), (wage_bucket), (length_bucket))
        ) groups
      ) distributions, (
        -- Both counts of missing PO numbers in one read of those assignments.
        select (count(*) filter (where ${effectiveIn(range)}))::int as "missingPoInRange", count(*)::int as "missingPoNumbers"
        from ${assignments} where ${ofAssignments} and ${missingPoNumber}
      ) missing`);
    if (!row) throw new Error('the overview statement returned no row');
    return row;
  }
}
