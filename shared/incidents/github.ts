// Reads and writes incident issues. The issue list is the state: open issues carrying a
// fingerprint marker are open incidents; recently closed ones tell the machine about flapping.
import type { GitHubClient } from '../github/client.js';
import { describeGitHubError } from '../github/client.js';
import { readFingerprint, readIncidentState } from './issue-body.js';
import type { IncidentMemory } from './machine.js';

export interface IssueTarget {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  label: string;
}

export interface LoadedIncidents {
  memory: Map<string, IncidentMemory>;
  /** issue number → html_url */
  urls: Map<number, string>;
}

interface IssueLike {
  number: number;
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
  try {
    [open, closed] = await Promise.all([list('open'), list('closed')]);
  } catch (error) {
    throw new Error(`listing incident issues labelled '${t.label}': ${describeGitHubError(error)}`, {
      cause: error,
    });
  }
  for (const issue of open) {
    if (issue.pull_request) continue;
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
    if (issue.pull_request || !issue.closed_at) continue;
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

export async function createIncidentIssue(
  t: IssueTarget,
  title: string,
  body: string,
): Promise<{ number: number; url: string }> {
  const { data } = await t.octokit.rest.issues.create({
    owner: t.owner,
    repo: t.repo,
    title,
    body,
    labels: [t.label],
  });
  return { number: data.number, url: data.html_url };
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
  await t.octokit.rest.issues.createComment({
    owner: t.owner,
    repo: t.repo,
    issue_number: issueNumber,
    body,
  });
}
