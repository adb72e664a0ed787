// Around every page of the contractor app: the shared components say their own words (skip link,
// Sign out, Try again, certificate links…) in the contractor's language: their own English, or the
// Spanish catalog's `ui` words. Signed in, that language is the one their record keeps, when they chose one.
import { useMemo } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ENGLISH_UI_LABELS, UiLabelsProvider, type UiLabels } from '@coverline/ui';
import { contractorErrorMessage } from '../../i18n/contractor-errors';
import { useStoredLanguage } from './use-stored-language';

/** The shared components' words from the Spanish catalog (English has its own, ENGLISH_UI_LABELS). */
function catalogUiLabels(t: TFunction): UiLabels {
  return {
    skipToMainContent: t('ui.skipToMainContent'),
    signOut: t('ui.signOut'),
    openNavigation: t('ui.openNavigation'),
    closeNavigation: t('ui.closeNavigation'),
    mainNavigation: t('ui.mainNavigation'),
    loading: t('ui.loading'),
    close: t('ui.close'),
    goBack: t('ui.goBack'),
    somethingWentWrong: t('ui.somethingWentWrong'),
    tryAgain: t('ui.tryAgain'),
    pageCouldNotLoad: t('ui.pageCouldNotLoad'),
    thatDidNotWork: t('ui.thatDidNotWork'),
    pageNotFound: t('ui.pageNotFound'),
    pageNotFoundDescription: t('ui.pageNotFoundDescription'),
    forAgency: (agencyName) => t('ui.forAgency', { agencyName }),
    askYourAgency: (agencyName) => (agencyName ? t('ui.askAgency', { agencyName }) : t('ui.askTheAgency')),
    checkYourEmail: t('ui.checkYourEmail'),
    chooseAState: t('ui.chooseAState'),
    certificateNumber: (number) => t('ui.certificateNumber', { number }),
    downloadPdf: t('ui.downloadPdf'),
    ofCertificate: (number) => t('ui.ofCertificate', { number }),
    verify: t('ui.verify'),
    verifyCertificate: (number) => t('ui.verifyCertificate', { number }),
    replacedBy: (number) => t('ui.replacedBy', { number }),
    voidBadge: t('ui.voidBadge'),
    roleLabel: (role) => (role === 'CONTRACTOR' ? t('ui.contractorRole') : ENGLISH_UI_LABELS.roleLabel(role)),
    errorMessage: contractorErrorMessage,
  };
}

export function ContractorRoot() {
  useStoredLanguage();
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  // t is a new function after each language switch, so the labels follow it.
  const labels = useMemo(() => (english ? ENGLISH_UI_LABELS : catalogUiLabels(t)), [t, english]);
  return (
    <UiLabelsProvider labels={labels}>
      <Outlet />
    </UiLabelsProvider>
  );
}
