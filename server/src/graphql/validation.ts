// Runs a zod schema from @coverline/domain on an input and turns its first problem into BAD_USER_INPUT.
import type { z } from 'zod';
import { badUserInput } from './errors.js';

export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, fieldPrefix = ''): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? `${fieldPrefix}${issue.path.join('.')}` : fieldPrefix.replace(/\.$/, '') || 'input';
  throw badUserInput(field, issue?.message ?? 'This value is not valid.');
}
