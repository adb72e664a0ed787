import { useLocalStorage } from '@mantine/hooks';

export const SELECTED_FACILITY_KEY = 'coverline.facilityId';

interface FacilityOption {
  id: string;
  name: string;
}

/**
 * The facility whose records are on screen, remembered in this browser. Falls back to the first
 * facility when nothing (or a facility the user no longer sees) was remembered.
 */
export function useSelectedFacility<F extends FacilityOption>(facilities: readonly F[]) {
  const [storedId, setStoredId] = useLocalStorage<string>({
    key: SELECTED_FACILITY_KEY,
    defaultValue: '',
    getInitialValueInEffect: false,
    // A plain id, not JSON, so the value is readable and settable by hand and by tests.
    serialize: (value) => value,
    deserialize: (value) => value ?? '',
  });
  const facility = facilities.find((candidate) => candidate.id === storedId) ?? facilities[0] ?? null;
  return { facility, selectFacility: setStoredId };
}
