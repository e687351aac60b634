// The layout of the one shared pull request comment, as pure functions: every action and instance
// owns a section between hidden markers; sections are ordered by key so that every writer produces
// the same text, and together they fit GitHub's size limit. A section that does not fit its share is
// replaced whole by a pointer to its job summary (never cut mid-markup).
import { escapeText, link } from '../report/markdown.js';
import { markerComment } from './sticky-comment.js';

export const SHARED_COMMENT_MARKER = 'shipshape:pr-comment';
/** GitHub allows 65,536; the margin absorbs counting differences (code points vs UTF-16 units). */
export const SHARED_COMMENT_BUDGET = 65_000;

export interface StoredSection {
  /** `<action>` or `<action>:<name>`. */
  key: string;
  /** Where the section's complete report lives (the run's page); its pointer links there. */
  summaryUrl?: string;
  body: string;
}

/** Marker fields may hold any name: encoded so that no space, `>` or `--` can end the comment early. */
function encodeField(value: string): string {
  return encodeURIComponent(value).replace(/-/g, '%2D');
}

function decodeField(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

function openMarker(s: Pick<StoredSection, 'key' | 'summaryUrl'>): string {
  const url = s.summaryUrl ? ` ${encodeField(s.summaryUrl)}` : '';
  return `<!-- shipshape:section ${encodeField(s.key)}${url} -->`;
}

function closeMarker(key: string): string {
  return `<!-- /shipshape:section ${encodeField(key)} -->`;
}

const SECTION =
  /<!-- shipshape:section ([^\s>]+)(?: ([^\s>]+))? -->\n([\s\S]*?)\n<!-- \/shipshape:section \1 -->/g;

/**
 * A section body as it is stored: anything that looks like one of our markers is defused (a file
 * name from a pull request could otherwise close a section early or forge another one).
 */
export function storableBody(body: string): string {
  return body
    .replace(/(<!--\s*\/?\s*shipshape)(\s*:)/gi, '$1\u200b$2')
    .replace(/\r\n?/g, '\n')
    .trimEnd();
}

/** The sections of a shared comment's body, in their order; unreadable parts are ignored. */
export function parseSections(body: string): StoredSection[] {
  const sections: StoredSection[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(SECTION)) {
    const key = decodeField(match[1] as string);
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    const url = match[2] === undefined ? undefined : decodeField(match[2]);
    sections.push({ key, ...(url ? { summaryUrl: url } : {}), body: match[3] as string });
  }
  return sections;
}

function byKey(a: StoredSection, b: StoredSection): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** The complete comment text, marker line first; sections ordered by key. */
export function renderSharedComment(sections: readonly StoredSection[]): string {
  const parts = [...sections].sort(byKey).map((s) => `${openMarker(s)}\n${s.body}\n${closeMarker(s.key)}`);
  return `${markerComment(SHARED_COMMENT_MARKER)}\n${parts.join('\n\n')}`;
}

/** `coverage-comment:api` -> `coverage-comment (api)`. */
function keyTitle(key: string): string {
  const at = key.indexOf(':');
  return at < 0 ? key : `${key.slice(0, at)} (${key.slice(at + 1)})`;
}

/**
 * The pointer that stands in for a section without room: its own heading line when it starts with
 * one (a whole line, so no markup is left open), then where the full report is. Idempotent.
 */
export function sectionPointer(s: StoredSection): string {
  const first = s.body.split('\n', 1)[0] ?? '';
  const heading = /^#{1,6} \S/.test(first) ? first : `### ${escapeText(keyTitle(s.key))}`;
  const where = s.summaryUrl ? `its ${link('job summary', s.summaryUrl)}` : 'its job summary';
  return `${heading}\n\n_This section did not fit in GitHub's comment size limit next to the others; the full report is in ${where}._`;
}

export interface MySection {
  key: string;
  summaryUrl?: string;
  /** The full body first, then smaller forms, largest first. */
  forms: readonly string[];
}

export type Layout =
  | { ok: true; sections: StoredSection[]; mine: StoredSection; text: string; shortened: boolean }
  | { ok: false; length: number };

/** The most each section may use when all do not fit: max-min fair shares of the room (water filling). */
function fairShare(lengths: readonly number[], room: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let left = room;
  for (let i = 0; i < sorted.length; i++) {
    const share = left / (sorted.length - i);
    if ((sorted[i] as number) > share) return Math.floor(share);
    left -= sorted[i] as number;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * Places `mine` among the `others` already in the comment within `budget` characters. When all do
 * not fit, every other section longer than its fair share becomes its pointer, and mine takes the
 * largest of its forms that fits the room left (at worst its own pointer).
 */
export function layoutSections(
  others: readonly StoredSection[],
  mine: MySection,
  budget = SHARED_COMMENT_BUDGET,
): Layout {
  const rest = others.filter((s) => s.key !== mine.key);
  const base = { key: mine.key, ...(mine.summaryUrl ? { summaryUrl: mine.summaryUrl } : {}) };
  const forms = mine.forms.map(storableBody);
  const full: StoredSection = { ...base, body: forms[0] ?? '' };
  const whole = renderSharedComment([...rest, full]);
  if (whole.length <= budget)
    return { ok: true, sections: [...rest, full], mine: full, text: whole, shortened: false };

  const wrappers = renderSharedComment([...rest, full].map((s) => ({ ...s, body: '' }))).length;
  const share = fairShare(
    [...rest, full].map((s) => s.body.length),
    budget - wrappers,
  );
  const kept = rest.map((s) => (s.body.length > share ? { ...s, body: sectionPointer(s) } : s));
  const candidates = [...forms, sectionPointer(full)];
  for (const body of candidates) {
    const section = { ...base, body };
    const text = renderSharedComment([...kept, section]);
    if (text.length <= budget)
      return { ok: true, sections: [...kept, section], mine: section, text, shortened: true };
  }
  return {
    ok: false,
    length: renderSharedComment([...kept, { ...base, body: sectionPointer(full) }]).length,
  };
}

/** Whether `body` is mine as I wrote it, or as another writer had to shorten it (my pointer). */
export function sectionSurvived(stored: StoredSection | undefined, written: StoredSection): boolean {
  if (!stored) return false;
  return stored.body === written.body || stored.body === sectionPointer(written);
}
