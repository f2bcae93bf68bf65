/**
 * The nearest-rank percentile of the values: the smallest value that at least
 * `percent` % of the values are less than or equal to. Computed from every
 * recorded response time, not from a histogram's buckets.
 */
export function percentile(sortedValues: readonly number[], percent: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.ceil((percent / 100) * sortedValues.length);
  return sortedValues[Math.min(Math.max(rank, 1), sortedValues.length) - 1]!;
}
