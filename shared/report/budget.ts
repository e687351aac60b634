// GitHub refuses comment bodies over 65,536 characters. The check runs on characters (code
// points); a string's UTF-16 length is never smaller than that, so measuring `.length` against a
// budget a little under the limit can only err on the safe side. Sections are kept or dropped
// whole, never cut, so a table row, a <details> block or a code span cannot be left open.
import { escapeText, link, table } from './markdown.js';

export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_COMMENT_BUDGET = 65_000;

const SEPARATOR = '\n\n';

/** A smaller form of a section: fixed Markdown, or made to fit the room (in characters) left. */
export type SectionVariant = string | ((room: number) => string);

export interface ReportSection {
  id: string;
  /** Lower is more important; room is handed out in this order, ties in document order. */
  priority: number;
  markdown: string;
  /** Smaller variants, tried in order when the full Markdown does not fit. */
  fallbacks?: readonly SectionVariant[];
  /** Always kept (in its smallest fitting form); renderWithinBudget throws if that is impossible. */
  required?: boolean;
  /** Name used in the closing note, e.g. "Changed files". */
  label: string;
}

export interface SectionRef {
  id: string;
  label: string;
}

export interface BudgetedComment {
  body: string;
  /** Ids of the sections in the body, in document order (shortened ones included). */
  included: string[];
  /** Sections that appear only in a smaller variant. */
  shortened: SectionRef[];
  omitted: SectionRef[];
  /** Full Markdown of the omitted and shortened sections, for the job summary. */
  overflow: string;
}

export interface BudgetOptions {
  /** Link to the run's job summary, named in the closing note when given. */
  summaryUrl?: string;
}

function joinSections(parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(SEPARATOR);
}

function labelList(refs: readonly SectionRef[]): string {
  return refs.map((r) => `**${escapeText(r.label)}**`).join(', ');
}

/** The note's length only grows with the lists, so the note for "everything" bounds every other. */
function closingNote(
  omitted: readonly SectionRef[],
  shortened: readonly SectionRef[],
  options: BudgetOptions,
): string {
  const where = options.summaryUrl ? link('job summary', options.summaryUrl) : 'job summary';
  const lines = ['> [!NOTE]', "> Parts of this report were trimmed to fit GitHub's comment size limit."];
  if (omitted.length > 0) lines.push(`> Left out: ${labelList(omitted)}.`);
  if (shortened.length > 0) lines.push(`> Shown in part: ${labelList(shortened)}.`);
  lines.push(`> The full report is in this run's ${where}.`);
  return lines.join('\n');
}

function resolveVariant(variant: SectionVariant, room: number): string {
  return typeof variant === 'function' ? variant(room) : variant;
}

/** The first of the section's forms that fits `room`, or null; empty text counts as not fitting. */
function fittingVariant(section: ReportSection, room: number): { text: string; full: boolean } | null {
  if (section.markdown.length <= room) return { text: section.markdown, full: true };
  for (const variant of section.fallbacks ?? []) {
    if (room <= 0) break;
    const text = resolveVariant(variant, room);
    if (text !== '' && text.length <= room) return { text, full: false };
  }
  return null;
}

function checkArguments(sections: readonly ReportSection[], budget: number): void {
  if (!Number.isInteger(budget) || budget <= 0) {
    throw new RangeError(`renderWithinBudget: budget must be a positive integer, got ${budget}`);
  }
  const seen = new Set<string>();
  for (const s of sections) {
    if (seen.has(s.id)) throw new Error(`renderWithinBudget: section id "${s.id}" is used twice`);
    seen.add(s.id);
    if (!Number.isFinite(s.priority)) {
      throw new RangeError(`renderWithinBudget: section "${s.id}" has priority ${s.priority}`);
    }
  }
}

/**
 * Builds a comment body no longer than `budget` UTF-16 code units from whole sections, admitted
 * by priority (required ones first) and printed in their original order. When anything is left
 * out or shortened, a closing note says what and points to the job summary, whose text is
 * returned as `overflow`; room for that note is set aside before any section is placed.
 */
export function renderWithinBudget(
  sections: readonly ReportSection[],
  budget: number = DEFAULT_COMMENT_BUDGET,
  options: BudgetOptions = {},
): BudgetedComment {
  checkArguments(sections, budget);
  const everything = joinSections(sections.map((s) => s.markdown));
  if (everything.length <= budget) {
    return {
      body: everything,
      included: sections.map((s) => s.id),
      shortened: [],
      omitted: [],
      overflow: '',
    };
  }

  const refs = sections.map((s) => ({ id: s.id, label: s.label }));
  const noteBound = closingNote(
    refs.filter((_, i) => !sections[i]?.required),
    refs.filter((_, i) => (sections[i]?.fallbacks?.length ?? 0) > 0),
    options,
  ).length;
  if (noteBound > budget) {
    throw new RangeError(
      `renderWithinBudget: a budget of ${budget} characters cannot hold even the closing note`,
    );
  }
  // Every placed section is charged its separator; the note's own separator is the last one charged.
  let room = budget - noteBound;

  const order = sections
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) => Number(!!b.s.required) - Number(!!a.s.required) || a.s.priority - b.s.priority || a.i - b.i,
    );
  const placed = new Map<number, { text: string; full: boolean }>();
  const missingRequired: string[] = [];
  for (const { s, i } of order) {
    const choice = fittingVariant(s, room - SEPARATOR.length);
    if (choice === null) {
      if (s.required) missingRequired.push(s.id);
      continue;
    }
    placed.set(i, choice);
    if (choice.text !== '') room -= choice.text.length + SEPARATOR.length;
  }
  if (missingRequired.length > 0) {
    throw new Error(
      `renderWithinBudget: required section(s) ${missingRequired.join(', ')} do not fit in ${budget} characters`,
    );
  }

  const included: string[] = [];
  const shortened: SectionRef[] = [];
  const omitted: SectionRef[] = [];
  const parts: string[] = [];
  const overflowParts: string[] = [];
  sections.forEach((s, i) => {
    const choice = placed.get(i);
    const ref = { id: s.id, label: s.label };
    if (choice === undefined) {
      omitted.push(ref);
      overflowParts.push(s.markdown);
      return;
    }
    included.push(s.id);
    parts.push(choice.text);
    if (!choice.full) {
      shortened.push(ref);
      overflowParts.push(s.markdown);
    }
  });
  parts.push(closingNote(omitted, shortened, options));
  const body = joinSections(parts);
  if (body.length > budget) {
    // Unreachable by construction; kept so a future change cannot post a body GitHub will refuse.
    throw new Error(`renderWithinBudget: produced ${body.length} characters for a budget of ${budget}`);
  }
  return { body, included, shortened, omitted, overflow: joinSections(overflowParts) };
}

export interface BudgetedTable {
  markdown: string;
  /** How many of the rows made it, from the top; the caller orders rows by importance. */
  shownRows: number;
}

function rowCountNote(hidden: number, total: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  return `_${count(hidden)} more ${hidden === 1 ? 'row' : 'rows'} not shown (${count(total)} in total)._`;
}

/**
 * A Markdown table of as many leading rows as fit `budget` characters, followed by a note of how
 * many were dropped; '' when not even the header and note fit. Cells must already be escaped
 * (markdown.ts) and on one line, since a line break would end the table mid-row.
 */
export function tableRowsWithinBudget(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  budget: number,
  align?: readonly ('l' | 'r' | 'c')[],
): BudgetedTable {
  rows.forEach((row, r) => {
    if (row.some((cell) => /[\r\n]/.test(cell))) {
      throw new Error(`tableRowsWithinBudget: row ${r + 1} has a cell containing a line break`);
    }
  });
  const whole = table(headers, rows, align);
  if (whole.length <= budget) return { markdown: whole, shownRows: rows.length };

  const head = table(headers, [], align);
  const noteBound = SEPARATOR.length + rowCountNote(rows.length, rows.length).length;
  let used = head.length + noteBound;
  if (used > budget) return { markdown: '', shownRows: 0 };
  let shown = 0;
  for (const row of rows) {
    const rowLength = table(headers, [row], align).length - head.length; // the row and its line break
    if (used + rowLength > budget) break;
    used += rowLength;
    shown++;
  }
  const markdown = `${table(headers, rows.slice(0, shown), align)}${SEPARATOR}${rowCountNote(rows.length - shown, rows.length)}`;
  return { markdown, shownRows: shown };
}
