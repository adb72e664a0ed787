// "+ Add job assignment" from a contractor's profile: the form with everything it offers to choose;
// started from the Job Codes tab's budget, the form begins with the budget's choices (see
// assignment-prefill).
import { useQuery } from '@apollo/client/react';
import { Button, Stack } from '@mantine/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorAlert, LoadingIndicator, PageHeader } from '@coverline/ui';
import { graphql } from '../gql';
import { BackLink } from '../components/BackLink';
import { NewAssignmentForm } from '../features/assignments/NewAssignmentForm';
import { prefilledFormValues, readPrefill } from '../features/job-codes/assignment-prefill';
import type { ContractorProfileState } from './contractor-profile';

const NewAssignmentRouteQuery = graphql(`
  query NewAssignmentRoute($contractorId: ID!, $pickerSize: Int!) {
    contractor(id: $contractorId) {
      id
      firstName
      lastName
      workState
    }
    jobCategoryConnection(status: APPROVED, first: $pickerSize) {
      edges {
        node {
          id
          status
          coverageTypes
          workState
          jobCode {
            id
            code
            title
          }
        }
      }
    }
    jobCodes {
      id
      code
      title
    }
    viewer {
      id
      agency {
        id
        name
        settings {
          defaultPayer
          timeZone
          generalLiability {
            required
            eachOccurrenceCents
            aggregateCents
          }
          workersCompensation {
            required
            employersLiabilityEachAccidentCents
            employersLiabilityDiseaseEachEmployeeCents
            employersLiabilityDiseasePolicyLimitCents
          }
        }
      }
    }
    masterPolicyLimits {
      generalLiability {
        eachOccurrenceCents
        aggregateCents
      }
      workersCompensation {
        employersLiabilityEachAccidentCents
        employersLiabilityDiseaseEachEmployeeCents
        employersLiabilityDiseasePolicyLimitCents
      }
    }
  }
`);

// The job category picker offers one page of the largest size: more approved categories than an agency has today.
const PICKER_SIZE = 200;

export function NewAssignmentRoute() {
  const { contractorId = '' } = useParams();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(NewAssignmentRouteQuery, { variables: { contractorId, pickerSize: PICKER_SIZE } });
  const profilePath = `/contractors/${contractorId}`;

  if (!data && loading) return <LoadingIndicator label="Loading the form" />;
  if (!data && error) return <ErrorAlert error={error} title="The form could not load" onRetry={() => void refetch()} />;
  const contractor = data?.contractor;
  const agency = data?.viewer?.agency;
  if (!data || !contractor || !agency) {
    return (
      <Stack gap="md" align="flex-start">
        <PageHeader title="Contractor not found" description="There is no contractor of your agency at this address." />
        <Button component={Link} to="/contractors">
          Back to contractors
        </Button>
      </Stack>
    );
  }

  const approved = data.jobCategoryConnection.edges.map((edge) => edge.node);
  const jobCodes = [...data.jobCodes].sort((a, b) => a.title.localeCompare(b.title));
  const prefill = readPrefill(searchParams);

  return (
    <Stack gap="lg" maw={1120}>
      <PageHeader
        back={<BackLink to={profilePath}>{contractor.firstName} {contractor.lastName}</BackLink>}
        title="Add job assignment"
        description={`A new assignment for ${contractor.firstName} ${contractor.lastName}. If its job category, coverage and work state match an earlier opt-in, ${contractor.firstName} has nothing to do.`}
      />
      <NewAssignmentForm
        contractor={contractor}
        agency={{
          name: agency.name,
          defaultPayer: agency.settings.defaultPayer,
          timeZone: agency.settings.timeZone,
          requirements: { generalLiability: agency.settings.generalLiability, workersCompensation: agency.settings.workersCompensation },
          provided: data.masterPolicyLimits,
        }}
        approvedCategories={approved}
        jobCodes={jobCodes}
        initialValues={prefill ? prefilledFormValues(prefill, approved) : undefined}
        onCancel={() => void navigate(profilePath)}
        onCreated={(notice) =>
          void navigate(profilePath, { state: { created: notice } satisfies ContractorProfileState })
        }
      />
    </Stack>
  );
}
