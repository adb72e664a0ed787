import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Can } from '../../access/policy.js';
import type { Context } from '../../graphql/context.js';
import { verifyCertificate } from './certificates.service.js';
import { CertificateVerification } from './certificates.types.js';

@Resolver()
export class CertificatesResolver {
  @Can('certificate:verify')
  @Query(() => CertificateVerification, {
    description:
      'Public, no sign-in: whether a certificate number is VALID, VOID or NOT_FOUND, what it certifies, and whether its signature holds. At most 120 checks per address in 15 minutes (then RATE_LIMITED); a number of more than 64 characters is BAD_USER_INPUT.',
  })
  verifyCertificate(@Ctx() ctx: Context, @Arg('number', () => String) number: string): Promise<CertificateVerification> {
    return verifyCertificate(ctx.access, number);
  }
}
