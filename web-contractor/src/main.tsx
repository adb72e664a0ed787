import '@coverline/ui/mantine.css';
import '@coverline/ui/styles.css';
import { startCoverlineApp } from '@coverline/ui/shell';
import { ContractorRoot } from './features/language/ContractorRoot';
import { openLinkOfThisPage } from './features/sign-in/contractor-link';
import { initialLanguage, startI18n } from './i18n/i18n';
import { routes } from './routes';

// English starts at once; Spanish first fetches its words, so no page flashes in the wrong language.
// Meanwhile the server is asked who is signed in and, on a link page, the link's sign-in and form.
void startCoverlineApp({ app: 'contractor', routes, frame: <ContractorRoot />, ready: startI18n(initialLanguage()) });
openLinkOfThisPage();
