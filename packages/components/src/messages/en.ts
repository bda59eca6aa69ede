// Every word the widgets show, in English: the catalogues of messages/translation.ts, by
// name. Loaded only for elements that render in English.
import {
  type IndicatorDirection,
  type IndicatorStatus,
  type PlanAccumulation,
  type PlanMoneyKey,
  type PlanWithheldMoney,
} from '@rendir/core';

// Checked against the Spanish catalogues in translation.ts (importing its type here would
// make a cycle: the catalogues' modules load this one).
const en = {
  platform: {
    loading: 'Loading data…',
    empty: 'There is no data to show.',
    errorTitle: 'The data could not be shown.',
    errorNetwork: 'The data could not be downloaded. Check your connection and try again.',
    errorOffline: 'You seem to be offline. Connect to the internet and try again.',
    errorTimeout: 'The data took too long to arrive.',
    errorHttp: (status: number) => `The server answered with an error (HTTP ${status}).`,
    errorRateLimited: (seconds: number | null) =>
      seconds === null
        ? 'The server is receiving too many requests. Try again in a moment.'
        : `The server is receiving too many requests. Try again in ${seconds} s.`,
    errorParse: 'The file could not be read: it is not valid CSV or JSON.',
    errorContent: (count: number) =>
      count === 1 ? 'The data has 1 problem:' : `The data has ${count} problems:`,
    errorUnknown: 'Something went wrong while showing the data.',
    errorValue: 'value',
    errorMore: (count: number) => `…and ${count} more.`,
    retry: 'Try again',
    source: 'Source',
    notes: 'Notes',
    showTable: 'Show table',
    hideTable: 'Hide table',
    download: 'Download',
    downloadData: 'data (CSV)',
    downloadSvg: 'image (SVG)',
    downloadPng: 'image (PNG)',
    downloadFailed: 'The download could not be prepared. Check the connection and try again.',
    partLoading: 'Loading…',
    partFailed: 'This part could not be loaded. Check your connection and try again.',
    embed: 'Embed this',
    embedScript: 'Code for pages that accept scripts',
    embedIframe: 'Code for pages that only accept an iframe',
    copy: 'Copy',
    copied: 'Copied',
    close: 'Close',
    chartKeys: 'Use the arrow keys to move between data points.',
    chartHint: 'Chart. Use the arrow keys to go through the data.',
    tableCaption: (title: string) => `Data of: ${title}`,
    showAll: (total: number) => `See all (${total})`,
    showFewer: 'See fewer',
  },
  budget: {
    title: 'Citizen budget',
    chartLabel: (place?: string) =>
      `${place ? `Budget of ${place}` : 'The budget'}: each box is proportional to its amount`,
    barsLabel: (place?: string) =>
      `${place ? `Budget of ${place}` : 'The budget'}, from largest to smallest`,
    breadcrumb: 'Where you are in the budget',
    all: 'All the budget',
    backTo: (name: string) => `Back to ${name}`,
    flow: 'Show',
    flowExpense: 'Expenses',
    flowIncome: 'Income',
    view: 'View',
    viewTreemap: 'Boxes',
    viewBars: 'Bars',
    viewIcicle: 'Two levels',
    lines: (n: number) => (n === 1 ? '1 budget line' : `${n.toLocaleString('en')} budget lines`),
    drillHint: 'Press Enter to see its breakdown.',
    leafHint: 'No further breakdown.',
    share: (pct: string) => `${pct} of this level`,
    nowIn: (name: string, total: string) => `Now showing ${name}: ${total}.`,
    keysHint: 'Use the arrow keys to move between items, Enter to open one, and Escape to go back.',
    name: 'Name',
    key_initial_appropriation: 'Initial appropriation',
    key_current_appropriation: 'Current appropriation',
    key_cdp: 'Availability certificates (CDP)',
    key_commitments: 'Commitments',
    key_obligations: 'Obligations',
    key_payments: 'Payments',
    key_amount: 'Amount',
    execution: 'Execution',
    executionPaid: 'Paid',
    executionOf: (pct: string, ofBase: string) => `${pct} ${ofBase}`,
    statusOver: 'Over-executed',
    statusAdequate: 'On track',
    statusUnder: 'Under-executed',
    statusNone: 'No data',
    statusExplain: (threshold: string, executed: string, overBase: string) =>
      `Execution is ${executed} ${overBase}. Over-executed: more ${executed} than appropriated; under-executed: less than ${threshold}.`,
    perCapita: 'Per inhabitant',
    perCapitaSentence: (amount: string, population: string) =>
      `${amount} per inhabitant (population: ${population}).`,
    everyHundred: 'Of every 100 pesos',
    everyHundredSentence: (pesos: string, name: string) => `${pesos} go to ${name}.`,
    everyHundredIntro: (place?: string) =>
      place ? `Of every 100 pesos of ${place}:` : 'Of every 100 pesos of the budget:',
    contribution: 'Your contribution',
    contributionLabel: 'If you pay this amount in taxes (pesos)',
    contributionHelp: 'Write an amount in pesos, for example 1000000.',
    chartTitle: (place: string | undefined, year: string) =>
      `${place ? `Budget of ${place}` : 'The whole budget'}, fiscal year ${year}`,
    table: 'Data table',
    showTable: 'Show data table',
    hideTable: 'Hide data table',
    others: (n: number) => (n === 1 ? '1 more item' : `${n} more items`),
    othersHint: 'Show them as bars.',
    citizenName: 'Plain-language name',
    populationInvalid: (value: string) =>
      `The population «${value}» is not a whole number of inhabitants: per-capita figures are not shown.`,
    showMore: (next: number, shown: number, total: number) =>
      `Show ${next} more (${shown} of ${total} shown)`,
    rowsShown: (shown: number, total: number) => `${shown} of ${total} rows shown`,
  },
  budgetTotals: {
    totalsReconcile: 'The file’s total rows match the sum of their lines.',
    totalsDiffer: (published: string, sum: string) =>
      `The file publishes a total of ${published}, but its lines add up to ${sum}: the published total is shown; the boxes are its lines.`,
    totalsDifferIn: (keys: string) =>
      `The file publishes totals that differ from the sum of their lines (${keys}). Each difference:`,
    totalRowDiffers: (name: string, line: number, published: string, sum: string) =>
      `«${name}» (line ${line}): publishes ${published}, its lines add up to ${sum}`,
  },
  budgetTable: {
    breakdown: (place: string | undefined, year: string) =>
      `How ${place ?? 'the budget'} divides, fiscal year ${year}`,
    levelN: (n: number) => `Level ${n}`,
    total: 'Total',
    previousYear: (year: string) => `Fiscal year ${year}`,
    change: 'Change',
    officialName: 'Official name',
  },
  budgetPrices: {
    prices: 'Prices',
    current: 'Current prices',
    constant: (year: string) => `Constant prices of ${year}`,
    note: (year: string) => `Amounts in constant pesos of ${year} (adjusted for inflation).`,
    invalid: (entry: string) =>
      `The price index could not be read at «${entry}»: write year:index pairs such as 2024:94.5,2025:100. Amounts are at current prices.`,
    columnMissing: (column: string) =>
      `The price index column «${column}» was not found or has no values. Amounts are at current prices.`,
    missingYears: (years: string) =>
      `There is no price index for ${years}: those amounts remain at current prices.`,
  },
  budgetIcicle: {
    keysHint:
      'Left and right arrows move between items, up and down between an item and its sub-items; Enter opens one, Escape goes back.',
    label: (place?: string) =>
      `${place ? `Budget of ${place}` : 'The budget'} in two levels: each item above the items it holds`,
  },
  budgetContribution: {
    invalid: 'Write an amount in pesos using digits only.',
    result: (amount: string, place?: string) =>
      place ? `Of your ${amount}, ${place} receives:` : `Of your ${amount}, this goes to:`,
  },
  budgetYears: {
    year: 'Fiscal year',
    up: (pct: string, year: string) => `${pct} more than in ${year}`,
    down: (pct: string, year: string) => `${pct} less than in ${year}`,
    same: (year: string) => `Same as in ${year}`,
    new: (year: string) => `Not in ${year}`,
  },
  commitment: {
    commitment: 'Commitment',
    actionPlan: 'Action plan',
    leadInstitution: 'Lead institution',
    supportingActors: 'Supporting actors',
    ogpValues: 'OGP values',
    dates: 'Dates',
    startDate: 'Start',
    endDate: 'End',
    description: 'Description',
    problem: 'Problem it addresses',
    moreInfo: 'More about this commitment',
    lastUpdated: 'Last updated',
    stale: (months: number) =>
      `This information was last updated more than ${months} ${months === 1 ? 'month' : 'months'} ago: it may be out of date.`,
    exampleAll: 'Example: made-up data for a demonstration. These are not real figures.',
    exampleMilestones:
      'Example milestones: made up for a demonstration. They are not the real progress of this commitment.',
    exampleBadge: 'Example',
    exampleMilestonesShort: 'Example milestones, made up: not real progress.',
    exampleMilestonesList:
      'Example milestones: made up for a demonstration. They are not the real progress of these commitments.',
    showDetails: 'Show milestones and assessment',
    hideDetails: 'Hide milestones and assessment',
    unsafeLink: '(link not allowed: only http and https addresses open)',

    milestones: 'Milestones',
    noMilestones: 'No milestones have been published for this commitment.',
    milestoneProgress: 'Progress',
    milestoneResponsible: 'Responsible',
    evidence: 'Evidence',
    evidenceFor: (title: string) => `Evidence: ${title}`,
    averageOf: (measured: number, total: number) =>
      measured === total
        ? 'mean of the progress of every milestone, each counting the same'
        : `mean of the ${measured} milestones with a published progress, out of ${total}`,

    value_access_to_information: 'Access to information',
    value_civic_participation: 'Civic participation',
    value_public_accountability: 'Public accountability',
    value_technology_innovation: 'Technology and innovation',

    irm: 'Independent assessment (IRM)',
    irmNone: 'The Independent Reporting Mechanism has not published an assessment.',
    whatIs: 'What does it mean?',
    completion: 'Completion',
    completionAbout:
      'How much of what was promised was done, according to the Independent Reporting Mechanism (IRM) of the Open Government Partnership.',
    completionMeaning_not_started: 'None of the planned activities had begun.',
    completionMeaning_limited: 'Some activities were carried out, but little of what was promised.',
    completionMeaning_substantial: 'Most of what was promised was done.',
    completionMeaning_complete: 'Everything that was promised was done.',
    completionMeaning_no_evidence: 'The IRM did not find enough evidence to judge.',
    impact: 'Potential impact',
    impactAbout:
      'How much the commitment, as written, could change the way government works if it were fully carried out.',
    impact_none: 'None',
    impact_minor: 'Minor',
    impact_moderate: 'Moderate',
    impact_transformative: 'Transformative',
    impactMeaning_none: 'It would not change current practice.',
    impactMeaning_minor: 'A small, incremental step.',
    impactMeaning_moderate: 'A significant step, but limited in scale or scope.',
    impactMeaning_transformative: 'It could transform how government works in its area.',
    results: 'Potential results',
    resultsAbout:
      'The IRM’s newer scale (plans from 2020): what the commitment could achieve as designed.',
    results_unclear: 'Unclear',
    results_modest: 'Modest',
    results_substantial: 'Substantial',
    resultsMeaning_unclear: 'Its aims are unclear or it is not expected to change practice.',
    resultsMeaning_modest: 'A positive but limited change.',
    resultsMeaning_substantial: 'It could bring a meaningful change in practice.',
    starred: 'Starred',
    starredAbout:
      'The IRM stars commitments that are clear and verifiable, relevant to open government, with high potential impact, and substantially or fully done.',
    starredYes: 'Starred commitment',
    starredNo: 'Not starred',
    influence: 'Public influence',
    influenceAbout:
      'How much the public could shape the commitment while it was carried out, on a scale from inform to empower.',
    influence_inform: 'Inform',
    influence_consult: 'Consult',
    influence_involve: 'Involve',
    influence_collaborate: 'Collaborate',
    influence_empower: 'Empower',
    influenceMeaning_inform: 'The government only gave the public information.',
    influenceMeaning_consult: 'The public could give its opinion.',
    influenceMeaning_involve:
      'The public’s input was taken and the government explained how it was used.',
    influenceMeaning_collaborate: 'Ongoing dialogue: the public helped set the agenda.',
    influenceMeaning_empower: 'The government handed decisions to the public.',
    influenceLevel: (n: number, of: number) => `level ${n} of ${of}`,
    reached: 'level reached',

    listLabel: 'Commitments',
    filters: 'Filter commitments',
    search: 'Search',
    searchHint: 'Words in the title, institution, description or id.',
    filterPlan: 'Action plan',
    filterInstitution: 'Institution (lead or supporting)',
    filterValue: 'OGP value',
    filterCompletion: 'Completion (IRM)',
    all: 'All',
    clear: 'Clear filters',
    filtersToggle: (active: number) => (active === 0 ? 'Filters' : `Filters (${active} active)`),
    summary: (shown: number, total: number) =>
      shown === total
        ? `${total} ${total === 1 ? 'commitment' : 'commitments'}`
        : `${shown} of ${total} ${total === 1 ? 'commitment' : 'commitments'}`,
    noMatches: 'No commitment matches these filters.',
    inPage: (n: number) => `; showing the first ${n}`,
    showMore: (n: number, remaining: number) =>
      n === remaining ? `Show the remaining ${n}` : `Show ${n} more (${remaining} left)`,
    option: (name: string, count: number) => `${name} (${count})`,
  },
  dataset: {
    untitled: 'Data set',
    publisher: 'Published by',
    license: 'License',
    modified: 'Updated',
    periodicity: 'Update frequency',
    keywords: 'Keywords',
    portal: 'See it on the portal',
    stale: (due: string) => `This data may be out of date: it should have been updated by ${due}.`,
    search: 'Search in the data',
    filters: 'Filter by column',
    filterLabel: (column: string) => `Filter ${column}`,
    filterHintNumber: 'Text, or a comparison such as > 1,000,000',
    filterHintText: 'Part of the text',
    clearFilters: 'Clear filters',
    columns: 'Choose columns',
    rowCount: (shown: string, total: string, count: number) =>
      shown === total
        ? count === 1
          ? '1 row'
          : `${total} rows`
        : `${shown} of ${total} ${count === 1 ? 'row' : 'rows'}`,
    rowRange: (first: string, last: string, total: string) =>
      `Rows ${first} to ${last} of ${total}`,
    reading: 'Reading the file…',
    readSoFar: (rows: string) => `${rows} rows so far.`,
    gridHelp:
      'Arrow keys move between cells; Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the first and last row; Enter on a header sorts, and on a cut cell shows it whole.',
    showAsTable: 'Show as a table',
    sortBy: 'Sort by',
    fileOrder: 'File order',
    descending: 'Descending order',
    showAsCards: 'Show as cards',
    showWholeCell: 'Show all',
    showLessCell: 'Show less',
    yes: 'Yes',
    no: 'No',
    chart: 'Quick chart',
    downloadCsv: 'Download this view (CSV)',
    downloadJson: 'Download this view (JSON)',
    downloadAll: 'Full result on the portal (CSV)',
    retryIn: (seconds: number) => `Trying again automatically in ${seconds} s.`,
    frequency: (years: number, months: number, days: number) =>
      years && !months && !days
        ? years === 1
          ? 'Yearly'
          : `Every ${years} years`
        : months && !years && !days
          ? months === 1
            ? 'Monthly'
            : months === 3
              ? 'Quarterly'
              : months === 6
                ? 'Every six months'
                : `Every ${months} months`
          : days === 1 && !years && !months
            ? 'Daily'
            : days === 7 && !years && !months
              ? 'Weekly'
              : `Every ${years * 365 + months * 30 + days} days`,
  },
  datasetChart: {
    chartColumn: 'Column to chart',
    chartType: 'Chart type',
    bar: 'Bars',
    line: 'Line',
    chartNone: 'There are no numbers in this column to chart.',
    chartCounts: (column: string) => `Rows by ${column}`,
    chartValues: (column: string, label: string) => `${column} by ${label}`,
    chartFirstRows: (n: number) => `First ${n} rows of the current view.`,
    chartTopValues: (n: number) => `The ${n} most frequent values of the current view.`,
    count: 'Rows',
    missingNoData: 'no data',
  },
  datasetPager: {
    previousPage: 'Previous page',
    nextPage: 'Next page',
    serverQuery: 'Sorting, filtering and search are done by the portal.',
    ignoredFilter: (columns: string) =>
      `This portal cannot filter by range; filter not applied to: ${columns}.`,
  },
  tracker: {
    statusCount: (s: IndicatorStatus, n: number) =>
      ({
        achieved: `${n} achieved`,
        on_track: `${n} on track`,
        at_risk: `${n} at risk`,
        off_track: `${n} off track`,
        no_data: `${n} without data`,
      })[s],
    summary: (total: number, parts: string) =>
      total === 1 ? `Of 1 indicator: ${parts}.` : `Of ${total} indicators: ${parts}.`,
    summaryChart: 'Indicators by status',
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} indicators.`,
    baseline: 'Baseline',
    latest: 'Latest value',
    target: 'Target',
    noPeriod: 'period not stated',
    noLatest: 'none after the baseline',
    direction: (d: IndicatorDirection) =>
      ({ increase: 'Goal: increase', decrease: 'Goal: reduce', maintain: 'Goal: maintain' })[d],
    tolerance: (t: string, points: boolean) =>
      `within ${t}${points ? ' percentage points' : ''} of the baseline`,
    progress: 'Progress toward the target',
    progressValue: (p: string) => `${p} of the way`,
    progressUnknown: 'Progress cannot be calculated',
    expected: (p: string, period: string) => `expected by ${period}: ${p}`,
    backwards: 'Moved away from the target since the baseline.',
    chartProgress: (p: string, expected: string | null) =>
      expected ? `Progress ${p}; expected ${expected}.` : `Progress ${p}.`,
    seriesTitle: 'Values over time and target',
    targetSentence: (value: string, period: string) => `The target is ${value} by ${period}.`,
    how: 'How is this calculated?',
    values: 'Values',
    period: 'Period',
    value: 'Value',
    targetMark: 'target',
    group: 'Pillar',
    allGroups: 'All pillars',
    filterStatus: 'Status',
    allStatuses: 'All statuses',
    sort: 'Sort by',
    sortSource: 'As published',
    sortGroup: 'Pillar',
    sortStatus: 'Status',
    sortProgress: 'Progress',
    sortName: 'Name',
    noMatch: 'No indicator matches these filters.',
    groupNotFound: (g: string) => `There is no pillar “${g}” in the data: all pillars are shown.`,
    notFound: (id: string) => `There is no indicator “${id}” in the data.`,
    empty: 'There are no indicators to show.',
    loading: 'Loading indicators…',
    title: 'Indicators',
    outOf: (max: string) => `out of ${max}`,
    bandWithin: (v: string, b: string, t: string) => `${v} stays within ${b} ± ${t}`,
    bandOutside: (v: string, b: string, t: string) => `${v} is outside ${b} ± ${t}`,
    indicatorColumn: 'Indicator',
  },
  trackerSdg: {
    headline: 'Headline series',
    headlineSummary: (summary: string) => `Headline series, without breakdown. ${summary}`,
    noHeadline: (dimensions: string) =>
      `This file publishes no headline series (rows without breakdown); choose a breakdown by ${dimensions}.`,
    breakdowns: 'Breakdowns',
    breakdown: 'Breakdown',
    noBreakdowns: 'This file publishes no breakdowns.',
    units: 'Unit',
    series: 'Series',
    compareBy: 'Compare by',
    valueCount: (n: number) => (n === 1 ? '1 value' : `${n} values`),
    search: (dimension: string) => `Search ${dimension}`,
    listed: (listed: number, total: number) =>
      `Listing ${listed} of ${total}; type to narrow the list.`,
    noMatch: (text: string) => `No value contains “${text}”.`,
    atMost: (n: number) => `Up to ${n} series are shown at a time: remove one to choose another.`,
    chooseOne: 'Choose at least one value to see its series.',
    showing: (n: number, dimension: string, values: string, within: string) =>
      `Showing ${n === 1 ? '1 series' : `${n} series`} by ${dimension}${within}: ${values}.`,
    within: (fixed: string) => ` (${fixed})`,
    onlyPublished: 'Each series is only what was published for that value; never a sum of others.',
    chartTitle: (dimension: string) => `Values by ${dimension}`,
    empty: 'No values published.',
  },
  seriesSummary: {
    noData: 'There is no data.',
    up: 'up',
    down: 'down',
    unchanged: 'unchanged',
    peak: (value: string, label: string) => ` The highest was ${value} in ${label}.`,
    series: (from: string, to: string, first: string, last: string, trend: string) =>
      `From ${from} to ${to} it went from ${first} to ${last} (${trend}).`,
  },
  categorySummary: {
    noData: 'There is no data.',
    count: (n: number) => (n === 1 ? '1 category.' : `${n} categories.`),
    extremes: (max: string, maxValue: string, min: string, minValue: string) =>
      ` The largest is ${max} (${maxValue}); the smallest, ${min} (${minValue}).`,
    topThree: (list: string) => ` The three largest are ${list}.`,
  },
  trackerPlan: {
    title: 'Development plan',
    summary: (goals: number, ejes: number) =>
      `${goals === 1 ? '1 product goal' : `${goals} product goals`} in ${ejes === 1 ? '1 eje' : `${ejes} ejes`}.`,
    notEvaluableCount: (n: number) => `${n} cannot be evaluated.`,
    flaggedCount: (n: number) =>
      n === 1
        ? '1 with physical and financial progress telling opposite stories.'
        : `${n} with physical and financial progress telling opposite stories.`,
    yearCounts: (year: string, list: string) => `${year}: ${list}.`,
    eje: 'Eje',
    allEjes: 'All ejes',
    search: 'Search for a goal',
    showing: (shown: number, total: number) =>
      `Showing ${shown} of ${total === 1 ? '1 goal' : `${total} goals`}.`,
    more: (n: number) => (n === 1 ? 'Show 1 more goal' : `Show ${n} more goals`),
    noMatch: 'No goal matches the search.',
    ejeNotFound: (eje: string) => `There is no eje “${eje}” in the plan.`,
    goalNotFound: (goal: string) => `There is no goal “${goal}” in the plan.`,
    goals: (n: number) => (n === 1 ? '1 goal' : `${n} goals`),
    program: 'Programme',
    noName: 'No name',
    indicator: 'Indicator',
    unit: 'Unit',
    responsible: 'Responsible',
    bpin: 'BPIN',
    baseline: (period: string) => `Baseline (${period})`,
    target: (period: string) => `Four-year target (${period})`,
    notEvaluableCell: (header: string, text: string, reason: string) =>
      `«${header}» says «${text}»: ${reason}.`,
    yearsCaption: (goal: string) => `Year by year: ${goal}`,
    year: 'Year',
    expected: 'Expected',
    planned: 'Planned',
    executed: 'Executed',
    status: 'Status',
    physical: 'Physical progress',
    financial: 'Financial progress',
    money: 'Money',
    noYears: 'No data',
    moneyKey: (key: PlanMoneyKey) =>
      ({
        financial_plan: 'Financial plan',
        initial_appropriation: 'Initial appropriation',
        current_appropriation: 'Current appropriation',
        commitments: 'Commitments',
        obligations: 'Obligations',
        payments: 'Payments',
      })[key],
    ejeMoney: 'The eje’s money by year',
    moneyKind: 'Item',
    total: 'Total',
    goalsWithFigure: 'Goals with the figure',
    ofGoals: (n: number, total: number) => `${n} of ${total} goals`,
    withheld: (header: string, reason: PlanWithheldMoney['reason']) =>
      reason === 'percent_format'
        ? `cannot be read: the column «${header}» has a percentage format in the Excel workbook, which multiplies each figure by 100; none of its figures is shown, nor its total`
        : `cannot be read: «${header}» appears twice with different figures; neither is shown, nor its total`,
    unreadable: 'cannot be read',
    targetLabel: (type: string) => `Against the four-year target (${type})`,
    accumulation: (type: PlanAccumulation) =>
      ({ capacity: 'capacity', flow: 'flow', stock: 'stock' })[type],
    targetAchieved: (value: string, year: string) => `${value} by ${year}`,
    targetYearly: 'measured year by year',
    targetNotEvaluable: 'cannot be evaluated',
  },
};

export default en;
