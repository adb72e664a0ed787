// Sends a file to importContractors with XMLHttpRequest rather than the Apollo link: a 20 MB file
// takes a while to upload, and only XHR reports the upload's progress as it goes.
import { print } from 'graphql';
import { coverlineHttpHeaders } from '@coverline/ui/shell';
import { graphql } from '../../gql';
import type { ImportContractorsMutation } from '../../gql/graphql';

export const ImportContractorsMutationDocument = graphql(`
  mutation ImportContractors($csv: String!, $dryRun: Boolean) {
    importContractors(csv: $csv, dryRun: $dryRun) {
      dryRun
      rows
      imported
      created
      updated
      assignmentsCreated
      errors {
        line
        column
        message
      }
      columns {
        header
        column
        field
      }
      preview {
        line
        action
        firstName
        lastName
        email
        externalId
        workState
        assignmentJobName
      }
    }
  }
`);

export type ImportResult = ImportContractorsMutation['importContractors'];

type Answer = { data?: ImportContractorsMutation | null; errors?: { message: string }[] };

/** Checks (dryRun) or imports `csv`, calling `onProgress` with the share of the file sent so far (0 to 1). */
export function uploadImport(csv: string, dryRun: boolean, onProgress: (sent: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/graphql');
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/json');
    for (const [name, value] of Object.entries(coverlineHttpHeaders('agency'))) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new Error('The file could not be sent: check your connection and try again.'));
    request.onload = () => {
      let answer: Answer;
      try {
        answer = JSON.parse(request.responseText) as Answer;
      } catch {
        reject(new Error(`The server answered ${request.status}: try again in a moment.`));
        return;
      }
      const result = answer.data?.importContractors;
      if (result) resolve(result);
      else reject(new Error(answer.errors?.[0]?.message ?? 'The import did not answer: try again.'));
    };
    request.send(JSON.stringify({ query: print(ImportContractorsMutationDocument), variables: { csv, dryRun } }));
  });
}
