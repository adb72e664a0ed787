// The one action that moves a waiting state on, as a button: the opt-in form for an opt-in that waits
// on the contractor, the payment card (further down their page) for a declined payment or a due one without a card.
import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contractorActionLabel, type ContractorAction } from '@coverline/domain';
import { currentLanguage } from '../../i18n/i18n';

/** The payment card's section on the contractor's page (its heading's id). */
export const PAYMENT_CARD_ANCHOR = 'payment-card';

export function ContractorActionButton({
  action,
  optInUrl,
  jobName,
}: {
  action: ContractorAction;
  /** The contractor's personal link, which opens their opt-in form. */
  optInUrl: string | null;
  /** The assignment it is for, said to screen readers when the page has several. */
  jobName?: string;
}) {
  const { t } = useTranslation();
  const label = contractorActionLabel(action, currentLanguage());
  const forJob = jobName ? <span className="coverline-visually-hidden">{t('assignment.forJob', { jobName })}</span> : null;
  if (action !== 'CONFIRM_OPT_IN') {
    return (
      <Button component="a" href={`#${PAYMENT_CARD_ANCHOR}`} variant="default" w="fit-content">
        {label}
        {forJob}
      </Button>
    );
  }
  if (!optInUrl) return <Text size="sm">{t('assignment.openLatestEmail')}</Text>;
  return (
    <Button component="a" href={optInUrl} w="fit-content">
      {label}
      {forJob}
    </Button>
  );
}
