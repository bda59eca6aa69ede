// Budget execution: the site.yaml key over the appropriation, exact, rounded once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  budgetMeasure,
  executionBaseWord,
  loadAllMessages,
  messageText,
  LANGS,
  executionBase,
  executionBaseKey,
  executionPercent,
  formatPercentValue,
  isExecutionKey,
} from '../src/index.ts';

await loadAllMessages(LANGS);

test('execution rounds once, half away from zero, at the .x5 boundary', () => {
  assert.equal(
    executionPercent({ current_appropriation: '10000', commitments: '8045' }, 'commitments'),
    '80.5',
  );
  assert.equal(
    executionPercent({ current_appropriation: '10000', commitments: '8044.999' }, 'commitments'),
    '80.4',
  );
  assert.equal(
    executionPercent({ current_appropriation: '20000', commitments: '1001' }, 'commitments'),
    '5',
  );
  assert.equal(
    executionPercent({ current_appropriation: '3', commitments: '1' }, 'commitments'),
    '33.3',
  );
  assert.equal(
    executionPercent({ current_appropriation: '3', commitments: '2' }, 'commitments'),
    '66.7',
  );
  assert.equal(
    executionPercent(
      { current_appropriation: '123456789012345678.90', commitments: '98765432109876543.21' },
      'commitments',
    ),
    '80',
  );
  assert.equal(formatPercentValue('80.5', 'es-CO', 1), formatPercentValue('80.50', 'es-CO', 1));
});

test('the key is a parameter: commitments, obligations or payments', () => {
  const amounts = {
    current_appropriation: '200',
    commitments: '150',
    obligations: '101',
    payments: '99.9',
  };
  assert.equal(executionPercent(amounts, 'commitments'), '75');
  assert.equal(executionPercent(amounts, 'obligations'), '50.5');
  assert.equal(executionPercent(amounts, 'payments'), '50');
  assert.ok(isExecutionKey('obligations'));
  assert.ok(!isExecutionKey('amount'));
});

test('the base falls back from current to initial appropriation to amount, never to zero', () => {
  assert.equal(
    executionBase({ current_appropriation: '90', initial_appropriation: '80', amount: '70' }),
    '90',
  );
  assert.equal(executionBase({ initial_appropriation: '80', amount: '70' }), '80');
  assert.equal(executionBase({ amount: '70' }), '70');
  assert.equal(
    executionPercent({ initial_appropriation: '80', commitments: '20' }, 'commitments'),
    '25',
  );
  assert.equal(executionPercent({ amount: '70', payments: '7' }, 'payments'), '10');
  // A zero or negative current appropriation is no base: nothing is printed, not a fallback.
  assert.equal(
    executionBase({ current_appropriation: '0', initial_appropriation: '80' }),
    undefined,
  );
  assert.equal(
    executionPercent({ current_appropriation: '-5', commitments: '1' }, 'commitments'),
    undefined,
  );
  assert.equal(executionPercent({ current_appropriation: '100' }, 'commitments'), undefined);
  assert.equal(executionPercent({ commitments: '100' }, 'commitments'), undefined);
  // Over-execution is printed as it is.
  assert.equal(
    executionPercent({ current_appropriation: '100', commitments: '120.04' }, 'commitments'),
    '120',
  );
});

test('the words name the base actually used: «de la apropiación inicial» when there is no current one', () => {
  const words = (amounts: Record<string, string>) => {
    const key = executionBaseKey(amounts);
    return key && messageText(executionBaseWord(key, 'of'), 'es');
  };
  assert.equal(
    words({ current_appropriation: '90', initial_appropriation: '80' }),
    'de la apropiación vigente',
  );
  assert.equal(
    words({ initial_appropriation: '80', commitments: '20' }),
    'de la apropiación inicial',
  );
  assert.equal(words({ amount: '70' }), 'del presupuesto');
  assert.equal(words({ current_appropriation: '0', initial_appropriation: '80' }), undefined);
  assert.equal(
    messageText(executionBaseWord('initial_appropriation', 'over'), 'en'),
    'over the initial appropriation',
  );
});

test('a budget is headed by its appropriation, else its single amount, else what execution measures', () => {
  const chain = ['current_appropriation', 'commitments', 'payments'] as const;
  assert.equal(budgetMeasure(chain, 'payments'), 'current_appropriation');
  assert.equal(
    budgetMeasure(['initial_appropriation', 'payments'], 'payments'),
    'initial_appropriation',
  );
  assert.equal(budgetMeasure(['amount', 'initial_appropriation'], 'payments'), 'amount');
  // An execution report (CUIPO's: commitments, obligations, payments): the page's execution
  // amount, not the first of the chain; commitments when the page says nothing.
  const execution = ['commitments', 'obligations', 'payments'] as const;
  assert.equal(budgetMeasure(execution, 'payments'), 'payments');
  assert.equal(budgetMeasure(execution, 'obligations'), 'obligations');
  assert.equal(budgetMeasure(execution), 'commitments');
  // The execution amount missing from the file: the chain's first amount.
  assert.equal(budgetMeasure(['obligations', 'payments'], 'commitments'), 'obligations');
  assert.equal(budgetMeasure([]), undefined);
});
