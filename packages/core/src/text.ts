/** Text compared the way people search it. */
const NON_ASCII = /[^ -~\t\n\r]/;
const SPANISH = /[áàäâãéèëêíìïîóòöôõúùüûñç]/g;
const PLAIN: Record<string, string> = {
  á: 'a',
  à: 'a',
  ä: 'a',
  â: 'a',
  ã: 'a',
  é: 'e',
  è: 'e',
  ë: 'e',
  ê: 'e',
  í: 'i',
  ì: 'i',
  ï: 'i',
  î: 'i',
  ó: 'o',
  ò: 'o',
  ö: 'o',
  ô: 'o',
  õ: 'o',
  ú: 'u',
  ù: 'u',
  ü: 'u',
  û: 'u',
  ñ: 'n',
  ç: 'c',
};

/**
 * Folds case and accents, so that `Bogotá` and `BOGOTA` read the same (`ñ` folds to `n`):
 * how searches and filters compare text. Spanish letters go through a table; Unicode
 * normalisation (slower) only for the rest.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  const plain = lower.replace(SPANISH, (ch) => PLAIN[ch]);
  return NON_ASCII.test(plain) ? plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : plain;
}
