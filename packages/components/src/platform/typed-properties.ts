/**
 * The properties an attribute also sets (text, a number, true/false) take only values of
 * their type from a page's script: a list where text goes never reaches the element, which
 * keeps what it had, and is a problem naming the property that the element's data
 * controllers show as its error state until the page sets it right. `null` and `undefined`
 * (a removed attribute) give the property back its value as constructed, never a value its
 * code cannot read. Records (`attribute: false`) are read by core's JSON readers instead.
 */
import type { PropertyDeclaration } from 'lit';
import type { ContentError, PlainType } from '@rendir/core';
import { importAgain } from './import-again.ts';

/** A value refused: the property, the value, and the type the property takes. */
interface RefusedValue {
  property: string;
  value: unknown;
  type: PlainType;
}

/** Their problems' words are core's, loaded only when a value is refused. */
const refusedWords = () => import('./refused-problems.ts');

/** The type a property declaration takes; none for records and internal state. */
function plainType(options: PropertyDeclaration): PlainType | undefined {
  if (options.state || options.attribute === false) return undefined;
  if (options.type === Number) return 'number';
  if (options.type === Boolean) return 'boolean';
  return options.type === undefined || options.type === String ? 'string' : undefined;
}

/** Each element's refused values, by property. */
const refusedValues = new WeakMap<Element, Map<string, RefusedValue>>();
/** How many times each element's refused values changed. */
const refusedCounts = new WeakMap<Element, number>();

/** Each class's property values as constructed: what `null` or `undefined` gives back. */
const constructedValues = new WeakMap<object, Record<string, unknown>>();

function constructedValue(element: Element, name: string): unknown {
  const ctor = element.constructor as new () => Element;
  let values = constructedValues.get(ctor);
  if (!values) {
    values = {};
    // Set first: the fresh element's own construction finds it and asks nothing more.
    constructedValues.set(ctor, values);
    try {
      const fresh = new ctor() as unknown as Record<string, unknown>;
      const declared = (ctor as unknown as { elementProperties: Map<PropertyKey, unknown> })
        .elementProperties;
      for (const key of declared.keys()) if (typeof key === 'string') values[key] = fresh[key];
    } catch {
      // A class that is not defined as a tag cannot be constructed here: undefined stays.
    }
  }
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

function refuse(element: Element, name: string, problem: RefusedValue | undefined): void {
  const refused = refusedValues.get(element) ?? new Map<string, RefusedValue>();
  refusedValues.set(element, refused);
  const changed = problem ? (refused.set(name, problem), true) : refused.delete(name);
  if (changed) refusedCounts.set(element, (refusedCounts.get(element) ?? 0) + 1);
}

/** The problems of the values an element refused, in core's words. */
export async function refusedProblems(element: Element): Promise<ContentError[]> {
  const refused = [...(refusedValues.get(element)?.values() ?? [])];
  if (!refused.length) return [];
  const { problemOf } = await importAgain(refusedWords);
  return refused.map((r) => problemOf(element, r.property, r.value, r.type));
}

/** Changes whenever the element refuses a value or takes one where it had refused. */
export function refusedChanges(element: Element): number {
  return refusedCounts.get(element) ?? 0;
}

/**
 * Wraps Lit's accessor of a typed property (as ReactiveElement.finalize defined it) so
 * that its setter takes only values of its type; other descriptors are returned as they are.
 */
export function typedDescriptor(
  descriptor: PropertyDescriptor | undefined,
  name: PropertyKey,
  options: PropertyDeclaration,
): PropertyDescriptor | undefined {
  const type = plainType(options);
  const set = descriptor?.set;
  if (!set || !type || typeof name !== 'string') return descriptor;
  return {
    ...descriptor,
    set(this: HTMLElement & { requestUpdate(): void }, value: unknown) {
      if (value === undefined || value === null) {
        refuse(this, name, undefined);
        set.call(this, constructedValue(this, name));
      } else if (typeof value === type) {
        refuse(this, name, undefined);
        set.call(this, value);
      } else {
        refuse(this, name, { property: name, value, type });
        this.requestUpdate();
      }
    },
  };
}
