/**
 * Sets CSS properties through the CSSOM on every render, first one included. Lit's
 * `styleMap` writes its first render as a `style` attribute, which a strict CSP
 * (`style-src` without 'unsafe-inline') blocks, leaving boxes unplaced; this directive
 * never writes the attribute. Bind it to any attribute name:
 * `<li data-css=${cssProps({ left: '10%' })}>`.
 */
import { noChange } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type PartInfo,
} from 'lit/directive.js';

class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE) throw new Error('cssProps only works in an attribute');
  }

  render(_props: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(
    part: AttributePart,
    [props]: [Readonly<Record<string, string>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
