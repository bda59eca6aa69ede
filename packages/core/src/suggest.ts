/** "Did you mean": the closest of some names to a misspelt one. */
import { normaliseHeader } from './headers.ts';
import { msg, type MessageRef } from './message.ts';

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The candidate closest to `name` (ignoring case, accents, spaces, `_` and `-`), when it is
 * close enough to be a slip: at most a third of its letters differ.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const n = normaliseHeader(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(n, normaliseHeader(c));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(n.length / 3))
    ? best
    : undefined;
}

/** `¿Quiso decir «x»?` / `Did you mean «x»?`, or nothing. */
export function didYouMean(name: string, candidates: Iterable<string>): MessageRef | undefined {
  const best = closestName(name, candidates);
  return best === undefined ? undefined : msg('suggest.did_you_mean', { best });
}

/** A message followed by its suggestion, when there is one: two sentences. */
export function withHint(message: MessageRef, hint: MessageRef | undefined): MessageRef {
  return hint
    ? msg('suggest.with_hint', { message: { ...message, sentence: true }, hint })
    : message;
}
