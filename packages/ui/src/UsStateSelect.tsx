// Picks one of the 50 states or DC from @coverline/domain's list. A native <select>: it works with
// react-hook-form's `register` (the ref is passed on) and is the easiest list to use on a phone.
import type { Ref } from 'react';
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { US_STATES } from '@coverline/domain';
import { useUiLabels } from './labels';

export interface UsStateSelectProps extends Omit<NativeSelectProps, 'data'> {
  /** The first option, whose value is '': "Choose a state" in a form, "All states" in a filter. */
  emptyLabel?: string;
  ref?: Ref<HTMLSelectElement>;
}

const STATE_OPTIONS = US_STATES.map((state) => ({ value: state.code, label: state.name }));

export function UsStateSelect({ emptyLabel, ...props }: UsStateSelectProps) {
  const labels = useUiLabels();
  return <NativeSelect data={[{ value: '', label: emptyLabel ?? labels.chooseAState }, ...STATE_OPTIONS]} {...props} />;
}
