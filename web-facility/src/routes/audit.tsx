// Audit tools for the facility: "cleared to work" for one contractor and day, and the reconciliation
// of an auditor's payment schedule against the certificates.
import { Stack } from '@mantine/core';
import { ClearedToWorkCheck } from '../features/audit/ClearedToWorkCheck';
import { PaymentReconciliation } from '../features/audit/PaymentReconciliation';
import { FacilityPageHeader } from '../features/facilities/FacilityPageHeader';
import { NoFacilities } from '../features/facilities/NoFacilities';
import { useSelectedFacility } from '../features/facilities/use-selected-facility';
import { useSignedInViewer } from '../features/session/viewer';

export function AuditRoute() {
  const viewer = useSignedInViewer();
  const { facility, selectFacility } = useSelectedFacility(viewer.facilities);
  if (!facility) return <NoFacilities />;
  return (
    <Stack gap="lg">
      <title>{`Audit · ${facility.name} · Compliance Hub`}</title>
      <FacilityPageHeader facilities={viewer.facilities} facility={facility} onSelect={selectFacility} description="Prepare for a carrier audit: prove coverage payment by payment." />
      <PaymentReconciliation key={facility.id} facility={facility} />
      <ClearedToWorkCheck key={`cleared-${facility.id}`} facility={facility} />
    </Stack>
  );
}
