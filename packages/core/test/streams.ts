// Test support: a file's bytes as a stream cut into pieces of the given sizes (repeated),
// to read it as a browser or `fetch` would hand it over.
export function streamOf(bytes: Uint8Array, sizes: number[]): ReadableStream<Uint8Array> {
  let i = 0;
  let k = 0;
  return new ReadableStream({
    pull(controller) {
      if (i >= bytes.length) {
        controller.close();
        return;
      }
      const n = Math.max(1, sizes[k++ % sizes.length]);
      controller.enqueue(bytes.slice(i, i + n));
      i += n;
    },
  });
}
