// Named gates for the test servers' held answers: a request waits on `gate(name).opened`
// until the test asks the server to `open()` it (the same name: one gate, however many
// requests wait).

const gates = new Map();

/** The gate called `name`, made closed the first time it is asked for. */
export function gate(name) {
  if (!gates.has(name)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(name, { opened, open });
  }
  return gates.get(name);
}
