// What a rep should act on now, each with the list that shows exactly those: the Contractors tab
// filtered, or the missing PO numbers.
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { AWAITING_OPT_IN_ATTENTION_DAYS } from '@coverline/domain';
import { Section } from '@coverline/ui';
import { graphql } from '../../gql';
import type { NeedsAttention_OverviewFragment } from '../../gql/graphql';
import { readListParams, writeListParams, type ContractorListParams } from '../contractors/contractor-list-params';
import { formatCount } from './format';

export const NeedsAttention_overview = graphql(`
  fragment NeedsAttention_overview on CompanyOverview {
    needsAttention {
      awaitingOptInOverTwoDays
      declinedPayments
      missingPoNumbers
      categoriesPendingApproval
      contractorsPendingApproval
    }
  }
`);

/** The Contractors tab's URL with one filter set. */
function contractorsHref(filter: Partial<ContractorListParams>): string {
  return `/contractors?${writeListParams({ ...readListParams(new URLSearchParams()), ...filter }).toString()}`;
}

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

export function NeedsAttention({ overview }: { overview: NeedsAttention_OverviewFragment }) {
  const attention = overview.needsAttention;
  const items = [
    {
      key: 'awaiting-opt-in',
      count: attention.awaitingOptInOverTwoDays,
      text: `${plural(attention.awaitingOptInOverTwoDays, 'contractor has', 'contractors have')} not opted in after more than ${AWAITING_OPT_IN_ATTENTION_DAYS} days`,
      href: contractorsHref({ awaitingOptInDays: AWAITING_OPT_IN_ATTENTION_DAYS }),
    },
    {
      key: 'declined-payments',
      count: attention.declinedPayments,
      text: `${plural(attention.declinedPayments, 'contractor has', 'contractors have')} a declined payment`,
      href: contractorsHref({ coverageStatus: 'PAYMENT_DECLINED' }),
    },
    {
      key: 'missing-po-numbers',
      count: attention.missingPoNumbers,
      text: `${plural(attention.missingPoNumbers, 'assignment is', 'assignments are')} missing a PO number`,
      href: '/assignments/missing-po',
    },
    {
      key: 'pending-approval',
      count: attention.categoriesPendingApproval,
      text: `${plural(attention.categoriesPendingApproval, 'job category is', 'job categories are')} pending approval (${plural(attention.contractorsPendingApproval, 'contractor', 'contractors')} waiting)`,
      href: contractorsHref({ coverageStatus: 'PENDING_APPROVAL' }),
    },
  ];
  const open = items.filter((item) => item.count > 0);
  return (
    <Section title="Needs attention" headingId="needs-attention" description="What to act on now, whatever the date range.">
      {open.length === 0 ? (
        <Text size="sm">Nothing needs your attention right now.</Text>
      ) : (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {open.map((item) => (
            <Group component="li" key={item.key} gap="sm" wrap="nowrap" align="flex-start" data-testid={`attention-${item.key}`}>
              <Badge color="#8a3106" variant="filled" miw={40} style={{ flexShrink: 0 }} aria-hidden="true">
                {formatCount(item.count)}
              </Badge>
              <Anchor component={Link} to={item.href} size="sm">
                {item.text}
              </Anchor>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}
