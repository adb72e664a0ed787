// "Add job assignment" (the repeat-contractor flow): an approved job category or a new one for
// approval, the client and job, dates and wage, who pays; the premium shows before Create, and a
// choice of coverage that misses the agency's requirements says which before it is sent.
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Grid,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { COVERAGE_TYPES, COVERAGE_TYPE_LABELS, addYears, isIsoDate, todayInTimeZone } from '@coverline/domain';
import { ErrorAlert, UsStateSelect, applyGraphQLError, formatDate } from '@coverline/ui';
import { graphql } from '../../gql';
import type { CoverageType, CreateAssignmentInput } from '../../gql/graphql';
import { validationResolver } from '@coverline/ui';
import type { CreatedAssignmentNotice } from './AssignmentCreatedAlert';
import {
  chosenCoverageTypes,
  emptyAssignmentForm,
  formFieldFor,
  premiumEstimateInput,
  toCreateAssignmentInput,
  unmetRequirementsOf,
  type AssignmentFormAgency,
  type AssignmentFormValues,
} from './assignment-form';
import { FacilityPicker } from './FacilityPicker';
import { PremiumEstimate } from './PremiumEstimate';
import { jobCategoryLabel } from './words';

const CreateAssignmentMutation = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
      ...AssignmentCard_assignment
    }
  }
`);

/** Server fields whose messages belong next to an input (see formFieldFor). */
const SERVER_FIELDS = [
  'jobCategoryId',
  'jobCodeId',
  'newJobCategory.jobCodeId',
  'newJobCategory.coverageTypes',
  'newJobCategory.workState',
  'clientEntity',
  'jobName',
  'description',
  'effectiveDate',
  'endDate',
  'wageCents',
  'payer',
  'facilityId',
  'poNumber',
] as const;

export interface NewAssignmentFormProps {
  contractor: { id: string; firstName: string; workState: string | null };
  agency: AssignmentFormAgency;
  approvedCategories: readonly {
    id: string;
    coverageTypes: readonly CoverageType[];
    workState: string;
    jobCode: { title: string };
  }[];
  jobCodes: readonly { id: string; code: string; title: string }[];
  /** First values over the empty form's, e.g. a budget from the Job Codes tab. */
  initialValues?: Partial<AssignmentFormValues>;
  onCreated: (notice: CreatedAssignmentNotice) => void;
  onCancel: () => void;
}

function SectionCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="md">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** "America/Los_Angeles" → "Los Angeles": the zone as the hint names it. */
function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

export function NewAssignmentForm({
  contractor,
  agency,
  approvedCategories,
  jobCodes,
  initialValues,
  onCreated,
  onCancel,
}: NewAssignmentFormProps) {
  const formId = useId();
  const today = useMemo(() => todayInTimeZone(agency.timeZone), [agency.timeZone]);
  const [formError, setFormError] = useState<string | null>(null);
  const [createAssignment] = useMutation(CreateAssignmentMutation);

  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AssignmentFormValues, unknown, CreateAssignmentInput>({
    defaultValues: {
      ...emptyAssignmentForm({
        hasApprovedCategories: approvedCategories.length > 0,
        workState: contractor.workState,
        defaultPayer: agency.defaultPayer,
      }),
      ...initialValues,
    },
    resolver: (values, context, options) =>
      validationResolver<AssignmentFormValues, CreateAssignmentInput>(
        (v) => toCreateAssignmentInput(v, contractor.id, todayInTimeZone(agency.timeZone), unmetRequirementsOf(
            chosenCoverageTypes({ categoryMode: v.categoryMode, jobCategoryId: v.jobCategoryId, proposedCoverageTypes: v.newJobCategory.coverageTypes }, approvedCategories),
            agency,
          ),
        ),
        (path) => formFieldFor(path, values.categoryMode),
      )(values, context, options),
  });

  const watched = useWatch({ control });
  const mode = watched.categoryMode ?? 'APPROVED';
  const proposedCoverageTypes = (watched.newJobCategory?.coverageTypes ?? []).filter((type) => type !== undefined);
  const estimateInput = premiumEstimateInput({
    categoryMode: mode,
    jobCategoryId: watched.jobCategoryId ?? '',
    jobCodeId: watched.newJobCategory?.jobCodeId ?? '',
    coverageTypes: proposedCoverageTypes,
    workState: watched.newJobCategory?.workState ?? '',
    wage: watched.wage ?? '',
  });
  const effectiveDate = watched.effectiveDate ?? '';
  const payerSentence =
    watched.payer === 'CONTRACTOR' ? `${contractor.firstName} pays this premium by card.` : `${agency.name} pays this premium (invoiced by PO number).`;
  // Shown as soon as the coverage is chosen, in the words the server would refuse it with.
  const unmetSentences = unmetRequirementsOf(
    chosenCoverageTypes({ categoryMode: mode, jobCategoryId: watched.jobCategoryId ?? '', proposedCoverageTypes }, approvedCategories),
    agency,
  )
    .map((problem) => problem.message)
    .join(' ');

  const onSubmit = handleSubmit(async (input) => {
    setFormError(null);
    try {
      const { data } = await createAssignment({
        variables: { input },
        // Coverage and opt-in statuses moved: lists and counts are asked again when next shown.
        update: (cache) => {
          cache.evict({ fieldName: 'contractors' });
          cache.evict({ id: cache.identify({ __typename: 'Contractor', id: contractor.id }), fieldName: 'assignments' });
        },
      });
      const created = data?.createAssignment;
      if (created) {
        onCreated({
          jobName: created.jobName,
          status: created.status,
          statusLabel: created.statusLabel,
          nextStep: created.nextStep,
        });
      }
    } catch (error) {
      setFormError(
        applyGraphQLError(error, SERVER_FIELDS, (field, message) => {
          const formField = formFieldFor(field, mode);
          if (formField) setError(formField as keyof AssignmentFormValues, { message });
        }),
      );
    }
  });

  const categoryOptions = [
    { value: '', label: 'Choose a job category' },
    ...approvedCategories.map((category) => ({ value: category.id, label: jobCategoryLabel(category) })),
  ];
  const jobCodeOptions = [
    { value: '', label: 'Choose a job code' },
    ...jobCodes.map((code) => ({ value: code.id, label: code.title })),
  ];

  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <form id={formId} onSubmit={onSubmit} noValidate>
          <Stack gap="lg">
            {formError ? <ErrorAlert title="The assignment was not created" message={formError} /> : null}

            <SectionCard title="Job category">
              <Controller
                control={control}
                name="categoryMode"
                render={({ field }) => (
                  <Radio.Group label="Job category type" value={field.value} onChange={field.onChange} name={field.name}>
                    <Stack gap="sm" mt="xs">
                      <Radio
                        value="APPROVED"
                        label="Approved job category"
                        description="The job code, coverage types and work state match one of your approved combinations."
                        disabled={approvedCategories.length === 0}
                      />
                      <Radio
                        value="NEW"
                        label="Create a new job category for approval"
                        description="Something changed: the job code, the coverage types or the work state."
                      />
                    </Stack>
                  </Radio.Group>
                )}
              />

              {mode === 'APPROVED' ? (
                <NativeSelect
                  label="Approved category"
                  description="Job code · coverage types · work state"
                  data={categoryOptions}
                  error={errors.jobCategoryId?.message ?? (unmetSentences || undefined)}
                  {...register('jobCategoryId')}
                />
              ) : (
                <Stack gap="md">
                  <NativeSelect
                    label="Job code"
                    data={jobCodeOptions}
                    error={errors.newJobCategory?.jobCodeId?.message}
                    {...register('newJobCategory.jobCodeId')}
                  />
                  <Controller
                    control={control}
                    name="newJobCategory.coverageTypes"
                    render={({ field }) => (
                      <Checkbox.Group
                        label="Coverage types"
                        value={field.value}
                        onChange={(value) => field.onChange(value)}
                        error={errors.newJobCategory?.coverageTypes?.message ?? (unmetSentences || undefined)}
                      >
                        <Group gap="lg" mt="xs">
                          {COVERAGE_TYPES.map((type) => (
                            <Checkbox key={type} value={type} label={COVERAGE_TYPE_LABELS[type]} />
                          ))}
                        </Group>
                      </Checkbox.Group>
                    )}
                  />
                  <UsStateSelect
                    label="Work state"
                    error={errors.newJobCategory?.workState?.message}
                    {...register('newJobCategory.workState')}
                  />
                  <Alert color="violet" variant="light" title="Waits for approval">
                    Coverline reviews new job categories before coverage can start. The assignment is saved as
                    pending approval, and {contractor.firstName} is contacted once it is approved.
                  </Alert>
                </Stack>
              )}
            </SectionCard>

            <SectionCard title="Client and job">
              <TextInput
                label="Client entity"
                description="The ultimate client or campaign, e.g. Meta, Google or Adobe."
                autoComplete="off"
                error={errors.clientEntity?.message}
                {...register('clientEntity')}
              />
              <TextInput
                label="Job name"
                description="The assignment's name or the contractor's role, e.g. Spokesperson / Influencer."
                autoComplete="off"
                error={errors.jobName?.message}
                {...register('jobName')}
              />
              <Textarea
                label="Description"
                description="2–3 sentences about the work the contractor will do."
                autosize
                minRows={3}
                maxRows={8}
                error={errors.description?.message}
                {...register('description')}
              />
            </SectionCard>

            <SectionCard title="Dates and wage">
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <TextInput
                  type="date"
                  label="Effective date"
                  description={`Today (${formatDate(today)} in ${zoneCity(agency.timeZone)}) or later: never retroactive.`}
                  min={today}
                  error={errors.effectiveDate?.message}
                  {...register('effectiveDate')}
                />
                <TextInput
                  type="date"
                  label="End date"
                  description="On or after the effective date, at most one year later."
                  min={isIsoDate(effectiveDate) ? effectiveDate : today}
                  max={isIsoDate(effectiveDate) ? addYears(effectiveDate, 1) : addYears(today, 1)}
                  error={errors.endDate?.message}
                  {...register('endDate')}
                />
              </SimpleGrid>
              <TextInput
                label="Wage"
                description="The contractor's fee for this assignment, in US dollars."
                leftSection={<Text span c="gray.7" aria-hidden="true">$</Text>}
                inputMode="decimal"
                autoComplete="off"
                placeholder="0.00"
                error={errors.wage?.message}
                maw={280}
                {...register('wage')}
              />
            </SectionCard>

            <SectionCard title="Payment and billing">
              <Controller
                control={control}
                name="payer"
                render={({ field }) => (
                  <Radio.Group
                    label="Who pays the premium"
                    description="Your agency's default is preselected (Settings)."
                    value={field.value}
                    onChange={field.onChange}
                    name={field.name}
                    error={errors.payer?.message}
                  >
                    <Group gap="lg" mt="xs">
                      <Radio value="AGENCY" label={`${agency.name} pays`} />
                      <Radio value="CONTRACTOR" label="The contractor pays" />
                    </Group>
                  </Radio.Group>
                )}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Controller
                  control={control}
                  name="facilityId"
                  render={({ field }) => <FacilityPicker value={field.value ?? ''} onChange={field.onChange} onBlur={field.onBlur} error={errors.facilityId?.message} />}
                />
                <TextInput
                  label="PO number (optional)"
                  description="One PO number per campaign is recommended."
                  autoComplete="off"
                  error={errors.poNumber?.message}
                  {...register('poNumber')}
                />
              </SimpleGrid>
            </SectionCard>
          </Stack>
        </form>
      </Grid.Col>

      <Grid.Col span={{ base: 12, md: 4 }} style={{ position: 'sticky', top: 80 }}>
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <Title order={2} size="h4">
              Premium
            </Title>
            <PremiumEstimate input={estimateInput} payerSentence={payerSentence} />
            <Stack gap="xs" mt="xs">
              <Button type="submit" form={formId} loading={isSubmitting} fullWidth>
                Create
              </Button>
              <Button variant="default" onClick={onCancel} fullWidth disabled={isSubmitting}>
                Cancel
              </Button>
            </Stack>
            <Text size="xs" c="dimmed">
              After Create, Coverline tells you what happens next: approval, an opt-in link, a payment notice or
              coverage right away.
            </Text>
          </Stack>
        </Card>
      </Grid.Col>
    </Grid>
  );
}
