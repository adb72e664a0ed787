// The page's URL search parameters, and a way to change them that starts from the newest URL,
// including a change not rendered yet: react-router's functional update does not queue, so two quick
// changes (a filter picked, a search typed) would otherwise lose the first.
import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

export function useSearchParamsUpdate() {
  const [searchParams, setSearchParams] = useSearchParams();
  const latest = useRef(searchParams);
  useEffect(() => {
    latest.current = searchParams;
  }, [searchParams]);
  const update = useCallback(
    (change: (latest: URLSearchParams) => URLSearchParams, options: { replace?: boolean } = {}) => {
      const next = change(latest.current);
      latest.current = next;
      setSearchParams(next, { replace: options.replace });
    },
    [setSearchParams],
  );
  return [searchParams, update] as const;
}
