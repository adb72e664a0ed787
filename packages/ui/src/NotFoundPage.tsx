import type { ReactNode } from 'react';
import { AuthCard } from './AuthCard';
import { useUiLabels } from './labels';

export interface NotFoundPageProps {
  appName?: string;
  /** A way back, e.g. a button linking to the app's home. */
  children?: ReactNode;
}

export function NotFoundPage({ appName, children }: NotFoundPageProps) {
  const labels = useUiLabels();
  return (
    <AuthCard appName={appName} title={labels.pageNotFound} description={labels.pageNotFoundDescription}>
      {children}
    </AuthCard>
  );
}
