// `pat()` globs (`*` matches any run of characters, everything else is literal) matched in linear
// time. A regular expression `^.*ok.*healthy.*$` backtracks quadratically on a body without
// `healthy`, so a monitored service could stall a check for minutes; here each literal piece is found
// once, leftmost, with Knuth–Morris–Pratt, so the text is scanned at most once per piece boundary.

export interface GlobMatch {
  matched: boolean;
  /** Character comparisons made: at most 2 × (text length + pattern length). */
  steps: number;
}

function failureTable(piece: string): Int32Array {
  const table = new Int32Array(piece.length);
  let k = 0;
  for (let i = 1; i < piece.length; i++) {
    while (k > 0 && piece[i] !== piece[k]) k = table[k - 1] as number;
    if (piece[i] === piece[k]) k++;
    table[i] = k;
  }
  return table;
}

/** Leftmost index ≥ from where `piece` starts and ends by `end`, or -1; counts comparisons. */
function find(text: string, piece: string, from: number, end: number, count: { steps: number }): number {
  if (piece.length === 0) return from;
  const table = failureTable(piece);
  count.steps += piece.length;
  let k = 0;
  for (let i = from; i < end; i++) {
    while (k > 0 && text[i] !== piece[k]) {
      k = table[k - 1] as number;
      count.steps++;
    }
    count.steps++;
    if (text[i] === piece[k]) k++;
    if (k === piece.length) return i - piece.length + 1;
  }
  return -1;
}

export function globMatch(pattern: string, text: string): GlobMatch {
  const count = { steps: 0 };
  const pieces = pattern.split('*');
  if (pieces.length === 1) {
    count.steps = Math.min(pattern.length, text.length);
    return { matched: pattern === text, steps: count.steps };
  }
  const first = pieces[0] as string;
  const last = pieces[pieces.length - 1] as string;
  count.steps += first.length + last.length;
  if (first.length + last.length > text.length || !text.startsWith(first) || !text.endsWith(last)) {
    return { matched: false, steps: count.steps };
  }
  // Greedy leftmost placement of the middle pieces is complete for `*`-only globs: if any placement
  // fits before the suffix, the leftmost one does too.
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = find(text, piece, at, end, count);
    if (found < 0) return { matched: false, steps: count.steps };
    at = found + piece.length;
  }
  return { matched: true, steps: count.steps };
}
