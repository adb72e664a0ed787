// The frame of every Compliance Hub page: the facility on screen (chosen by the switcher, a shared
// link or the last visit) as the page's title, what the page is for, and the switcher for people who
// oversee more than one facility. The page's content is drawn for that facility.
import type { ReactNode } from 'react';
import { Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@coverline/ui';
import { usePageTitle, useSignedInViewer, type Viewer } from '@coverline/ui/shell';
import { FacilitySwitcher } from './FacilitySwitcher';
import { useSelectedFacility } from './use-selected-facility';

type FacilityOption = Viewer['facilities'][number];

export function FacilityPage({
  section,
  description,
  children,
}: {
  /** Named in the browser tab before the facility, e.g. "Team"; none for the main page. */
  section?: string;
  description: ReactNode;
  children: (facility: FacilityOption, facilities: readonly FacilityOption[]) => ReactNode;
}) {
  const viewer = useSignedInViewer();
  const { facility, selectFacility } = useSelectedFacility(viewer.facilities);
  usePageTitle(facility ? `${section ? `${section} · ` : ''}${facility.name}` : null);

  if (!facility) {
    return (
      <Stack gap="sm">
        <Title order={1}>No facilities yet</Title>
        <Text>
          Your account does not give access to any facility yet. Ask your staffing partner to invite you to the
          facilities you oversee.
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title={facility.name}
        description={description}
        actions={
          viewer.facilities.length > 1 ? <FacilitySwitcher facilities={viewer.facilities} selectedId={facility.id} onSelect={selectFacility} /> : null
        }
      />
      {children(facility, viewer.facilities)}
    </Stack>
  );
}
