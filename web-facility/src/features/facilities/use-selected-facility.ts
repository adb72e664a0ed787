import { useCallback } from 'react';
import { useLocalStorage } from '@mantine/hooks';
import { useSearchParams } from 'react-router';

export const SELECTED_FACILITY_KEY = 'coverline.facilityId';
/** The query parameter that names the facility, so a shared link opens the same facility. */
export const FACILITY_PARAM = 'facility';

interface FacilityOption {
  id: string;
  name: string;
}

/**
 * The facility whose records are on screen: the one a shared link names, else the one last chosen
 * in this browser, else the first. A facility the user no longer sees is never chosen. Choosing one
 * puts it in the address (filters stay) and remembers it.
 */
export function useSelectedFacility<F extends FacilityOption>(facilities: readonly F[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const [storedId, setStoredId] = useLocalStorage<string>({
    key: SELECTED_FACILITY_KEY,
    defaultValue: '',
    getInitialValueInEffect: false,
    // A plain id, not JSON, so the value is readable and settable by hand and by tests.
    serialize: (value) => value,
    deserialize: (value) => value ?? '',
  });
  const byId = (id: string | null) => facilities.find((candidate) => candidate.id === id);
  const facility = byId(searchParams.get(FACILITY_PARAM)) ?? byId(storedId) ?? facilities[0] ?? null;

  const selectFacility = useCallback(
    (facilityId: string) => {
      setStoredId(facilityId);
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set(FACILITY_PARAM, facilityId);
        return next;
      });
    },
    [setSearchParams, setStoredId],
  );
  return { facility, selectFacility };
}
