import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a CSS custom property on an element through the CSSOM. Unlike `styleMap`, whose
 * first render writes a `style` attribute, this works under a Content-Security-Policy
 * without `'unsafe-inline'` for styles.
 */
class CssVarDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVar() goes on an element');
  }

  render(_name: string, _value: string): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [name, value]: [string, string]): typeof noChange {
    (part.element as HTMLElement).style.setProperty(name, value);
    return noChange;
  }
}

export const cssVar = directive(CssVarDirective);
