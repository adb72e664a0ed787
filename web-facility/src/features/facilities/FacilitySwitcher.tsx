import { Select } from '@mantine/core';

interface FacilityOption {
  id: string;
  name: string;
}

export interface FacilitySwitcherProps {
  facilities: readonly FacilityOption[];
  selectedId: string | null;
  onSelect: (facilityId: string) => void;
}

/** Chooses which of the user's facilities the Compliance Hub shows. */
export function FacilitySwitcher({ facilities, selectedId, onSelect }: FacilitySwitcherProps) {
  return (
    <Select
      label="Facility"
      data={facilities.map((facility) => ({ value: facility.id, label: facility.name }))}
      value={selectedId}
      onChange={(value) => {
        if (value) onSelect(value);
      }}
      allowDeselect={false}
      searchable={facilities.length > 8}
      maw={420}
    />
  );
}
