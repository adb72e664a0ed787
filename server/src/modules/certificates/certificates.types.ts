import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { CERTIFICATE_STATUSES, type CertificateStatus, type CoverageType } from '@coverline/domain';
import { CoverageTypeEnum } from '../../graphql/enums.js';

export const CertificateStatusEnum = { VALID: 'VALID', VOID: 'VOID' } as const satisfies Record<CertificateStatus, CertificateStatus>;
registerEnumType(CertificateStatusEnum, { name: 'CertificateStatus', description: 'A certificate is VALID until voided; it is never edited.' });

export const CERTIFICATE_VERIFICATION_STATUSES = [...CERTIFICATE_STATUSES, 'NOT_FOUND'] as const;
export type CertificateVerificationStatus = (typeof CERTIFICATE_VERIFICATION_STATUSES)[number];
export const CertificateVerificationStatusEnum = { VALID: 'VALID', VOID: 'VOID', NOT_FOUND: 'NOT_FOUND' } as const satisfies Record<
  CertificateVerificationStatus,
  CertificateVerificationStatus
>;
registerEnumType(CertificateVerificationStatusEnum, { name: 'CertificateVerificationStatus' });

@ObjectType({ description: 'The certificate of insurance (COI) of one covered assignment.' })
export class Certificate {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The public number printed on the certificate, e.g. CL-2026-7K3Q-X9MD-4TRE-8HJW (80 random bits; numbers issued before, e.g. CL-2026-7K3QX9MD, stay valid).' }) number!: string;
  @Field(() => CertificateStatusEnum) status!: CertificateStatus;
  @Field(() => GraphQLDateTime) issuedAt!: Date;
  @Field(() => String, { description: 'The PDF; served only to a viewer allowed to see the assignment.' }) downloadUrl!: string;
  @Field(() => String, { description: 'The public page that checks this number: anyone holding the certificate may open it.' }) verifyUrl!: string;
}

@ObjectType({ description: 'What a certificate number stands for, for anyone who holds one. Every fact but status is null when NOT_FOUND.' })
export class CertificateVerification {
  @Field(() => CertificateVerificationStatusEnum) status!: CertificateVerificationStatus;
  @Field(() => String, { nullable: true }) number!: string | null;
  @Field(() => String, { nullable: true, description: 'The insured contractor.' }) contractorName!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) effectiveDate!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) endDate!: string | null;
  @Field(() => [CoverageTypeEnum], { nullable: true }) coverageTypes!: CoverageType[] | null;
  @Field(() => GraphQLDateTime, { nullable: true }) issuedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) voidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The certificate holder: the facility, else the client.' }) holderName!: string | null;
  @Field(() => String, { nullable: true, description: 'The agency that placed the contractor.' }) agencyName!: string | null;
  @Field(() => Boolean, { description: "Whether the certificate's Ed25519 signature checks out against its recorded content." })
  signatureValid!: boolean;
}
