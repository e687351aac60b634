// The one shipshape comment on a pull request: every action and instance owns one section of it
// and replaces only its own. GitHub offers no conditional update of a comment, so two jobs that
// read the comment at the same moment could each write back a copy without the other's section.
// Each writer therefore reads the comment just before it writes, then re-reads after a settling
// delay and writes again (after a jittered pause) until its section has survived; twin comments
// created by a race are merged into the oldest. `comment: separate` keeps one comment per section.
import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHubClient } from './client.js';
import {
  type Layout,
  layoutSections,
  parseSections,
  SHARED_COMMENT_MARKER,
  type StoredSection,
  sectionPointer,
  sectionSurvived,
} from './comment-sections.js';
import type { Log } from './log.js';
import {
  commentFailure,
  DEFAULT_STICKY_AUTHORS,
  MAX_COMMENT_LENGTH,
  markerComment,
  stickyCommentText,
  upsertStickyComment,
} from './sticky-comment.js';

export { SHARED_COMMENT_MARKER } from './comment-sections.js';
export type CommentMode = 'shared' | 'separate' | 'off';

/** How long to wait, in ms, as [min, max] ranges drawn from uniformly. */
export interface SectionTiming {
  /** Between a write and the re-read that checks it survived. */
  settleMs: readonly [number, number];
  /** Before writing again after a lost section or a twin. */
  retryMs: readonly [number, number];
  /** Write-and-check rounds before giving up. */
  rounds: number;
}

export const DEFAULT_SECTION_TIMING: SectionTiming = {
  settleMs: [1_500, 3_000],
  retryMs: [500, 2_500],
  rounds: 12,
};

export interface SectionInput {
  owner: string;
  repo: string;
  issueNumber: number;
  /** `<action>` or `<action>:<name>`. */
  key: string;
  body: string;
  /** Smaller forms of the body, largest first, used when the full one does not fit its share. */
  shorter?: readonly string[];
  /** The run's page, where the job summary holds the complete report. */
  summaryUrl?: string;
  mode: Exclude<CommentMode, 'off'>;
  log: Log;
  authors?: readonly string[];
  timing?: SectionTiming;
  /** Uniform in [0, 1); tests may fix it. */
  random?: () => number;
}

export type SectionResult =
  | { ok: true; id: number; url: string; action: 'created' | 'updated' | 'unchanged'; shortened: boolean }
  | { ok: false; reason: 'forbidden' | 'too-long' | 'not-found' | 'conflict'; message: string };

interface OurComment {
  id: number;
  body: string;
  url: string;
}

export async function postCommentSection(octokit: GitHubClient, input: SectionInput): Promise<SectionResult> {
  if (input.mode === 'separate') return postSeparate(octokit, input);
  const where = `section '${input.key}' of the shipshape comment on #${input.issueNumber}`;
  try {
    return await postShared(octokit, input, where);
  } catch (error) {
    return commentFailure(error, where);
  }
}

/** One sticky comment of its own: the first form that fits, else the pointer. */
async function postSeparate(octokit: GitHubClient, input: SectionInput): Promise<SectionResult> {
  const marker = `shipshape:${input.key}`;
  const forms = [input.body, ...(input.shorter ?? [])];
  const pointer = sectionPointer({ key: input.key, body: input.body, ...summary(input) });
  const body = forms.find((f) => stickyCommentText(marker, f).length <= MAX_COMMENT_LENGTH) ?? pointer;
  const result = await upsertStickyComment(octokit, {
    owner: input.owner,
    repo: input.repo,
    issueNumber: input.issueNumber,
    marker,
    body,
    log: input.log,
    ...(input.authors ? { authors: input.authors } : {}),
  });
  return result.ok ? { ...result, shortened: body !== input.body } : result;
}

function summary(input: SectionInput): { summaryUrl?: string } {
  return input.summaryUrl ? { summaryUrl: input.summaryUrl } : {};
}

async function postShared(octokit: GitHubClient, input: SectionInput, where: string): Promise<SectionResult> {
  const { owner, repo, issueNumber, log } = input;
  const timing = input.timing ?? DEFAULT_SECTION_TIMING;
  const random = input.random ?? Math.random;
  const wait = ([min, max]: readonly [number, number]) => sleep(min + (max - min) * random());
  const authors = new Set((input.authors ?? DEFAULT_STICKY_AUTHORS).map((l) => l.toLowerCase()));
  const markerLine = markerComment(SHARED_COMMENT_MARKER);
  const mine = { key: input.key, forms: [input.body, ...(input.shorter ?? [])], ...summary(input) };

  const listOurs = async (): Promise<OurComment[]> => {
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    return all
      .filter(
        (c) =>
          c.user &&
          authors.has(c.user.login.toLowerCase()) &&
          (c.body ?? '').split('\n', 1)[0]?.trim().startsWith(markerLine),
      )
      .map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url }))
      .sort((a, b) => a.id - b.id);
  };
  const fresh = async (id: number): Promise<OurComment | undefined> => {
    try {
      const { data } = await octokit.rest.issues.getComment({ owner, repo, comment_id: id });
      return { id: data.id, body: data.body ?? '', url: data.html_url };
    } catch (error) {
      if ((error as { status?: unknown }).status === 404) return undefined;
      throw error;
    }
  };
  const remove = async (id: number): Promise<void> => {
    try {
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
    } catch (error) {
      // A twin another job already merged and deleted is the outcome we wanted.
      if ((error as { status?: unknown }).status !== 404) throw error;
    }
  };
  const tooLong = (layout: Extract<Layout, { ok: false }>): SectionResult => ({
    ok: false,
    reason: 'too-long',
    message: `Cannot write ${where}: even with every section shortened to a pointer the comment is ${layout.length} characters, over GitHub's limit`,
  });

  let written: StoredSection | undefined;
  let action: 'created' | 'updated' | 'unchanged' = 'unchanged';
  let shortened = false;
  let lastSeen: string | undefined;
  for (let round = 1; round <= timing.rounds; round++) {
    const ours = await listOurs();
    const [oldest, ...twins] = ours;
    const target = oldest ? await fresh(oldest.id) : undefined;

    if (written && target && twins.length === 0) {
      // Checking the last write: did it survive, and has the comment settled?
      const stored = parseSections(target.body).find((s) => s.key === input.key);
      if (sectionSurvived(stored, written)) {
        if (lastSeen === target.body) {
          log.info(`${action === 'unchanged' ? 'Kept' : 'Wrote'} ${where}: ${target.url}`);
          return { ok: true, id: target.id, url: target.url, action, shortened };
        }
        // Others wrote since: look once more after they had time to finish.
        lastSeen = target.body;
        await wait(timing.settleMs);
        continue;
      }
      // Lost to a concurrent writer: pause, then read afresh and write again.
      log.info(`${where} was overwritten by a concurrent writer; writing it again (round ${round})`);
      written = undefined;
      await wait(timing.retryMs);
      continue;
    }

    if (!target) {
      const layout = layoutSections([], mine);
      if (!layout.ok) return tooLong(layout);
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body: layout.text,
      });
      written = layout.mine;
      shortened = layout.shortened;
      action = 'created';
      lastSeen = layout.text;
      log.debug?.(`created comment ${data.id} for ${where}`);
    } else {
      // Sections only a twin holds move into the oldest comment before the twin goes.
      const sections = parseSections(target.body);
      for (const twin of twins) {
        for (const s of parseSections(twin.body))
          if (!sections.some((t) => t.key === s.key)) sections.push(s);
      }
      const layout = layoutSections(sections, mine);
      if (!layout.ok) return tooLong(layout);
      written = layout.mine;
      shortened = layout.shortened;
      if (layout.text !== target.body) {
        try {
          await octokit.rest.issues.updateComment({ owner, repo, comment_id: target.id, body: layout.text });
        } catch (error) {
          // Deleted since we read it (a twin converging the other way): start over.
          if ((error as { status?: unknown }).status === 404) {
            written = undefined;
            continue;
          }
          throw error;
        }
        if (action !== 'created') action = 'updated';
      }
      lastSeen = layout.text;
      for (const twin of twins) await remove(twin.id);
    }
    await wait(timing.settleMs);
  }
  return {
    ok: false,
    reason: 'conflict',
    message: `Cannot write ${where}: other jobs kept rewriting the comment for ${timing.rounds} rounds; the section may be missing until the next run`,
  };
}
