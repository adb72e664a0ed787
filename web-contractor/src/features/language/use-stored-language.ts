// The contractor's language as their record keeps it wins over this browser's guess: once signed in on
// a new browser (or one that remembers another choice), the app switches to the language they chose on
// the switcher or signed the opt-in in, and this browser remembers it. A record whose language was never
// chosen leaves the browser's languages to decide. Asked once for each contractor signed in.
import { useEffect } from 'react';
import { requestGraphQL, useSessionViewer } from '@coverline/ui/shell';
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
  const { viewer } = useSessionViewer();
  const contractorId = viewer?.role === 'CONTRACTOR' ? viewer.id : null;
  useEffect(() => {
    if (!contractorId) return;
    let current = true;
    void requestGraphQL(StoredLanguageQuery).then(
      ({ viewer: stored }) => {
        const contractor = stored?.contractor;
        if (!current || !contractor?.languageChosen) return;
        const chosen = appLanguage(contractor.preferredLanguage);
        rememberLanguage(chosen);
        if (chosen !== currentLanguage()) void switchLanguage(chosen);
      },
      // Unanswered, the browser's language stays: nothing the contractor can act on.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [contractorId]);
}
