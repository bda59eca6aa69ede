/** The platform's messages in English: loaded only when an element renders in English. */
import { columnLetter } from '@rendir/core';

const en = {
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
  errorLocation: (file: string, line: number, column: number, row: number = line) =>
    line > 0
      ? `${file}, row ${row}${column > 0 ? `, column ${columnLetter(column)}` : ''}${
          row !== line ? ` (text line ${line})` : ''
        }`
      : file,
  errorValue: 'value',
  errorMore: (count: number) => `…and ${count} more.`,
  retry: 'Try again',
  source: 'Source',
  notes: 'Notes',
  showTable: 'Show table',
  hideTable: 'Hide table',
  downloadData: 'Download data (CSV)',
  downloadSvg: 'Download image (SVG)',
  downloadPng: 'Download image (PNG)',
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
};

export default en;
