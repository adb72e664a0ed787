// After a refused submit, focus goes to the first field in error, in the order the form shows them,
// whether the browser's check or the server refused it: the person lands where the fix is, and a
// screen reader reads that field's label and message (decision 0030).
import { useCallback, useEffect, useRef } from 'react';

// Mantine marks a text field in error with aria-invalid, a checkbox only with data-error.
const FIELD_IN_ERROR = ':is(input, select, textarea):is([aria-invalid="true"], [data-error="true"])';

/** `formRef` goes on the <form>; `focusFirstError()` once the errors are set: focus moves when they are shown. */
export function useFocusFirstError() {
  const formRef = useRef<HTMLFormElement>(null);
  const pending = useRef(false);
  // After every render: the form library shows its errors in a render of its own, after the call.
  useEffect(() => {
    if (!pending.current) return;
    const field = formRef.current?.querySelector<HTMLElement>(FIELD_IN_ERROR);
    if (!field) return;
    pending.current = false;
    field.focus();
  });
  const focusFirstError = useCallback(() => {
    pending.current = true;
  }, []);
  return { formRef, focusFirstError };
}
