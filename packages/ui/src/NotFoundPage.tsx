import type { ReactNode } from 'react';
import { AuthCard } from './AuthCard';

export interface NotFoundPageProps {
  appName?: string;
  /** A way back, e.g. a button linking to the app's home. */
  children?: ReactNode;
}

export const NOT_FOUND_TITLE = 'Page not found';
export const NOT_FOUND_DESCRIPTION = 'There is nothing at this address. Check the link, or go back to the start.';

export function NotFoundPage({ appName, children }: NotFoundPageProps) {
  return (
    <AuthCard appName={appName} title={NOT_FOUND_TITLE} description={NOT_FOUND_DESCRIPTION}>
      {children}
    </AuthCard>
  );
}
