/** What a page would see thrown at it (errors, unhandled rejections) while `run` runs. */
export async function thrownAtPage(run: () => Promise<void>): Promise<unknown[]> {
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => thrown.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return thrown;
}

/** Each problem a widget's error state lists, as a reader reads it. */
export function listedProblems(el: HTMLElement): string[] {
  const alert = el.shadowRoot!.querySelector('[role=alert]');
  return [...(alert?.querySelectorAll('li') ?? [])].map((li) =>
    (li.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim(),
  );
}
