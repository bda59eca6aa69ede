import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../define/rendir-commitment-list.ts';
import {
  exampleCommitmentsCsv,
  fixedToday,
  generateCommitments,
  ivPlanMilestonesUrl,
  ivPlanUrl,
} from './fixtures.ts';
import { usage } from '../../../../.storybook/usage.ts';

interface Args {
  variant: 'full' | 'compact';
  example: '' | 'milestones' | 'all';
  pageSize: number;
  limit: string;
  query: string;
  today: string;
  theme: '' | 'light' | 'dark' | 'high-contrast';
  lang: '' | 'es' | 'en';
}

const neverUrl = '/__rendir-story-never__/compromisos.csv';
if (typeof window !== 'undefined' && !(window as { __rendirNever?: boolean }).__rendirNever) {
  (window as { __rendirNever?: boolean }).__rendirNever = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('__rendir-story-never__')
      ? new Promise<Response>(() => {})
      : original(input, init);
}

const thousand = generateCommitments(1000);

interface Data {
  src?: string;
  milestonesSrc?: string;
  generated?: ReturnType<typeof generateCommitments>;
  inline?: string;
}

const list = (a: Partial<Args>, d: Data): TemplateResult =>
  html`<div lang=${a.lang || nothing}>
    <rendir-commitment-list
      variant=${a.variant || nothing}
      example=${a.example || nothing}
      page-size=${a.pageSize ?? nothing}
      limit=${a.limit || nothing}
      query=${a.query || nothing}
      today=${a.today || nothing}
      theme=${a.theme || nothing}
      src=${d.src ?? nothing}
      milestones-src=${d.milestonesSrc ?? nothing}
      .commitments=${d.generated?.commitments}
      .milestones=${d.generated?.milestones}
    >
      ${
        d.inline
          ? html`<script type="text/csv" data-file="compromisos.csv">
              ${d.inline}
            </script>`
          : nothing
      }
    </rendir-commitment-list>
  </div>`;

const ivPlan: Data = { src: ivPlanUrl, milestonesSrc: ivPlanMilestonesUrl };

const meta: Meta<Args> = {
  title: 'Widgets/Commitment list',
  component: 'rendir-commitment-list',
  tags: ['autodocs'],
  args: {
    variant: 'compact',
    example: 'milestones',
    pageSize: 24,
    query: '',
    today: fixedToday,
    theme: '',
    lang: '',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    example: { control: 'inline-radio', options: ['', 'milestones', 'all'] },
    pageSize: { control: { type: 'number', min: 0 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'high-contrast'] },
    lang: { control: 'inline-radio', options: ['', 'es', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          "Commitment cards with filters by action plan, institution, OGP value and IRM completion, a search and a live count. The IV plan's 15 commitments are real (many without a lead institution in the source); their milestones are made up and the list says so.\n\n" +
          usage(
            'rendir-commitment-list',
            'src="/datos/compromisos.csv" milestones-src="/datos/hitos.csv"',
            '<a href="/datos/compromisos.csv">Compromisos (CSV)</a>',
          ),
      },
    },
  },
  render: (a) => list(a, ivPlan),
};
export default meta;

type Story = StoryObj<Args>;

/** The 15 commitments of Colombia's IV Open State Action Plan 2020-2022. */
export const IvPlan: Story = { name: 'IV plan (15 real commitments)' };

/** 1,000 made-up commitments, 24 at a time with "Mostrar más". */
export const ManyRows: Story = {
  name: 'Many rows (1,000)',
  args: { example: 'all' },
  render: (a) => list(a, { generated: thousand }),
};

export const Searched: Story = {
  name: 'Starting from a search',
  args: { query: 'valle' },
};

export const FullCards: Story = { name: 'Full cards', args: { variant: 'full' } };

export const Loading: Story = { render: (a) => list(a, { src: neverUrl }) };

export const Empty: Story = { args: { example: '' }, render: (a) => list(a, {}) };

/** A completion the IRM does not use and a row without id: every problem, with line and column. */
export const ErrorInData: Story = {
  name: 'Error in the data',
  args: { example: '' },
  render: (a) =>
    list(a, {
      inline: 'commitment_id,title,completion\nA-1,Uno,casi\n,Sin código,complete',
    }),
};

/** Spanish headers and values read by the core, made-up data. */
export const InlineSpanishCsv: Story = {
  name: 'Inline CSV with Spanish headers',
  args: { example: 'all' },
  render: (a) => list(a, { inline: exampleCommitmentsCsv }),
};

export const Dark: Story = { args: { theme: 'dark' } };

export const HighContrast: Story = { name: 'High contrast', args: { theme: 'high-contrast' } };

export const English: Story = { args: { lang: 'en' } };

export const Mobile: Story = {
  name: 'Mobile (320 px)',
  render: (a) => html`<div style="width: 320px">${list(a, ivPlan)}</div>`,
};

/** In a CMS's 720 px content column: the first 3 cards and "Ver todos (15)". */
export const CmsColumn: Story = {
  name: 'CMS column (compact)',
  render: (a) => html`<div style="max-width: 720px">${list(a, ivPlan)}</div>`,
};
