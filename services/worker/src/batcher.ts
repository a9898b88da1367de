/**
 * Gathers items that arrive within a short window and processes them together, so
 * that one job per outbox row still yields one Meilisearch task per few hundred rows.
 * Each caller's promise settles with the outcome of the batch its item went into.
 */
export function createBatcher<T>(run: (items: T[]) => Promise<void>, opts: { maxItems: number; maxWaitMs: number }) {
  let pending: { item: T; resolve: () => void; reject: (e: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | undefined;

  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    run(batch.map((p) => p.item)).then(
      () => batch.forEach((p) => p.resolve()),
      (err: unknown) => batch.forEach((p) => p.reject(err)),
    );
  };

  return {
    add(item: T): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        if (pending.length >= opts.maxItems) flush();
        else timer ??= setTimeout(flush, opts.maxWaitMs);
      });
    },
    flush,
  };
}
