// The top of every Compliance Hub page: the facility on screen as the page title, what the page is
// for, and the switcher for people who oversee more than one facility.
import type { ReactNode } from 'react';
import { PageHeader } from '@coverline/ui';
import { FacilitySwitcher } from './FacilitySwitcher';

interface FacilityOption {
  id: string;
  name: string;
}

export function FacilityPageHeader({
  facilities,
  facility,
  onSelect,
  description,
}: {
  facilities: readonly FacilityOption[];
  facility: FacilityOption;
  onSelect: (facilityId: string) => void;
  description: ReactNode;
}) {
  return (
    <PageHeader
      title={facility.name}
      description={description}
      actions={facilities.length > 1 ? <FacilitySwitcher facilities={facilities} selectedId={facility.id} onSelect={onSelect} /> : null}
    />
  );
}
