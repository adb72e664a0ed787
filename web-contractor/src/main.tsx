import '@coverline/ui/mantine.css';
import '@coverline/ui/styles.css';
import { startCoverlineApp } from '@coverline/ui/shell';
import { ContractorRoot } from './features/language/ContractorRoot';
import { openLinkOfThisPage } from './features/sign-in/contractor-link';
import { initialLanguage, startI18n } from './i18n/i18n';
import { routes } from './routes';

// English starts at once; Spanish first fetches its words, so no page flashes in the wrong language.
void startI18n(initialLanguage()).then(() => {
  startCoverlineApp({ app: 'contractor', routes, frame: <ContractorRoot /> });
  openLinkOfThisPage();
});
