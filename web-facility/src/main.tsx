import '@coverline/ui/mantine.css';
import '@mantine/dates/styles.css';
import '@coverline/ui/styles.css';
import { relayStylePagination } from '@apollo/client/utilities';
import { startCoverlineApp } from '@coverline/ui/shell';
import { routes } from './routes';

startCoverlineApp({
  app: 'facility',
  routes,
  cache: {
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends the next page of one facility's list.
          facilityTeam: relayStylePagination(['facilityId']),
          facilityReconciliations: relayStylePagination(['facilityId']),
        },
      },
    },
  },
});
