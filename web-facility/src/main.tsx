import '@coverline/ui/mantine.css';
import '@mantine/dates/styles.css';
import '@coverline/ui/styles.css';
import { startCoverlineApp } from '@coverline/ui/shell';
import { routes } from './routes';

void startCoverlineApp({ app: 'facility', routes, loadCacheConfig: async () => (await import('./apollo-cache')).cacheConfig });
