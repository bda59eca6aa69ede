// Which currency codes a file may declare: only a budget's reader checks one, so it is apart
// from the budget's words and figures a widget's first render uses.

/** A currency Intl can format: three capital letters it knows (`EUR`), not a symbol (`€`). */
export function isCurrencyCode(code: unknown): code is string {
  return (
    typeof code === 'string' &&
    /^[A-Z]{3}$/.test(code) &&
    Intl.supportedValuesOf('currency').includes(code)
  );
}
