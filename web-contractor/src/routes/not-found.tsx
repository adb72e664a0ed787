import { Button } from '@mantine/core';
import { Link } from 'react-router';
import { NotFoundPage } from '@coverline/ui';

export function NotFoundRoute() {
  return (
    <NotFoundPage appName="My coverage">
      <Button component={Link} to="/">
        Go to my coverage
      </Button>
    </NotFoundPage>
  );
}
