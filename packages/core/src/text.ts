/** Text compared the way people search it. */

/** Spanish (and nearby) letters and what they fold to, by char code; the rest is Unicode's. */
const FOLDED: string[] = [];
const ACCENTED = 'áàäâãéèëêíìïîóòöôõúùüûñç';
const PLAIN = 'aaaaaeeeeiiiiooooouuuunc';
for (let i = 0; i < ACCENTED.length; i++) FOLDED[ACCENTED.charCodeAt(i)] = PLAIN[i];

/**
 * Folds case and accents, so that `Bogotá` and `BOGOTA` read the same (`ñ` folds to `n`):
 * how searches and filters compare text. Spanish letters go through a table in one pass
 * (the dataset folds every row of a file this way); Unicode normalisation (slower) only
 * when other characters are left.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  let folded = '';
  let from = 0;
  let other = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    // Printable ASCII, tab and line breaks stay as they are.
    if (c < 0x7f && (c >= 0x20 || c === 9 || c === 10 || c === 13)) continue;
    const plain = FOLDED[c];
    if (plain === undefined) {
      other = true;
      continue;
    }
    folded += lower.slice(from, i) + plain;
    from = i + 1;
  }
  const plain = from === 0 ? lower : folded + lower.slice(from);
  return other ? plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : plain;
}

/**
 * A text read as one thing (a compact figure, «108,1 mil millones»; a date, «31 de
 * diciembre de 2021») with no-break spaces, so that it never wraps inside itself: half of
 * it at the end of a line reads as something else.
 */
export function keepTogether(text: string): string {
  return text.replace(/ /g, '\u00a0');
}

/**
 * A text cut around the year ranges in it («Plan 2020-2022» → `['Plan ', '2020-2022', '']`):
 * odd places hold the ranges, which a view keeps on one line, since a period read across a
 * line break («2020-» / «2022») reads as two.
 */
export function splitYearRanges(text: string): string[] {
  return text.split(/(\b\d{4} ?[-‐‑–—/] ?\d{2,4}\b)/);
}
