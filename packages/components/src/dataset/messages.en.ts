/** The dataset widget's words in English: loaded only when it renders in English. */
const en = {
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
  rowRange: (first: string, last: string, total: string) => `Rows ${first} to ${last} of ${total}`,
  reading: 'Reading the file…',
  readSoFar: (rows: string) => `${rows} rows so far.`,
  gridHelp:
    'Arrow keys move between cells; Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the first and last row; Enter on a header sorts.',
  showAsTable: 'Show as a table',
  showAsCards: 'Show as cards',
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
};

export default en;
