// Reads and writes incident issues. The issue list is the state: open issues carrying a
// fingerprint marker are open incidents; recently closed ones tell the machine about flapping.
// Only issues the workflow's own identity wrote count: the marker is predictable and anyone may
// open an issue, so an outsider's issue with a marker and a future `lastAlertAt` would otherwise
// turn a real outage into a silent "ongoing" one. Creating an issue or a comment is not idempotent,
// so those requests are never retried blindly: after an ambiguous failure (5xx, dropped
// connection, timeout) the list is read again to see whether the first attempt landed.
import type { GitHubClient } from '../github/client.js';
import { describeGitHubError } from '../github/errors.js';
import { ownLogins } from '../github/identity.js';
import { sleep } from '../http/backoff.js';
import { readFingerprint, readIncidentState } from './issue-body.js';
import type { IncidentMemory } from './machine.js';

export interface IssueTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  label: string;
  /**
   * Logins whose issues are incidents. Default: github-actions[bot] and the token's own account
   * (ownLogins: a personal access token's user, a GitHub App's `<app>[bot]`).
   */
  authors?: readonly string[];
  /** Attempts at a create that may not have landed; default 3. */
  createAttempts?: number;
  /** Pause before checking whether an ambiguous create landed; default 1000 ms. */
  recheckDelayMs?: number;
}

const resolvedAuthors = new WeakMap<IssueTarget, Set<string>>();

/** The lower-cased logins trusted as incident authors, asked once per target. */
export async function incidentAuthors(t: IssueTarget): Promise<Set<string>> {
  let known = resolvedAuthors.get(t);
  if (!known) {
    const own = t.authors ?? (await ownLogins(t.octokit));
    known = new Set(own.map((l) => (l as string).toLowerCase()));
    resolvedAuthors.set(t, known);
  }
  return known;
}

const byAuthor = (authors: Set<string>, user: { login?: string } | null | undefined) =>
  typeof user?.login === 'string' && authors.has(user.login.toLowerCase());

/** A failure after which the request may or may not have been carried out. */
function ambiguous(error: unknown): boolean {
  const status = (error as { status?: unknown })?.status;
  return typeof status !== 'number' || status >= 500;
}

export interface LoadedIncidents {
  memory: Map<string, IncidentMemory>;
  /** issue number → html_url */
  urls: Map<number, string>;
}

interface IssueLike {
  number: number;
  user?: { login?: string } | null;
  body?: string | null;
  state: string;
  closed_at?: string | null;
  html_url: string;
  pull_request?: unknown;
}

/** Open incidents, and incidents closed since `closedSince` (for the flapping cool-down). */
export async function loadIncidents(t: IssueTarget, closedSince: Date): Promise<LoadedIncidents> {
  const memory = new Map<string, IncidentMemory>();
  const urls = new Map<number, string>();
  const list = async (state: 'open' | 'closed') =>
    (await t.octokit.paginate(t.octokit.rest.issues.listForRepo, {
      owner: t.owner,
      repo: t.repo,
      labels: t.label,
      state,
      per_page: 100,
      ...(state === 'closed' ? { since: closedSince.toISOString() } : {}),
    })) as IssueLike[];
  let open: IssueLike[];
  let closed: IssueLike[];
  const authors = await incidentAuthors(t);
  try {
    [open, closed] = await Promise.all([list('open'), list('closed')]);
  } catch (error) {
    throw new Error(`listing incident issues labelled '${t.label}': ${describeGitHubError(error)}`, {
      cause: error,
    });
  }
  for (const issue of open) {
    if (issue.pull_request || !byAuthor(authors, issue.user)) continue;
    const fp = readFingerprint(issue.body);
    const state = readIncidentState(issue.body);
    if (!fp || !state) continue;
    urls.set(issue.number, issue.html_url);
    const m = memory.get(fp) ?? {};
    // Two open issues for one fingerprint (made by hand, or a race): the oldest one is used.
    if (!m.open || issue.number < m.open.issueNumber) m.open = { issueNumber: issue.number, ...state };
    memory.set(fp, m);
  }
  for (const issue of closed) {
    if (issue.pull_request || !issue.closed_at || !byAuthor(authors, issue.user)) continue;
    const fp = readFingerprint(issue.body);
    if (!fp) continue;
    urls.set(issue.number, issue.html_url);
    const m = memory.get(fp) ?? {};
    if (!m.lastClosed || Date.parse(issue.closed_at) > Date.parse(m.lastClosed.closedAt)) {
      const state = readIncidentState(issue.body);
      m.lastClosed = {
        issueNumber: issue.number,
        closedAt: issue.closed_at,
        ...(state?.lastAlertAt ? { lastAlertAt: state.lastAlertAt } : {}),
      };
    }
    memory.set(fp, m);
  }
  return { memory, urls };
}

/** Our own open issue carrying this fingerprint, if one exists (the twin of an ambiguous create). */
async function findOwnIssue(
  t: IssueTarget,
  fingerprint: string,
): Promise<{ number: number; url: string } | undefined> {
  const authors = await incidentAuthors(t);
  const open = (await t.octokit.paginate(t.octokit.rest.issues.listForRepo, {
    owner: t.owner,
    repo: t.repo,
    labels: t.label,
    state: 'open',
    per_page: 100,
  })) as IssueLike[];
  const mine = open
    .filter((i) => !i.pull_request && byAuthor(authors, i.user) && readFingerprint(i.body) === fingerprint)
    .sort((a, b) => a.number - b.number)[0];
  return mine ? { number: mine.number, url: mine.html_url } : undefined;
}

export async function createIncidentIssue(
  t: IssueTarget,
  title: string,
  body: string,
): Promise<{ number: number; url: string }> {
  const fingerprint = readFingerprint(body);
  const attempts = t.createAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      const { data } = await t.octokit.rest.issues.create({
        owner: t.owner,
        repo: t.repo,
        title,
        body,
        labels: [t.label],
        request: { retries: 0 },
      });
      return { number: data.number, url: data.html_url };
    } catch (error) {
      if (!ambiguous(error) || !fingerprint || attempt >= attempts) throw error;
      await sleep(t.recheckDelayMs ?? 1000);
      const landed = await findOwnIssue(t, fingerprint);
      if (landed) return landed;
    }
  }
}

export async function updateIncidentIssue(
  t: IssueTarget,
  issueNumber: number,
  change: { title?: string; body?: string; state?: 'open' | 'closed' },
): Promise<string> {
  const { data } = await t.octokit.rest.issues.update({
    owner: t.owner,
    repo: t.repo,
    issue_number: issueNumber,
    ...change,
    ...(change.state === 'closed' ? { state_reason: 'completed' as const } : {}),
  });
  return data.html_url;
}

export async function commentOnIncident(t: IssueTarget, issueNumber: number, body: string): Promise<void> {
  const attempts = t.createAttempts ?? 3;
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  for (let attempt = 1; ; attempt++) {
    try {
      await t.octokit.rest.issues.createComment({
        owner: t.owner,
        repo: t.repo,
        issue_number: issueNumber,
        body,
        request: { retries: 0 },
      });
      return;
    } catch (error) {
      if (!ambiguous(error) || attempt >= attempts) throw error;
      await sleep(t.recheckDelayMs ?? 1000);
      const authors = await incidentAuthors(t);
      const recent = await t.octokit.paginate(t.octokit.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: issueNumber,
        since: startedAt,
        per_page: 100,
      });
      if (recent.some((c) => byAuthor(authors, c.user) && c.body === body)) return;
    }
  }
}
