// A container that scrolls sideways when its content is wider than the page (a table on a phone): the
// page keeps the screen's width, and the keyboard can reach and scroll what is cut off.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box } from '@mantine/core';

export interface ScrollRegionProps {
  /** The id of the element that names what scrolls, e.g. a table's caption. */
  labelledBy: string;
  children: ReactNode;
}

/** Whether the element's content is wider than the element, kept current as either resizes. */
function useOverflowsSideways<TElement extends HTMLElement>() {
  const ref = useRef<TElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    measure();
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}

export function ScrollRegion({ labelledBy, children }: ScrollRegionProps) {
  const { ref, overflows } = useOverflowsSideways<HTMLDivElement>();
  return (
    <Box
      ref={ref}
      className="coverline-table-scroll"
      // Only a container that scrolls is a stop for the keyboard (arrow keys scroll it), named so a
      // screen reader says what it is.
      {...(overflows ? { tabIndex: 0, role: 'region', 'aria-labelledby': labelledBy } : {})}
    >
      {children}
    </Box>
  );
}
