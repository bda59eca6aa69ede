/**
 * React 19 uses custom elements without wrappers: a prop whose name is a property of the
 * element (here `commitments`, an array of records) is set as a property, and `on<event-name>`
 * listens to that event (here `rendir-data-state`).
 */
import { useMemo, useState } from 'react';
import type { Commitment } from '@rendir/core';
// Registers the tag (skipped if a script tag on the page already did).
import '@rendir/components/define/rendir-commitment-card';
import type { DataStatus } from '@rendir/components';

export function App({ commitment }: { commitment: Commitment }) {
  const [status, setStatus] = useState<DataStatus>('idle');
  // A stable array: a new one on every render would make the card reload every time.
  const commitments = useMemo(() => [commitment], [commitment]);
  return (
    <>
      <rendir-commitment-card
        lang="es"
        commitment-id={commitment.id}
        commitments={commitments}
        onrendir-data-state={(event: CustomEvent<{ status: DataStatus }>) =>
          setStatus(event.detail.status)
        }
      ></rendir-commitment-card>
      <p id="status">Estado: {status}</p>
    </>
  );
}
