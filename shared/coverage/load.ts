import { open, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { mapGoImportPath } from './gomod.js';
import { mergeFiles } from './merge.js';
import type { Counter, CoverageFormat, CoverageReport, FileCoverage, Metric, Totals } from './model.js';
import { CoverageParseError, withPath } from './model.js';
import { detectFormat, parseCoverage } from './parsers/detect.js';
import { LcovChunkParser } from './parsers/lcov.js';
import { normalisePath, type PathContext } from './paths.js';
import { computeTotals, fileCounters, percent } from './totals.js';

/**
 * When one source file is in reports of several formats (lcov and cobertura of the same run),
 * those are one measurement written twice: the file's figures come from one format, never a
 * union, whose branch ids and line sets differ. The richest wins: most metrics with data, then
 * this order.
 */
const FORMAT_PREFERENCE: readonly CoverageFormat[] = [
  'lcov',
  'istanbul',
  'jacoco',
  'cobertura',
  'clover',
  'go',
  'istanbul-summary',
];

function richness(file: FileCoverage): number {
  const c = fileCounters(file);
  return (['lines', 'branches', 'functions', 'statements'] as const).filter((m) => c[m].total > 0).length;
}

interface Tagged {
  file: FileCoverage;
  format: CoverageFormat;
  report: number;
}

/** Keeps, for each path, only the files of its richest format; returns the reports that lost a file. */
function onePerFormat(tagged: Tagged[]): { kept: FileCoverage[]; dropped: Set<number> } {
  const byPath = new Map<string, Tagged[]>();
  for (const t of tagged) {
    const group = byPath.get(t.file.path);
    if (group) group.push(t);
    else byPath.set(t.file.path, [t]);
  }
  const kept: FileCoverage[] = [];
  const dropped = new Set<number>();
  for (const group of byPath.values()) {
    const formats = [...new Set(group.map((g) => g.format))];
    if (formats.length === 1) {
      for (const g of group) kept.push(g.file);
      continue;
    }
    const score = (format: CoverageFormat) =>
      Math.max(...group.filter((g) => g.format === format).map((g) => richness(g.file))) * 100 -
      FORMAT_PREFERENCE.indexOf(format);
    const best = formats.reduce((a, b) => (score(b) > score(a) ? b : a));
    for (const g of group) {
      if (g.format === best) kept.push(g.file);
      else dropped.add(g.report);
    }
  }
  return { kept, dropped };
}

const HEADER_NAMES: Record<string, string> = {
  lines: 'lines-valid/lines-covered',
  branches: 'branches-valid/branches-covered',
  functions: 'functions-valid/functions-covered',
};

/**
 * The producer's report-level totals where its per-file detail is incomplete (branches counted on
 * lines without a statement, function counts only in the header): the difference is added to the
 * totals, and a note says so.
 */
function headerAdjustments(
  report: CoverageReport,
  files: readonly FileCoverage[],
): { adjust: Partial<Record<Metric, Counter>>; notes: string[] } {
  const adjust: Partial<Record<Metric, Counter>> = {};
  const notes: string[] = [];
  if (!report.header) return { adjust, notes };
  const detail = computeTotals(files);
  for (const [metric, header] of Object.entries(report.header) as [Metric, Counter][]) {
    const d = detail[metric];
    if (header.total <= d.total) continue;
    adjust[metric] = { covered: Math.max(0, header.covered - d.covered), total: header.total - d.total };
    notes.push(
      `${report.source}: ${metric} from the report header (${HEADER_NAMES[metric] ?? metric}: ${header.covered}/${header.total}); the per-file detail holds ${d.covered}/${d.total}.`,
    );
  }
  return { adjust, notes };
}

function withAdjustments(totals: Totals, adjustments: Partial<Record<Metric, Counter>>[]): Totals {
  const out = { ...totals };
  for (const adjust of adjustments) {
    for (const [metric, extra] of Object.entries(adjust) as [Metric, Counter][]) {
      const covered = out[metric].covered + extra.covered;
      const total = out[metric].total + extra.total;
      out[metric] = { covered, total, pct: percent(covered, total) };
    }
  }
  return out;
}

export interface GoModule {
  modulePath: string;
  /** Folder of the go.mod, repo-relative ('' at the root). */
  dir: string;
}

export interface LoadOptions {
  /** Absolute paths of the report files. */
  files: readonly string[];
  format: CoverageFormat | 'auto';
  paths: PathContext;
  goModules?: readonly GoModule[];
}

export interface LoadedSource {
  file: string;
  format: CoverageFormat;
  files: number;
}

export interface LoadedCoverage {
  files: FileCoverage[];
  sources: LoadedSource[];
  /** Repo-relative spellings of report paths that match no tracked file. */
  unmatched: string[];
  /** Totals of all files, with the producer's header used where a report's detail is incomplete. */
  totals: Totals;
  /** What the figures are based on, where it is not plain per-file detail (for the summary). */
  basis: string[];
}

const HEAD_BYTES = 4096;

/**
 * Go profiles of matrix shards are concatenated before parsing: the parser then unions blocks
 * exactly, which merging per-file statement counters afterwards could not.
 */
function combineGoProfiles(texts: { file: string; data: Buffer }[]): { file: string; data: Buffer }[] {
  const byMode = new Map<string, { files: string[]; bodies: string[] }>();
  const rest: { file: string; data: Buffer }[] = [];
  for (const t of texts) {
    const text = t.data.toString('utf8');
    const newline = text.indexOf('\n');
    const header = (newline < 0 ? text : text.slice(0, newline)).trim();
    if (!/^mode:\s*\w+$/.test(header)) {
      rest.push(t);
      continue;
    }
    const group = byMode.get(header) ?? { files: [], bodies: [] };
    group.files.push(t.file);
    group.bodies.push(newline < 0 ? '' : text.slice(newline + 1));
    byMode.set(header, group);
  }
  for (const [header, group] of byMode) {
    if (group.files.length === 1) {
      rest.push({ file: group.files[0]!, data: Buffer.from(`${header}\n${group.bodies[0]}`) });
      continue;
    }
    const bodies = group.bodies.map((b) => (b.endsWith('\n') || b === '' ? b : `${b}\n`));
    rest.push({ file: group.files.join(' + '), data: Buffer.from(`${header}\n${bodies.join('')}`) });
  }
  return rest;
}

function relativeToWorkspace(file: string, workspace: string): string {
  const rel = relative(workspace, file);
  return rel.startsWith('..') ? file : rel;
}

function unreadable(error: unknown, shown: string): CoverageParseError {
  return new CoverageParseError(
    `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    shown,
  );
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function isBlankFile(file: string): Promise<boolean> {
  const data = await readFile(file);
  return (
    data
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim() === ''
  );
}

/**
 * lcov reports can be tens of megabytes: they are parsed as they are read, never held whole, through
 * two reused buffers, the next chunk being read while this one is parsed. (A read stream allocates a
 * new buffer per chunk, and a parse that makes little garbage runs the collector so rarely that tens
 * of megabytes of read chunks were alive at once.)
 */
async function streamLcov(file: string, shown: string): Promise<CoverageReport> {
  const parser = new LcovChunkParser(shown);
  const handle = await open(file, 'r');
  const size = 256 * 1024;
  const buffers: [Buffer, Buffer] = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
  let reading = handle.read(buffers[0], 0, size, null);
  try {
    for (let turn = 0; ; turn ^= 1) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      // Reads run one at a time, so each continues where the previous one ended.
      reading = handle.read(buffers[turn ^ 1]!, 0, size, null);
      parser.write(buffers[turn]!.subarray(0, bytesRead));
    }
  } finally {
    await reading.catch(() => undefined);
    await handle.close();
  }
  return parser.end();
}

export async function loadCoverage(options: LoadOptions): Promise<LoadedCoverage> {
  const raw: { file: string; data: Buffer; format: CoverageFormat }[] = [];
  const reports: CoverageReport[] = [];
  for (const file of options.files) {
    const shown = relativeToWorkspace(file, options.paths.workspace);
    const head = await readHead(file).catch((error: unknown) => {
      throw unreadable(error, shown);
    });
    if (head.replace(/^\uFEFF/, '').trim() === '' && (await isBlankFile(file))) {
      throw new CoverageParseError(
        'the coverage report is empty (0 bytes or only blanks): did the test run write it?',
        shown,
      );
    }
    const format = options.format === 'auto' ? detectFormat(head, shown) : options.format;
    if (!format) {
      throw new CoverageParseError(
        'could not detect the coverage format (expected lcov, Go coverprofile, istanbul JSON, cobertura, JaCoCo or Clover XML); set the format input',
        shown,
      );
    }
    if (format === 'lcov' && head.trim() !== '') {
      reports.push(
        await streamLcov(file, shown).catch((error: unknown) => {
          throw error instanceof CoverageParseError ? error : unreadable(error, shown);
        }),
      );
      continue;
    }
    const data = await readFile(file).catch((error: unknown) => {
      throw unreadable(error, shown);
    });
    raw.push({ file: shown, data, format });
  }

  const goInputs = combineGoProfiles(raw.filter((r) => r.format === 'go'));
  const parseList = [
    ...raw.filter((r) => r.format !== 'go'),
    ...goInputs.map((g) => ({ ...g, format: 'go' as const })),
  ];

  for (const item of parseList) reports.push(parseCoverage(item.data, item.file, item.format));

  const sources: LoadedSource[] = [];
  const tagged: Tagged[] = [];
  const perReport: FileCoverage[][] = [];
  const unmatched = new Set<string>();
  for (const [index, report] of reports.entries()) {
    const mine: FileCoverage[] = [];
    perReport.push(mine);
    sources.push({ file: report.source, format: report.format, files: report.files.length });
    const ctx: PathContext = {
      ...options.paths,
      sourceRoots: report.sourceRoots ?? options.paths.sourceRoots,
    };
    for (const file of report.files) {
      const rawPath =
        report.format === 'go' && options.goModules?.length
          ? mapGoImportPath(file.path, [...options.goModules])
          : file.path;
      const normalised = normalisePath(rawPath, ctx);
      if (!normalised.matched) unmatched.add(normalised.path);
      const renamed = withPath(file, normalised.path);
      mine.push(renamed);
      tagged.push({ file: renamed, format: report.format, report: index });
    }
  }
  const { kept, dropped } = onePerFormat(tagged);
  const files = mergeFiles(kept);
  const basis: string[] = [];
  const adjustments: Partial<Record<Metric, Counter>>[] = [];
  for (const [index, report] of reports.entries()) {
    if (dropped.has(index)) {
      basis.push(
        `${report.source} (${report.format}) was not counted for files that a richer report of another format also covers: one run written twice is counted once.`,
      );
      continue;
    }
    const { adjust, notes } = headerAdjustments(report, perReport[index]!);
    adjustments.push(adjust);
    basis.push(...notes);
  }
  return {
    files,
    sources,
    unmatched: [...unmatched].sort(),
    totals: withAdjustments(computeTotals(files), adjustments),
    basis,
  };
}
