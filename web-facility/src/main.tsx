import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@coverline/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { CoverlineProvider } from '@coverline/ui';
import { apolloClient } from './apollo';
import { router } from './routes';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CoverlineProvider>
      <ApolloProvider client={apolloClient}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </CoverlineProvider>
  </StrictMode>,
);
