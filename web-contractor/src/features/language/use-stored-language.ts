// The contractor's language as their record keeps it wins over this browser's guess: once signed in on
// a new browser (or one that remembers another choice), the app switches to the language they chose on
// the switcher or signed the opt-in in, and this browser remembers it. A record whose language was never
// chosen leaves the browser's languages to decide.
import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useViewer } from '@coverline/ui/shell';
import { graphql } from '../../gql';
import { appLanguage } from '../../i18n/api-language';
import { currentLanguage, rememberLanguage, switchLanguage } from '../../i18n/i18n';

const StoredLanguageQuery = graphql(`
  query StoredLanguage {
    viewer {
      id
      contractor {
        id
        preferredLanguage
        languageChosen
      }
    }
  }
`);

export function useStoredLanguage(): void {
  const { viewer } = useViewer();
  const { data } = useQuery(StoredLanguageQuery, { skip: viewer?.role !== 'CONTRACTOR' });
  const contractor = data?.viewer?.contractor;
  const chosen = contractor?.languageChosen ? appLanguage(contractor.preferredLanguage) : null;
  useEffect(() => {
    if (!chosen) return;
    rememberLanguage(chosen);
    if (chosen !== currentLanguage()) void switchLanguage(chosen);
  }, [chosen]);
}
