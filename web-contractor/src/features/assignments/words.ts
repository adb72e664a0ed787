// Assignment facts in the contractor's words.
import { usStateName } from '@coverline/domain';

/** "Illinois". */
export function stateName(code: string): string {
  return usStateName(code) ?? code;
}
