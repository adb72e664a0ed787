// A new agency's first day: four steps, each a link to where it is done and ticked once it is.
import { Anchor, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'react-router';
import { Section } from '@coverline/ui';
import { graphql } from '../../gql';
import type { SetupChecklist_OverviewFragment } from '../../gql/graphql';

export const SetupChecklist_overview = graphql(`
  fragment SetupChecklist_overview on CompanyOverview {
    setup {
      settingsSaved
      hasFacility
      hasContractors
      hasAssignment
    }
  }
`);

/**
 * Whether the agency is past its first day: it has a facility, contractors and an assignment. The
 * settings step is shown ticked or not while the checklist is up, but does not keep it up by itself
 * (an agency at work may well keep the operator's defaults).
 */
export function isSetUp(overview: SetupChecklist_OverviewFragment): boolean {
  const { setup } = overview;
  return setup.hasFacility && setup.hasContractors && setup.hasAssignment;
}

export function SetupChecklist({ overview }: { overview: SetupChecklist_OverviewFragment }) {
  const { setup } = overview;
  const steps = [
    { key: 'settings', done: setup.settingsSaved, label: 'Review your settings: billing email, who pays, time zone', to: '/settings' },
    { key: 'facility', done: setup.hasFacility, label: 'Add a facility where your contractors work', to: '/facilities' },
    { key: 'contractors', done: setup.hasContractors, label: 'Import your contractors', to: '/contractors/import' },
    { key: 'assignment', done: setup.hasAssignment, label: 'Add a contractor and their first assignment', to: '/contractors/new' },
  ];
  const done = steps.filter((step) => step.done).length;
  return (
    <Section title="Get started" headingId="get-started" description={`${done} of ${steps.length} steps done. Each takes a few minutes.`}>
      <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Setup steps">
        {steps.map((step) => (
          <Group component="li" key={step.key} gap="sm" wrap="nowrap" data-testid={`setup-${step.key}`} data-done={step.done}>
            <ThemeIcon radius="xl" size="md" color={step.done ? 'green.8' : 'gray.3'} aria-hidden="true">
              <Text size="xs" fw={700} c={step.done ? 'white' : 'gray.8'}>
                {step.done ? '✓' : '○'}
              </Text>
            </ThemeIcon>
            <Anchor component={Link} to={step.to}>
              {step.label}
            </Anchor>
            <Text size="sm" fw={step.done ? 700 : 400} c={step.done ? 'dark' : 'gray.7'}>
              {step.done ? 'Done' : 'To do'}
            </Text>
          </Group>
        ))}
      </Stack>
    </Section>
  );
}
