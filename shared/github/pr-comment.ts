// The one shipshape comment on a pull request: every action and instance owns one section of it,
// delimited by hidden markers, and replaces only its own. `comment: separate` keeps one sticky
// comment per section instead.
import type { GitHubClient } from './client.js';
import type { Log } from './log.js';
import { type StickyCommentResult, upsertStickyComment } from './sticky-comment.js';

export const SHARED_COMMENT_MARKER = 'shipshape:pr-comment';
export type CommentMode = 'shared' | 'separate' | 'off';

export interface SectionInput {
  owner: string;
  repo: string;
  issueNumber: number;
  /** `<action>` or `<action>:<name>`. */
  key: string;
  body: string;
  mode: Exclude<CommentMode, 'off'>;
  log: Log;
}

const open = (key: string) => `<!-- shipshape:section ${key} -->`;
const close = (key: string) => `<!-- /shipshape:section ${key} -->`;
const SECTION = /<!-- shipshape:section (\S+) -->\n([\s\S]*?)\n<!-- \/shipshape:section \1 -->/g;

/** The sections of a shared comment's body, in their order. */
export function parseSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of body.matchAll(SECTION)) sections.set(match[1] as string, match[2] as string);
  return sections;
}

/** Sections are ordered by key so that every writer produces the same layout. */
export function renderSections(sections: Map<string, string>): string {
  return [...sections.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, body]) => `${open(key)}\n${body}\n${close(key)}`)
    .join('\n\n');
}

export async function postCommentSection(
  octokit: GitHubClient,
  input: SectionInput,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber, key, body, log } = input;
  if (input.mode === 'separate') {
    return upsertStickyComment(octokit, { owner, repo, issueNumber, marker: `shipshape:${key}`, body, log });
  }
  const existing = await findSharedBody(octokit, owner, repo, issueNumber);
  const sections = parseSections(existing ?? '');
  sections.set(key, body);
  return upsertStickyComment(octokit, {
    owner,
    repo,
    issueNumber,
    marker: SHARED_COMMENT_MARKER,
    body: renderSections(sections),
    log,
  });
}

async function findSharedBody(
  octokit: GitHubClient,
  owner: string,
  repo: string,
  issueNumber: number,
): Promise<string | undefined> {
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  });
  const marker = `<!-- ${SHARED_COMMENT_MARKER} -->`;
  const ours = all.filter(
    (c) => c.user?.login === 'github-actions[bot]' && (c.body ?? '').startsWith(marker),
  );
  return ours.sort((a, b) => a.id - b.id)[0]?.body ?? undefined;
}
