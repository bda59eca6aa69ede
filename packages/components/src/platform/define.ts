/**
 * Registers a custom element once. Two copies of a Rendir script on one CMS page (or
 * two versions) must not crash the page: the first definition wins, later ones are
 * skipped silently.
 *
 * @returns `true` when this call defined the tag, `false` when it was already defined.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined') return false;
  if (customElements.get(tag)) return false;
  try {
    customElements.define(tag, ctor);
    return true;
  } catch {
    // The same constructor under another name, or a race with another copy: already usable.
    return false;
  }
}
