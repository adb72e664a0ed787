import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { NotFoundPage } from '../NotFoundPage';

export interface NotFoundRouteProps {
  /** Which app this is, under the product mark, e.g. "Compliance Hub". */
  appName: string;
  /** The words of the button back to the app's home, e.g. "Go to the overview". */
  homeLabel: string;
}

/** The app's catch-all route: the address leads nowhere, and a button leads home. */
export function NotFoundRoute({ appName, homeLabel }: NotFoundRouteProps) {
  return (
    <NotFoundPage appName={appName}>
      <Button component={Link} to="/">
        {homeLabel}
      </Button>
    </NotFoundPage>
  );
}
