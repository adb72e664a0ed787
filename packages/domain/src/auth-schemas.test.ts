import { describe, expect, it } from 'vitest';
import {
  acceptInvitationSchema,
  emailSchema,
  loginInputSchema,
  magicLinkRequestSchema,
  passwordResetRequestSchema,
  passwordSchema,
  resetPasswordSchema,
} from './auth-schemas';

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('emailSchema', () => {
  it('trims and lower-cases', () => {
    expect(emailSchema.parse('  Ana.Lopez@Example.COM ')).toBe('ana.lopez@example.com');
  });

  it.each(['', '   ', 'ana', 'ana@', '@example.com', 'ana@example', 'ana lopez@example.com', 'ana@@example.com'])(
    'refuses %j',
    (value) => {
      expect(messages(emailSchema.safeParse(value))).toEqual([{ path: '', message: 'Enter a valid email address' }]);
    },
  );

  it('refuses addresses longer than 254 characters', () => {
    const tooLong = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.com`; // 260 characters
    expect(tooLong.length).toBe(260);
    const result = emailSchema.safeParse(tooLong);
    expect(result.success).toBe(false);
    expect(result.error?.issues.every((i) => i.message === 'Enter a valid email address')).toBe(true);
    expect(emailSchema.safeParse(`${'a'.repeat(60)}@${'b'.repeat(60)}.com`).success).toBe(true);
  });

  it('refuses a non-string', () => {
    expect(messages(emailSchema.safeParse(42))).toEqual([{ path: '', message: 'Enter a valid email address' }]);
  });
});

describe('loginInputSchema', () => {
  it('accepts an email and a password, normalising the email', () => {
    expect(loginInputSchema.parse({ email: ' Ops@Coverline.TEST', password: 'x' })).toEqual({
      email: 'ops@coverline.test',
      password: 'x',
    });
  });

  it('asks for the password', () => {
    expect(messages(loginInputSchema.safeParse({ email: 'a@b.co', password: '' }))).toEqual([
      { path: 'password', message: 'Enter your password' },
    ]);
    expect(messages(loginInputSchema.safeParse({ email: 'a@b.co' }))).toEqual([
      { path: 'password', message: 'Enter your password' },
    ]);
  });

  it('refuses an overlong password and a bad email', () => {
    expect(loginInputSchema.safeParse({ email: 'a@b.co', password: 'x'.repeat(201) }).success).toBe(false);
    expect(loginInputSchema.safeParse({ email: 'a@b.co', password: 'x'.repeat(200) }).success).toBe(true);
    expect(messages(loginInputSchema.safeParse({ email: 'nope', password: 'x' }))).toEqual([
      { path: 'email', message: 'Enter a valid email address' },
    ]);
  });
});

describe('passwordSchema', () => {
  it('needs 12 to 200 characters', () => {
    expect(passwordSchema.safeParse('a'.repeat(12)).success).toBe(true);
    expect(passwordSchema.safeParse('a'.repeat(200)).success).toBe(true);
    expect(messages(passwordSchema.safeParse('a'.repeat(11)))).toEqual([
      { path: '', message: 'Use at least 12 characters' },
    ]);
    expect(passwordSchema.safeParse('a'.repeat(201)).success).toBe(false);
  });
});

describe('acceptInvitationSchema', () => {
  const good = { name: '  Ana Lopez ', password: 'correct horse battery', confirmPassword: 'correct horse battery' };

  it('accepts matching passwords and trims the name', () => {
    expect(acceptInvitationSchema.parse(good)).toEqual({ ...good, name: 'Ana Lopez' });
  });

  it('reports a mismatch on confirmPassword', () => {
    expect(messages(acceptInvitationSchema.safeParse({ ...good, confirmPassword: 'correct horse battery!' }))).toEqual([
      { path: 'confirmPassword', message: 'Passwords do not match' },
    ]);
  });

  it('asks for a name', () => {
    expect(messages(acceptInvitationSchema.safeParse({ ...good, name: '   ' }))).toEqual([
      { path: 'name', message: 'Enter your name' },
    ]);
    expect(acceptInvitationSchema.safeParse({ ...good, name: 'n'.repeat(121) }).success).toBe(false);
    expect(acceptInvitationSchema.safeParse({ ...good, name: 'n'.repeat(120) }).success).toBe(true);
  });

  it('reports every problem at once', () => {
    expect(messages(acceptInvitationSchema.safeParse({ name: '', password: 'short', confirmPassword: 'other' }))).toEqual([
      { path: 'name', message: 'Enter your name' },
      { path: 'password', message: 'Use at least 12 characters' },
      { path: 'confirmPassword', message: 'Passwords do not match' },
    ]);
  });
});

describe('magicLinkRequestSchema', () => {
  it('takes a normalised email', () => {
    expect(magicLinkRequestSchema.parse({ email: 'Facility@Example.com ' })).toEqual({ email: 'facility@example.com' });
    expect(messages(magicLinkRequestSchema.safeParse({ email: '' }))).toEqual([
      { path: 'email', message: 'Enter a valid email address' },
    ]);
  });
});

describe('passwordResetRequestSchema', () => {
  it('normalises the email', () => {
    expect(passwordResetRequestSchema.parse({ email: ' Rep@Acme.TEST ' })).toEqual({ email: 'rep@acme.test' });
  });

  it('refuses a malformed email on the email field', () => {
    expect(messages(passwordResetRequestSchema.safeParse({ email: 'rep@' }))).toEqual([{ path: 'email', message: 'Enter a valid email address' }]);
  });
});

describe('resetPasswordSchema', () => {
  const good = { password: 'correct horse battery', confirmPassword: 'correct horse battery' };

  it('accepts a long enough password typed twice', () => {
    expect(resetPasswordSchema.parse(good)).toEqual(good);
  });

  it('applies the same length rules as an invitation', () => {
    expect(messages(resetPasswordSchema.safeParse({ password: 'short', confirmPassword: 'short' }))).toEqual([
      { path: 'password', message: 'Use at least 12 characters' },
    ]);
    const tooLong = 'p'.repeat(201);
    expect(messages(resetPasswordSchema.safeParse({ password: tooLong, confirmPassword: tooLong }))).toEqual([
      { path: 'password', message: 'Use at most 200 characters' },
    ]);
    expect(resetPasswordSchema.safeParse({ password: 'p'.repeat(12), confirmPassword: 'p'.repeat(12) }).success).toBe(true);
  });

  it('reports a mismatch on confirmPassword, together with a short password', () => {
    expect(messages(resetPasswordSchema.safeParse({ ...good, confirmPassword: 'something else entirely' }))).toEqual([
      { path: 'confirmPassword', message: 'Passwords do not match' },
    ]);
    expect(messages(resetPasswordSchema.safeParse({ password: 'short', confirmPassword: 'other' }))).toEqual([
      { path: 'password', message: 'Use at least 12 characters' },
      { path: 'confirmPassword', message: 'Passwords do not match' },
    ]);
  });

  it('refuses a missing confirmation', () => {
    expect(messages(resetPasswordSchema.safeParse({ password: good.password }))).toEqual([{ path: 'confirmPassword', message: 'Passwords do not match' }]);
  });
});
