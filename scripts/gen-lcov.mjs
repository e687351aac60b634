// Writes the lcov benchmark input: 2,000 source files x 1,000 DA lines x 200 functions, with FN, FNDA
// and BRDA records (~38 MB). Deterministic (seeded), so every run benchmarks the same bytes.
// Usage: node scripts/gen-lcov.mjs [output]   (default bench-data/lcov-2000x1000.info)
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FILES = 2000;
export const LINES_PER_FILE = 1000;
export const FUNCTIONS_PER_FILE = 200;
export const BRANCH_LINES_PER_FILE = 70; // two BRDA records each
export const DEFAULT_OUTPUT = join(
  new URL('..', import.meta.url).pathname,
  'bench-data',
  'lcov-2000x1000.info',
);

/** mulberry32: small, fast, seeded; quality is irrelevant here, repeatability is what matters. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hit counts shaped like real suites: a quarter never run, most small, a few hot lines. */
function hits(rand) {
  const r = rand();
  if (r < 0.25) return 0;
  if (r < 0.95) return 1 + Math.floor(rand() * 20);
  return Math.floor(rand() * 1_000_000);
}

function fileRecord(i, rand) {
  const out = ['TN:', `SF:src/module_${i % 50}/component_${i}.ts`];
  const fnHits = [];
  for (let f = 0; f < FUNCTIONS_PER_FILE; f++) {
    out.push(`FN:${f * 5 + 1},handler_${f}`);
    fnHits.push(hits(rand));
  }
  for (let f = 0; f < FUNCTIONS_PER_FILE; f++) out.push(`FNDA:${fnHits[f]},handler_${f}`);
  out.push(`FNF:${FUNCTIONS_PER_FILE}`, `FNH:${fnHits.filter((h) => h > 0).length}`);
  let taken = 0;
  for (let b = 0; b < BRANCH_LINES_PER_FILE; b++) {
    const line = b * 10 + 3;
    const ran = rand() < 0.8;
    const a = ran ? hits(rand) : '-';
    const c = ran ? hits(rand) : '-';
    out.push(`BRDA:${line},0,0,${a}`, `BRDA:${line},0,1,${c}`);
    taken += (a > 0) + (c > 0);
  }
  out.push(`BRF:${BRANCH_LINES_PER_FILE * 2}`, `BRH:${taken}`);
  let hit = 0;
  for (let l = 1; l <= LINES_PER_FILE; l++) {
    const h = hits(rand);
    if (h > 0) hit++;
    out.push(`DA:${l},${h}`);
  }
  out.push(`LF:${LINES_PER_FILE}`, `LH:${hit}`, 'end_of_record', '');
  return out.join('\n');
}

export function generate(output = DEFAULT_OUTPUT) {
  mkdirSync(dirname(output), { recursive: true });
  const rand = random(20240607);
  const fd = openSync(output, 'w');
  let bytes = 0;
  try {
    for (let i = 0; i < FILES; i++) bytes += writeSync(fd, fileRecord(i, rand));
  } finally {
    closeSync(fd);
  }
  return { output, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { output, bytes } = generate(process.argv[2]);
  console.log(`wrote ${output} (${(bytes / 1e6).toFixed(1)} MB)`);
}
