/** The 95% Wilson score interval of `successes` out of `trials` (null when there were none). */
export function wilson95(successes: number, trials: number): { value: number; low: number; high: number } | null {
  if (trials === 0) return null;
  const z = 1.959963984540054;
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials))) / (1 + z2n);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
