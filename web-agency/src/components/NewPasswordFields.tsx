// A new password and its confirmation, under the domain's password rules: accepting an invitation and
// resetting a forgotten password ask for them alike.
import { TextInput } from '@mantine/core';
import type { FieldErrors, FieldValues, Path, UseFormRegister } from 'react-hook-form';

type WithNewPassword = FieldValues & { password: string; confirmPassword: string };

export function NewPasswordFields<T extends WithNewPassword>({ register, errors, label }: { register: UseFormRegister<T>; errors: FieldErrors<T>; label: string }) {
  return (
    <>
      <TextInput
        type="password"
        label={label}
        description="At least 12 characters."
        autoComplete="new-password"
        required
        error={errors.password?.message?.toString()}
        {...register('password' as Path<T>)}
      />
      <TextInput
        type="password"
        label={`Confirm ${label.toLowerCase()}`}
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.message?.toString()}
        {...register('confirmPassword' as Path<T>)}
      />
    </>
  );
}
