import '@coverline/ui/mantine.css';
import '@mantine/charts/styles.css';
import '@coverline/ui/styles.css';
import { startCoverlineApp } from '@coverline/ui/shell';
import { routes } from './routes';

void startCoverlineApp({ app: 'agency', routes, loadCacheConfig: async () => (await import('./apollo-cache')).cacheConfig });
