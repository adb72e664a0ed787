import type { ReactNode } from 'react';
import { MantineProvider, type MantineProviderProps } from '@mantine/core';
import { coverlineCssVariablesResolver, coverlineTheme } from './theme';

export interface CoverlineProviderProps {
  children: ReactNode;
  /** `'test'` disables transitions and portals (jsdom tests). */
  env?: MantineProviderProps['env'];
}

/** Mantine with the Coverline theme; the apps are light-only so contrast is checked once. */
export function CoverlineProvider({ children, env }: CoverlineProviderProps) {
  return (
    <MantineProvider
      theme={coverlineTheme}
      cssVariablesResolver={coverlineCssVariablesResolver}
      forceColorScheme="light"
      env={env}
    >
      {children}
    </MantineProvider>
  );
}
