import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import type { Commitment, Milestone } from '@rendir/core';
import '../define/rendir-commitment-card.ts';
import {
  bareCommitment,
  brokenMilestonesCsv,
  exampleCommitment,
  exampleCommitmentsCsv,
  exampleMilestones,
  fixedToday,
  hostileCommitment,
  hostileMilestones,
  ivPlanMilestonesUrl,
  ivPlanUrl,
  longLabelsCommitment,
} from './fixtures.ts';
import { usage } from '../../../../.storybook/usage.ts';

interface Args {
  variant: 'full' | 'compact';
  example: '' | 'milestones' | 'all';
  staleAfter: number;
  headingLevel: number;
  today: string;
  theme: '' | 'light' | 'dark' | 'high-contrast';
  lang: '' | 'es' | 'en';
}

/** A URL whose answer never comes, to show the loading state (shared with other widgets' stories). */
const neverUrl = '/__rendir-story-never__/compromisos.csv';
if (typeof window !== 'undefined' && !(window as { __rendirNever?: boolean }).__rendirNever) {
  (window as { __rendirNever?: boolean }).__rendirNever = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('__rendir-story-never__')
      ? new Promise<Response>(() => {})
      : original(input, init);
}

interface Data {
  commitment?: Commitment;
  milestones?: Milestone[];
  src?: string;
  milestonesSrc?: string;
  id?: string;
  inline?: { commitments: string; milestones?: string };
}

const card = (a: Partial<Args>, d: Data): TemplateResult =>
  html`<div lang=${a.lang || nothing}>
    <rendir-commitment-card
      variant=${a.variant || nothing}
      example=${a.example || nothing}
      stale-after=${a.staleAfter ?? nothing}
      heading-level=${a.headingLevel ?? nothing}
      today=${a.today || nothing}
      theme=${a.theme || nothing}
      commitment-id=${d.id ?? nothing}
      src=${d.src ?? nothing}
      milestones-src=${d.milestonesSrc ?? nothing}
      .commitment=${d.commitment}
      .milestones=${d.milestones}
    >
      ${
        d.inline
          ? html`<script type="text/csv">
              ${d.inline.commitments}
            </script>`
          : nothing
      }
      ${
        d.inline?.milestones
          ? html`<script type="text/csv" data-name="milestones" data-file="hitos.csv">
              ${d.inline.milestones}
            </script>`
          : nothing
      }
    </rendir-commitment-card>
  </div>`;

const example = { commitment: exampleCommitment, milestones: exampleMilestones };

const meta: Meta<Args> = {
  title: 'Widgets/Commitment card',
  component: 'rendir-commitment-card',
  tags: ['autodocs'],
  args: {
    variant: 'full',
    example: 'all',
    staleAfter: 365,
    headingLevel: 3,
    today: fixedToday,
    theme: '',
    lang: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    example: { control: 'inline-radio', options: ['', 'milestones', 'all'] },
    staleAfter: { control: { type: 'number', min: 0 } },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: ['', 'es', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One commitment of an open government action plan: what was promised, who is responsible, its milestones and the IRM assessment, each rating explained on demand. Every milestone, rating and date in these stories is made up, and the card says so (`example`).\n\n' +
          usage(
            'rendir-commitment-card',
            'src="/datos/compromisos.csv" milestones-src="/datos/hitos.csv" commitment-id="IV-01"',
            '<a href="/datos/compromisos.csv">Compromisos (CSV)</a>',
          ),
      },
    },
  },
  render: (a) => card(a, example),
};
export default meta;

type Story = StoryObj<Args>;

/** Every field filled (a made-up commitment): IRM ratings with "¿Qué significa?" buttons. */
export const Full: Story = {};

/** The summary a list shows; "Ver hitos y evaluación" opens the rest. */
export const Compact: Story = { args: { variant: 'compact' } };

/** A real commitment of Colombia's IV plan read from its CSV, with made-up milestones. */
export const RealCommitmentFromCsv: Story = {
  name: 'Real commitment (IV plan CSV), example milestones',
  args: { example: 'milestones' },
  render: (a) => card(a, { src: ivPlanUrl, milestonesSrc: ivPlanMilestonesUrl, id: 'IV-01' }),
};

/** The source names no lead institution: the card says «Sin información en la fuente». */
export const MissingFields: Story = {
  name: 'Missing fields (Sin información en la fuente)',
  args: { example: '' },
  render: (a) => card(a, { commitment: bareCommitment, milestones: [] }),
};

/** Inline CSV with Spanish headers, last updated long ago: a staleness notice. */
export const Stale: Story = {
  render: (a) => card(a, { id: 'EJ-08', inline: { commitments: exampleCommitmentsCsv } }),
};

export const LongSpanishLabels: Story = {
  name: 'Long Spanish labels',
  render: (a) =>
    card(a, {
      commitment: longLabelsCommitment,
      milestones: exampleMilestones.map((m) => ({ ...m, commitmentId: longLabelsCommitment.id })),
    }),
};

/** `<script>` in the title and a `javascript:` evidence link: shown as text, never run. */
export const UntrustedText: Story = {
  name: 'Untrusted text',
  args: { example: '' },
  render: (a) => card(a, { commitment: hostileCommitment, milestones: hostileMilestones }),
};

export const Loading: Story = {
  render: (a) => card(a, { src: neverUrl, id: 'IV-01' }),
};

export const Empty: Story = {
  render: (a) => card(a, { id: 'IV-01' }),
};

/** The milestones file has a progress of 150 and an unknown status: file, line, column, value. */
export const ErrorInData: Story = {
  name: 'Error in the data',
  render: (a) =>
    card(a, {
      id: 'EJ-07',
      inline: { commitments: exampleCommitmentsCsv, milestones: brokenMilestonesCsv },
    }),
};

export const NotFound: Story = {
  name: 'Commitment id not in the file',
  render: (a) => card(a, { src: ivPlanUrl, id: 'IV-99' }),
};

export const Dark: Story = { args: { theme: 'dark' } };

export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' } };

export const English: Story = { args: { lang: 'en' } };

/** 320 px wide: the facts stack, nothing scrolls sideways. */
export const Mobile: Story = {
  name: 'Mobile (320 px)',
  render: (a) => html`<div style="width: 320px">${card(a, example)}</div>`,
};
