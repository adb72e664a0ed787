// "Was this contractor covered here on that day?" — for a past audit question or a shift tomorrow.
import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { CertificateLink, ErrorAlert, applyGraphQLError, formatDate, formatDateRange } from '@coverline/ui';
import { ACCESSIBLE_CALENDAR_PROPS } from '@coverline/ui/dates';
import { graphql } from '../../gql';

const ClearedToWorkQuery = graphql(`
  query ClearedToWork($facilityId: ID!, $contractor: String!, $date: String!) {
    clearedToWork(facilityId: $facilityId, contractor: $contractor, date: $date) {
      cleared
      contractorName
      date
      note
      certificate {
        number
        downloadUrl
        effectiveDate
        endDate
      }
    }
  }
`);

export function ClearedToWorkCheck({ facility }: { facility: { id: string; name: string } }) {
  const [contractor, setContractor] = useState('');
  const [date, setDate] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ contractor?: string; date?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [check, { data, loading }] = useLazyQuery(ClearedToWorkQuery, { fetchPolicy: 'network-only' });
  const answer = data?.clearedToWork;

  const submit = async () => {
    const errors = { contractor: contractor.trim() ? undefined : 'Enter a name or an email.', date: date ? undefined : 'Choose a date.' };
    setFieldErrors(errors);
    setFormError(null);
    if (errors.contractor || errors.date || !date) return;
    try {
      await check({ variables: { facilityId: facility.id, contractor: contractor.trim(), date } });
    } catch (error) {
      setFormError(applyGraphQLError(error, ['contractor', 'date'] as const, (field, message) => setFieldErrors((current) => ({ ...current, [field]: message }))));
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="cleared-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Stack gap={4}>
            <Text id="cleared-heading" fw={700} component="h2" size="md" m={0}>
              Cleared to work?
            </Text>
            <Text size="sm" c="dimmed">
              Check whether a contractor was, or will be, covered at {facility.name} on a given day.
            </Text>
          </Stack>
          <Group align="flex-start" gap="md" grow>
            <TextInput label="Contractor name or email" value={contractor} onChange={(event) => setContractor(event.currentTarget.value)} error={fieldErrors.contractor} />
            <DateInput
              label="Date"
              placeholder="MM/DD/YYYY"
              valueFormat="MM/DD/YYYY"
              value={date}
              onChange={setDate}
              error={fieldErrors.date}
              {...ACCESSIBLE_CALENDAR_PROPS}
            />
          </Group>
          <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
            Check
          </Button>
          {formError ? <ErrorAlert title="The check did not run" message={formError} /> : null}
          {answer ? (
            <Alert
              role="status"
              color={answer.cleared ? 'green' : 'orange'}
              variant="light"
              title={answer.cleared ? `Cleared: ${answer.contractorName ?? contractor} was covered on ${formatDate(answer.date)}` : `Not cleared for ${formatDate(answer.date)}`}
            >
              <Stack gap="xs">
                {answer.note ? <Text size="sm">{answer.note}</Text> : null}
                {answer.certificate ? (
                  <>
                    <Text size="sm">Coverage {formatDateRange(answer.certificate.effectiveDate, answer.certificate.endDate)}</Text>
                    <CertificateLink number={answer.certificate.number} downloadUrl={answer.certificate.downloadUrl} />
                  </>
                ) : null}
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
