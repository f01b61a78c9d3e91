/**
 * Decides whether a refresh's result may replace what an account contributed before. An empty
 * answer where there were entities, or a drop larger than the configured share, is far more
 * often a broken role, a wrong region or a half-written snapshot than a real mass deletion.
 *
 * Returns the reason to refuse, or undefined to apply.
 */
export function refuseSuspiciousDrop(
  previousCount: number | undefined,
  nextCount: number,
  maxDropRatio: number,
): string | undefined {
  if (previousCount === undefined) {
    return nextCount === 0
      ? 'the answer is empty and what the catalog held before is unknown'
      : undefined;
  }
  if (previousCount === 0) return undefined;
  if (nextCount === 0) {
    return `the answer is empty where the last refresh had ${previousCount} entities`;
  }
  const drop = (previousCount - nextCount) / previousCount;
  if (drop > maxDropRatio) {
    return `it would remove ${
      previousCount - nextCount
    } of ${previousCount} entities (${Math.round(
      drop * 100,
    )}%), above privatelink.inventory.maxDropRatio ${maxDropRatio}`;
  }
  return undefined;
}

/**
 * The drop guard over each type: an empty answer where nothing is known before is refused, and
 * so is any type that would lose more than the allowed share of its entities.
 */
export function refuseSuspiciousDrops(
  previous: Map<string, number> | undefined,
  next: Map<string, number>,
  maxDropRatio: number,
): string | undefined {
  const total = [...next.values()].reduce((a, b) => a + b, 0);
  if (!previous) return refuseSuspiciousDrop(undefined, total, maxDropRatio);
  for (const [type, before] of previous) {
    const refusal = refuseSuspiciousDrop(
      before,
      next.get(type) ?? 0,
      maxDropRatio,
    );
    if (refusal) return `${type}: ${refusal}`;
  }
  return undefined;
}
