import '@coverline/ui/mantine.css';
import '@mantine/charts/styles.css';
import '@coverline/ui/styles.css';
import { relayStylePagination } from '@apollo/client/utilities';
import { startCoverlineApp } from '@coverline/ui/shell';
import { routes } from './routes';

startCoverlineApp({
  app: 'agency',
  routes,
  cache: {
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends pages of the same filter and order; another filter or order is another list.
          contractors: relayStylePagination(['filter', 'orderBy']),
          auditLog: relayStylePagination(['filter']),
          teamMemberConnection: relayStylePagination(),
        },
      },
      Viewer: {
        fields: {
          facilityConnection: relayStylePagination(['search']),
        },
      },
      WebhookEndpoint: { fields: { deliveries: relayStylePagination() } },
    },
  },
});
