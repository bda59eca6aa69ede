import { expect } from '@open-wc/testing';
import type { BudgetLine } from '@rendir/core';
import { buildTree, execution, ofEveryHundred, perCapita, presentKeys } from './budget-model.ts';
import { contributionShare } from './budget-contribution.ts';
import { yearChange } from './budget-years.ts';
import { deflateLines, deflatorFromColumn, parseDeflatorSeries } from './budget-prices.ts';

function line(
  year: string,
  levels: string[],
  amounts: BudgetLine['amounts'],
  extra: Partial<BudgetLine> = {},
): BudgetLine {
  return {
    fiscalYear: year,
    levels,
    flow: 'expense',
    amounts,
    extra: {},
    origin: { file: 'prueba.csv', line: 2 },
    ...extra,
  };
}

const options = {
  year: '2025',
  flow: 'expense' as const,
  measure: 'current_appropriation' as const,
  keys: ['current_appropriation', 'commitments', 'payments'] as const,
};

describe('budget model', () => {
  it('sums every node exactly, where floats lose the cents', () => {
    const lines = [
      line('2025', ['A', 'x'], { current_appropriation: '99999999999999.99' }),
      line('2025', ['A', 'y'], { current_appropriation: '0.01' }),
      line('2025', ['B', 'z'], { current_appropriation: '0.1' }),
      line('2025', ['B', 'z'], { current_appropriation: '0.2' }),
    ];
    const tree = buildTree(lines, { ...options, keys: ['current_appropriation'] });
    expect(tree.root.size).to.equal('100000000000000.3');
    expect(0.1 + 0.2).to.not.equal(0.3);
    expect(tree.byId.get('B')!.size).to.equal('0.3');
    expect(tree.byId.get('A')!.size).to.equal('100000000000000');
    expect(tree.root.lineCount).to.equal(4);
    expect(tree.root.children.map((c) => c.name)).to.deep.equal(['A', 'B']);
  });

  it('orders equal sizes by name, and near-equal sizes exactly', () => {
    const lines = [
      line('2025', ['Salud'], { current_appropriation: '100000000000000.01' }),
      line('2025', ['Ambiente'], { current_appropriation: '100000000000000.02' }),
      line('2025', ['Cultura'], { current_appropriation: '100000000000000.01' }),
    ];
    const tree = buildTree(lines, { ...options, keys: ['current_appropriation'] });
    expect(tree.root.children.map((c) => c.name)).to.deep.equal(['Ambiente', 'Cultura', 'Salud']);
  });

  it('keeps a plain-language name only when every line of a deepest item agrees', () => {
    const tree = buildTree(
      [
        line('2025', ['S', 'P1'], { current_appropriation: '1' }, { citizenLabel: 'Vacunas' }),
        line('2025', ['S', 'P1'], { current_appropriation: '1' }, { citizenLabel: 'Vacunas' }),
        line('2025', ['S', 'P2'], { current_appropriation: '1' }, { citizenLabel: 'Uno' }),
        line('2025', ['S', 'P2'], { current_appropriation: '1' }),
      ],
      options,
    );
    expect(tree.byId.get('S\u001fP1')!.citizenLabel).to.equal('Vacunas');
    expect(tree.byId.get('S\u001fP2')!.citizenLabel).to.equal(undefined);
    expect(tree.byId.get('S')!.citizenLabel).to.equal(undefined);
  });

  it('calls execution over, adequate or under at the exact threshold', () => {
    const node = (current: string, commitments: string) =>
      buildTree([line('2025', ['A'], { current_appropriation: current, commitments })], options)
        .root;
    expect(execution(node('1000', '1000.01'))).to.deep.equal({
      executedPct: '100',
      base: 'current_appropriation',
      status: 'over',
    });
    expect(execution(node('1000', '800')).status).to.equal('adequate');
    expect(execution(node('1000', '799.99')).status).to.equal('under');
    expect(execution(node('1000', '799.99')).executedPct).to.equal('80');
    expect(execution(node('0', '10')).status).to.equal('none');
    expect(execution(node('1000', '500'), '40').status).to.equal('adequate');
  });

  it('measures the execution key the site passes, over the base core falls back to', () => {
    const amounts = {
      initial_appropriation: '2000',
      commitments: '1500',
      obligations: '1009',
      payments: '700',
    };
    const keys = ['initial_appropriation', 'commitments', 'obligations', 'payments'] as const;
    const root = buildTree([line('2025', ['A'], amounts)], { ...options, keys: [...keys] }).root;
    // No current appropriation: the initial one is the base, as on the site's pages.
    expect(execution(root)).to.deep.equal({
      executedPct: '75',
      paidPct: '35',
      base: 'initial_appropriation',
      status: 'under',
    });
    expect(execution(root, '80', 'obligations').executedPct).to.equal('50.5');
    expect(execution(root, '30', 'payments').status).to.equal('adequate');
  });

  it('rounds per-capita figures and contributions half away from zero, to the peso', () => {
    expect(perCapita('15', '10')).to.equal('2');
    expect(perCapita('14.99', '10')).to.equal('1');
    expect(perCapita('100', '0')).to.equal(undefined);
    expect(perCapita('100', undefined)).to.equal(undefined);
    expect(contributionShare('1000000', '1', '3')).to.equal('333333');
    expect(contributionShare('1000000', '2', '3')).to.equal('666667');
    expect(ofEveryHundred('1', '3')).to.equal('33.33');
    expect(ofEveryHundred('1', '0')).to.equal(undefined);
  });

  it('compares with the same item of an earlier year', () => {
    const lines = [
      line('2024', ['A'], { current_appropriation: '200' }),
      line('2025', ['A'], { current_appropriation: '150' }),
      line('2025', ['B'], { current_appropriation: '10' }),
    ];
    const now = buildTree(lines, options);
    const before = buildTree(lines, { ...options, year: '2024' });
    expect(yearChange(now.byId.get('A')!, before)).to.deep.equal({
      previousYear: '2024',
      previous: '200',
      changePct: '-25',
    });
    expect(yearChange(now.byId.get('B')!, before)).to.deep.equal({ previousYear: '2024' });
  });

  it('deflates each line to the cent and lists years without an index', () => {
    const index = parseDeflatorSeries('2023:90, 2024:94.5 ,2025:100')!;
    expect([...index]).to.deep.equal([
      ['2023', '90'],
      ['2024', '94.5'],
      ['2025', '100'],
    ]);
    const { lines, missingYears } = deflateLines(
      [
        line('2024', ['A'], { current_appropriation: '1000' }),
        line('2025', ['A'], { current_appropriation: '1000' }),
        line('2022', ['A'], { current_appropriation: '1000' }),
      ],
      index,
      '2025',
    );
    expect(lines.map((l) => l.amounts.current_appropriation)).to.deep.equal([
      '1058.2',
      '1000',
      '1000',
    ]);
    expect(missingYears).to.deep.equal(['2022']);
    expect(() => parseDeflatorSeries('2024=94')).to.throw(RangeError, '2024=94');
    expect(() => parseDeflatorSeries('2024:0')).to.throw(RangeError);
    expect(parseDeflatorSeries('  ')).to.equal(undefined);
    const fromColumn = deflatorFromColumn(
      [line('2024', ['A'], {}, { extra: { Deflactor: '94,5' } })],
      'deflactor',
    );
    expect(fromColumn?.get('2024')).to.equal('94.5');
  });

  it('lists the amount columns present, in the order of the budget chain', () => {
    expect(presentKeys([line('2025', ['A'], { amount: '10' })])).to.deep.equal(['amount']);
    expect(
      presentKeys([
        line('2025', ['A'], { payments: '1', current_appropriation: '3' }),
        line('2025', ['B'], { commitments: '2' }),
      ]),
    ).to.deep.equal(['current_appropriation', 'commitments', 'payments']);
  });
});
