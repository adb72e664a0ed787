// Audit tools for the facility: "cleared to work" for one contractor and day, the reconciliation
// of an auditor's payment schedule against the certificates, and the reconciliations kept before.
import { ClearedToWorkCheck } from '../features/audit/ClearedToWorkCheck';
import { PaymentReconciliation } from '../features/audit/PaymentReconciliation';
import { ReconciliationHistory } from '../features/audit/ReconciliationHistory';
import { FacilityPage } from '../features/facilities/FacilityPage';

export function AuditRoute() {
  return (
    <FacilityPage section="Audit" description="Prepare for a carrier audit: prove coverage payment by payment.">
      {(facility) => (
        <>
          <PaymentReconciliation key={facility.id} facility={facility} />
          <ReconciliationHistory key={`history-${facility.id}`} facility={facility} />
          <ClearedToWorkCheck key={`cleared-${facility.id}`} facility={facility} />
        </>
      )}
    </FacilityPage>
  );
}
