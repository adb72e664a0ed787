import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { NotFoundPage } from '@coverline/ui';

export function NotFoundRoute() {
  return (
    <NotFoundPage appName="Compliance Hub">
      <Button component={Link} to="/">
        Go to the Compliance Hub
      </Button>
    </NotFoundPage>
  );
}
