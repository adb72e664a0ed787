// "English / Español" on every page of the contractor app. The choice is remembered on this browser
// and, once the contractor is signed in, on their record, so the emails they get follow it.
import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '@coverline/domain';
import { requestGraphQL, useSessionViewer } from '@coverline/ui/shell';
import { graphql } from '../../gql';
import { apiLanguage } from '../../i18n/api-language';
import { currentLanguage, rememberLanguage, switchLanguage } from '../../i18n/i18n';

const SetContractorLanguageMutation = graphql(`
  mutation SetContractorLanguage($language: Language!) {
    setContractorLanguage(language: $language) {
      id
      preferredLanguage
      languageChosen
    }
  }
`);

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { viewer } = useSessionViewer();
  const [switching, setSwitching] = useState<Language | null>(null);
  const current = currentLanguage();

  const choose = async (language: Language) => {
    rememberLanguage(language);
    setSwitching(language);
    try {
      await switchLanguage(language);
    } finally {
      setSwitching(null);
    }
    // The page has switched whatever the server answers; a failed save only leaves their emails as they were.
    if (viewer?.role === 'CONTRACTOR') void requestGraphQL(SetContractorLanguageMutation, { language: apiLanguage(language) }).catch(() => undefined);
  };

  return (
    <Group component="nav" aria-label={t('language.switcher')} gap={2} wrap="nowrap">
      {LANGUAGES.map((language, index) => (
        <Group key={language} gap={2} wrap="nowrap">
          {index > 0 ? (
            <Text component="span" c="dimmed" aria-hidden="true">
              /
            </Text>
          ) : null}
          <Button
            lang={language}
            size="compact-sm"
            variant={language === current ? 'filled' : 'subtle'}
            aria-pressed={language === current}
            loading={switching === language}
            onClick={() => void choose(language)}
          >
            {LANGUAGE_NAMES[language]}
          </Button>
        </Group>
      ))}
    </Group>
  );
}
