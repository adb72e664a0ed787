// The public check of a certificate number: no sign-in, the facts the certificate states, and its signature.
import { graphql } from '../../gql';

export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($number: String!) {
    verifyCertificate(number: $number) {
      status
      number
      contractorName
      effectiveDate
      endDate
      coverageTypes
      issuedAt
      voidedAt
      holderName
      agencyName
      signatureValid
    }
  }
`);
