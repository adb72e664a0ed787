import '@coverline/ui/mantine.css';
import '@coverline/ui/styles.css';
import { startCoverlineApp } from '@coverline/ui/shell';
import { routes } from './routes';

startCoverlineApp({ app: 'contractor', routes });
