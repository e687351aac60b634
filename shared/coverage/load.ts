import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { mapGoImportPath } from './gomod.js';
import { mergeFiles } from './merge.js';
import type { CoverageFormat, CoverageReport, FileCoverage } from './model.js';
import { CoverageParseError } from './model.js';
import { detectFormat, parseCoverage } from './parsers/detect.js';
import { LcovChunkParser } from './parsers/lcov.js';
import { normalisePath, type PathContext } from './paths.js';

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

/** lcov reports can be tens of megabytes: they are parsed as they stream in, never held whole. */
async function streamLcov(file: string, shown: string): Promise<CoverageReport> {
  const parser = new LcovChunkParser(shown);
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }))
    parser.write(chunk as Buffer);
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
    const format = options.format === 'auto' ? detectFormat(head, shown) : options.format;
    if (!format) {
      throw new CoverageParseError(
        'could not detect the coverage format (expected lcov, Go coverprofile, istanbul JSON or cobertura XML); set the format input',
        shown,
      );
    }
    if (format === 'lcov' && head.trim() !== '') {
      reports.push(await streamLcov(file, shown));
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
  const all: FileCoverage[] = [];
  const unmatched = new Set<string>();
  for (const report of reports) {
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
      all.push({ ...file, path: normalised.path });
    }
  }
  return { files: mergeFiles(all), sources, unmatched: [...unmatched].sort() };
}
