// Mantine's Modal, assembled so that it passes an accessibility scan: the title is the dialog's h2
// and name, the close button has words, and the header is not a second "banner" landmark.
import type { ReactNode } from 'react';
import { Modal } from '@mantine/core';
import { useUiLabels } from './labels';

export interface DialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  size?: string | number;
}

export function Dialog({ opened, onClose, title, children, size = 500 }: DialogProps) {
  const labels = useUiLabels();
  return (
    <Modal.Root opened={opened} onClose={onClose} centered size={size} radius="md">
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div" px="lg" pt="lg">
          <Modal.Title fw={700} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={labels.close} />
        </Modal.Header>
        <Modal.Body px="lg" pb="lg">
          {children}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
