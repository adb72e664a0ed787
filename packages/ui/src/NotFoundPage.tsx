import type { ReactNode } from 'react';
import { AuthCard } from './AuthCard';

export interface NotFoundPageProps {
  appName?: string;
  /** A way back, e.g. a button linking to the app's home. */
  children?: ReactNode;
}

export function NotFoundPage({ appName, children }: NotFoundPageProps) {
  return (
    <AuthCard
      appName={appName}
      title="Page not found"
      description="There is nothing at this address. Check the link, or go back to the start."
    >
      {children}
    </AuthCard>
  );
}
