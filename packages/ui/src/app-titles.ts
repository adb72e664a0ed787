// What each app is called in the browser's tab: a page's title is "<page> · <app>" (decision 0030),
// e.g. "Contractors · Coverline Agency". Plain data: the Vite config reads it in Node too.
import type { CoverlineApp } from './apollo';

export const APP_TITLES: Record<CoverlineApp, string> = {
  agency: 'Coverline Agency',
  facility: 'Coverline Compliance Hub',
  contractor: 'Coverline',
};

/** "Contractors · Coverline Agency"; the app's own name alone for a page without a title. */
export function documentTitle(app: CoverlineApp, pageTitle: string | undefined): string {
  return pageTitle ? `${pageTitle} · ${APP_TITLES[app]}` : APP_TITLES[app];
}
