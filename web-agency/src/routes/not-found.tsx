import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { NotFoundPage } from '@coverline/ui';

export function NotFoundRoute() {
  return (
    <NotFoundPage appName="Agency">
      <Button component={Link} to="/">
        Go to the overview
      </Button>
    </NotFoundPage>
  );
}
