/**
 * Runs `run` on every item, at most `limit` at a time, in the items' order of starting; resolves
 * when all have finished. `run` handles its own errors: the first one it throws rejects the whole
 * after the runs in flight finish, and no further item is started.
 */
export async function eachConcurrently<T>(
  items: T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const item = items[next++];
      try {
        await run(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker),
  );
  const rejected = results.find(
    (r): r is PromiseRejectedResult => r.status === 'rejected',
  );
  if (rejected) throw rejected.reason;
}
