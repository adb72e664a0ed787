// zod's mini API, whose functions a bundler leaves out when unused: these schemas are all the sign-in,
// forgot-password and reset pages validate, and with the classic API (its methods carry every check
// and the JSON-schema code) they would download 20 kB of zod instead of 5 (decision 0041).
import { z } from 'zod/mini';

const EMAIL_MESSAGE = 'Enter a valid email address';

/** Trimmed, lower-cased, valid email address of at most 254 characters. */
export const emailSchema = z.pipe(
  z.string({ error: EMAIL_MESSAGE }).check(z.trim(), z.toLowerCase(), z.maxLength(254, { error: EMAIL_MESSAGE })),
  z.email({ error: EMAIL_MESSAGE }),
);

export const loginInputSchema = z.object({
  email: emailSchema,
  password: z.string({ error: 'Enter your password' }).check(z.minLength(1, { error: 'Enter your password' }), z.maxLength(200, { error: 'Use at most 200 characters' })),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

/** A new password: 12 to 200 characters. */
export const passwordSchema = z
  .string({ error: 'Use at least 12 characters' })
  .check(z.minLength(12, { error: 'Use at least 12 characters' }), z.maxLength(200, { error: 'Use at most 200 characters' }));

const confirmPasswordSchema = z.string({ error: 'Passwords do not match' });

const passwordsMatch = (input: { password: string; confirmPassword: string }) => input.confirmPassword === input.password;

/**
 * A new password typed twice must match. A mismatch is reported even when another field (e.g. the
 * name) is invalid, so a form shows every problem at once; it is skipped only when the two password
 * fields are not even strings.
 */
const PASSWORD_MISMATCH = {
  path: ['confirmPassword'],
  error: 'Passwords do not match',
  when: (payload: { value: unknown }) => {
    const value = payload.value as { password?: unknown; confirmPassword?: unknown } | null;
    return typeof value === 'object' && value !== null && typeof value.password === 'string' && typeof value.confirmPassword === 'string';
  },
};

export const acceptInvitationSchema = z
  .object({
    name: z
      .string({ error: 'Enter your name' })
      .check(z.trim(), z.minLength(1, { error: 'Enter your name' }), z.maxLength(120, { error: 'Use at most 120 characters' })),
    password: passwordSchema,
    confirmPassword: confirmPasswordSchema,
  })
  .check(z.refine(passwordsMatch, PASSWORD_MISMATCH));
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const magicLinkRequestSchema = z.object({ email: emailSchema });
export type MagicLinkRequest = z.infer<typeof magicLinkRequestSchema>;

/** The forgot-password form: only an email (the answer is the same whether or not it has an account). */
export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequest = z.infer<typeof passwordResetRequestSchema>;

/** A signed-out contractor asking for their link: only an email (the answer is the same whether or not it is a contractor's). */
export const contractorLinkRequestSchema = z.object({ email: emailSchema });
export type ContractorLinkRequest = z.infer<typeof contractorLinkRequestSchema>;

/** The reset-password form: the new password twice, under the same rules as an invitation's. */
export const resetPasswordSchema = z.object({ password: passwordSchema, confirmPassword: confirmPasswordSchema }).check(z.refine(passwordsMatch, PASSWORD_MISMATCH));
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
