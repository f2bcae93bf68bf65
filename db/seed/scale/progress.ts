type Counts = Record<string, number>;

const isCounts = (value: unknown): value is Counts =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((item) => typeof item === 'number');

/** Prints one line per phase: what it made and how long it took. */
export function startProgress(log: (line: string) => void) {
  const started = performance.now();
  const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
  return {
    /** Runs a phase; a result of row counts is printed as such, otherwise `summarise` says what to print. */
    async phase<T>(
      label: string,
      work: () => Promise<T>,
      summarise: (result: T) => Counts | undefined = (result) =>
        isCounts(result) ? result : undefined,
    ): Promise<T> {
      const phaseStarted = performance.now();
      const result = await work();
      const counts = summarise(result);
      const made = counts
        ? Object.entries(counts)
            .map(([what, count]) => `${what} ${count}`)
            .join(', ')
        : '';
      const line = made ? `${label.padEnd(20)} ${made}` : label;
      log(`${line} (${seconds(phaseStarted)} s)`);
      return result;
    },
    /** Seconds since the start. */
    elapsed(): string {
      return seconds(started);
    },
  };
}
