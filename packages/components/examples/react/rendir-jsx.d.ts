/** JSX types for Rendir tags in React 19 (properties and `on<rendir-event>` listeners). */
import type { Commitment, Milestone } from '@rendir/core';
import type { DataStatus } from '@rendir/components';

type Base = {
  lang?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
  class?: string;
  className?: string;
  children?: unknown;
  'onrendir-data-state'?: (event: CustomEvent<{ status: DataStatus }>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'rendir-commitment-card': Base & {
        'commitment-id'?: string;
        src?: string;
        'milestones-src'?: string;
        variant?: 'full' | 'compact';
        commitment?: Commitment;
        commitments?: Commitment[];
        milestones?: Milestone[];
      };
    }
  }
}
