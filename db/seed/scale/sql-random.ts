// Deterministic "random" values computed by PostgreSQL itself, so the scale
// seed can fill millions of rows with INSERT … SELECT FROM generate_series
// instead of streaming them from Node. Every value is a hash of the row number
// and a purpose: the same seed gives the same data, and two purposes on one row
// are independent.
//
// These functions build SQL text. Their inputs are the seed's own constants and
// ids read from the database, never user input; literals are still quoted.

/** A stable salt for a purpose name (FNV-1a), so call sites read as words, not numbers. */
function saltOf(purpose: string): number {
  let hash = 0x811c9dc5;
  for (const char of purpose) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A whole number in [0, 2^31) from a row number (an int expression) and a purpose. */
function hashOf(row: string, purpose: string): string {
  return `(hashint4extended(${row}, ${saltOf(purpose)}) & 2147483647)`;
}

/** A number in [0, 1). */
export function unit(row: string, purpose: string): string {
  return `(${hashOf(row, purpose)}::float8 / 2147483648)`;
}

/** A whole number in [0, n). */
export function below(row: string, purpose: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`below() needs a positive count, got ${n}`);
  return `(${hashOf(row, purpose)} % ${n})::int`;
}

/** True for about `share` of the rows. */
export function chance(row: string, purpose: string, share: number): string {
  return `(${unit(row, purpose)} < ${share})`;
}

export function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** An array literal of the given SQL element type, e.g. `array['a','b']::text[]`. */
export function arrayLiteral(values: readonly (string | number)[], type: string): string {
  if (values.length === 0) return `'{}'::${type}[]`;
  const items = values.map((value) => (typeof value === 'number' ? String(value) : quote(value)));
  return `array[${items.join(',')}]::${type}[]`;
}

/** One of the values, each equally likely. */
export function pick(
  values: readonly (string | number)[],
  type: string,
  row: string,
  purpose: string,
): string {
  return `(${arrayLiteral(values, type)})[1 + ${below(row, purpose, values.length)}]`;
}

/** One of the values, each as likely as its (whole-number) weight. */
export function pickWeighted(
  weights: readonly (readonly [string | number, number])[],
  type: string,
  row: string,
  purpose: string,
): string {
  return pick(expandWeights(weights), type, row, purpose);
}

/** [['a', 2], ['b', 1]] → ['a', 'a', 'b']: a uniform pick from the result is a weighted pick. */
export function expandWeights<T>(weights: readonly (readonly [T, number])[]): T[] {
  return weights.flatMap(([value, weight]) => {
    if (!Number.isInteger(weight) || weight < 0) throw new Error(`weight ${weight} is not whole`);
    return Array.from({ length: weight }, () => value);
  });
}

/**
 * A version-4-shaped UUID derived from a kind and a row number. Later statements
 * compute a person's or an enrollment's id from its row number instead of
 * joining back to the rows already inserted.
 */
export function stableUuid(kind: string, row: string): string {
  return `overlay(overlay(md5(${quote(`${kind}:`)} || ${row}) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** A `case` choosing one SQL expression per value of an int expression (0, 1, 2, …). */
export function caseOf(selector: string, branches: readonly string[]): string {
  const whens = branches.map((branch, index) => `when ${index} then ${branch}`).join(' ');
  return `(case ${selector} ${whens} end)`;
}

/**
 * `cross join lateral (select … offset 0) alias`: columns computed once per row
 * for the rest of the statement to use. OFFSET 0 keeps the planner from
 * inlining the subquery, which would paste each expression into every place
 * that uses the column and compute it again there (twice as slow here).
 */
export function computeOnce(alias: string, columns: string): string {
  return `cross join lateral (select ${columns} offset 0) ${alias}`;
}
