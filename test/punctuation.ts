// What a problem's line must never have, whatever catalogue its words come from: doubled or
// clashing marks (`?.`, `..`, `, .`), a space before a closing mark or after an opening one,
// unbalanced «» or (), or no sentence end. Checked with plain-word values, so that every mark
// found is the catalogue's or the formatter's. Core's and the site's message tests use it.

const CLASHES: [RegExp, string][] = [
  [/[.?!]\s*[.?!,;:]/, 'a sentence end followed by another mark'],
  [/[,;:]\s*[.?!]/, 'a comma, semicolon or colon followed by a sentence end'],
  [/\s[.,;:?!](?=\s|$)|\s[)»]/, 'a space before a closing mark'],
  [/[(«]\s/, 'a space after an opening mark'],
  [/\s{2}/, 'two spaces'],
];

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** What is wrong with the marks of a problem's line, in words (none: an empty list). */
export function punctuationProblems(text: string): string[] {
  const found = CLASHES.filter(([clash]) => clash.test(text)).map(([, what]) => what);
  if (count(text, '«') !== count(text, '»')) found.push('unbalanced «»');
  if (count(text, '(') !== count(text, ')')) found.push('unbalanced ()');
  if (count(text, '¿') > count(text, '?')) found.push('a «¿» with no «?»');
  if (!/[.?!…]$/.test(text)) found.push('no sentence end');
  return found;
}
