// A big download as JSON without its whole text in memory: an array is written element by
// element, in slices, as JSON.stringify(value, null, 2) writes it (the same bytes). Madrid's
// 20,217 budget lines are 11.7 MB of JSON; as one string, its encoding and the copies Astro
// makes of an endpoint's body, they were the build's peak (+36 to +61 MB).
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Elements serialised per chunk: small enough to stay light, big enough to stay quick. */
const SLICE = 500;

/** `value` as the UTF-8 bytes of `JSON.stringify(value, null, 2)`, a slice at a time. */
export function jsonStream(value: unknown): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  if (!Array.isArray(value) || value.length === 0) {
    const text = JSON.stringify(value, null, 2) ?? '';
    return new ReadableStream({
      start(controller) {
        controller.enqueue(encoder.encode(text));
        controller.close();
      },
    });
  }
  const items: readonly unknown[] = value;
  let next = 0;
  return new ReadableStream({
    pull(controller) {
      const parts: string[] = [next === 0 ? '[\n' : ''];
      const end = Math.min(items.length, next + SLICE);
      for (; next < end; next++) {
        // As in an array JSON.stringify writes: undefined and functions are null.
        const text = JSON.stringify(items[next], null, 2) ?? 'null';
        parts.push('  ', text.replaceAll('\n', '\n  '), next < items.length - 1 ? ',\n' : '\n');
      }
      if (next === items.length) parts.push(']');
      controller.enqueue(encoder.encode(parts.join('')));
      if (next === items.length) controller.close();
    },
  });
}

/** Writes `value` as JSON to `file`, a slice at a time (what the build does with downloads). */
export async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await pipeline(Readable.fromWeb(jsonStream(value) as never), createWriteStream(file));
}
