// The root of every app's routes: it names the page in the browser's tab from the route table's
// `handle.title` (or a page's own, more precise `usePageTitle`), and after a navigation within the app moves focus to the new page's h1, so a
// keyboard or screen-reader user starts at the top of the page they asked for (decision 0030).
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useMatches } from 'react-router';
import type { CoverlineApp } from '../apollo';
import { documentTitle } from '../app-titles';

/** What a route of the route table may say about its page. */
export interface CoverlineRouteHandle {
  /** The page's name in the tab, before the app's: "Contractors" gives "Contractors · Coverline Agency". */
  title: string;
}

function isRouteHandle(handle: unknown): handle is CoverlineRouteHandle {
  return typeof handle === 'object' && handle !== null && typeof (handle as { title?: unknown }).title === 'string';
}

const PageTitleOverride = createContext<(title: string | null) => void>(() => undefined);

/**
 * A page's own title while it is shown, instead of its route's (e.g. the facility's name, known only
 * once loaded): `usePageTitle('Mercy General')` gives "Mercy General · Coverline Compliance Hub";
 * null keeps the route's.
 */
export function usePageTitle(title: string | null) {
  const setOverride = useContext(PageTitleOverride);
  useEffect(() => {
    setOverride(title);
    return () => setOverride(null);
  }, [setOverride, title]);
}

function useDocumentTitle(app: CoverlineApp, override: string | null) {
  const matches = useMatches();
  const routeTitle = matches.map((match) => match.handle).filter(isRouteHandle).at(-1)?.title;
  const title = override ?? routeTitle;
  useEffect(() => {
    document.title = documentTitle(app, title);
  }, [app, title]);
}

// A page may still be loading its data when the address changes: its h1 is awaited this long.
const HEADING_WAIT_MS = 10_000;

/** Focuses the page's h1 now or as soon as it is shown; stops waiting once the person acts on the page. */
function focusHeadingWhenShown(): () => void {
  const focusHeading = () => {
    const heading = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1');
    if (!heading) return false;
    // Focusable by script only, not a stop for Tab.
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    heading.focus();
    return true;
  };
  if (focusHeading()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focusHeading()) stop();
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
    document.removeEventListener('pointerdown', stop, true);
    document.removeEventListener('keydown', stop, true);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener('pointerdown', stop, true);
  document.addEventListener('keydown', stop, true);
  return stop;
}

/**
 * On a change of page (the path, not a filter in the query string), focus moves to its h1. Not on
 * the first page, nor on a redirect before the person has done anything (signed out, sent to sign in):
 * there the browser's own start, the top of the document, is right.
 */
function useFocusHeadingOnNavigation() {
  const { pathname } = useLocation();
  const shownPath = useRef(pathname);
  const interacted = useRef(false);
  useEffect(() => {
    const markInteracted = () => {
      interacted.current = true;
    };
    document.addEventListener('pointerdown', markInteracted, true);
    document.addEventListener('keydown', markInteracted, true);
    return () => {
      document.removeEventListener('pointerdown', markInteracted, true);
      document.removeEventListener('keydown', markInteracted, true);
    };
  }, []);
  useEffect(() => {
    if (pathname === shownPath.current) return;
    shownPath.current = pathname;
    if (!interacted.current) return;
    return focusHeadingWhenShown();
  }, [pathname]);
}

export function NavigationRoot({ app }: { app: CoverlineApp }) {
  const [override, setOverride] = useState<string | null>(null);
  useDocumentTitle(app, override);
  useFocusHeadingOnNavigation();
  return (
    <PageTitleOverride.Provider value={setOverride}>
      <Outlet />
    </PageTitleOverride.Provider>
  );
}
