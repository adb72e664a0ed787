// After a refused submit, focus goes to the first field in error, in the order the form shows them,
// whether the browser's check or the server refused it: the person lands where the fix is, and a
// screen reader reads that field's label and message (decision 0030).
import { useCallback, useEffect, useRef, useState } from 'react';

/** `formRef` goes on the <form>; `focusFirstError()` after the errors are set (once they are shown, focus moves). */
export function useFocusFirstError() {
  const formRef = useRef<HTMLFormElement>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  const focusFirstError = useCallback(() => setRequest((count) => count + 1), []);
  return { formRef, focusFirstError };
}
