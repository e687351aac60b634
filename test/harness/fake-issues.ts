// Issue and deployment-status routes for the fake GitHub, which has only comments built in: enough
// for incident issues (list by label and state, create, update, close, reopen) and for marking a
// deployment. Every route is one GitHub documents; the fake checks each request body against it.
import type { FakeGitHub } from './fake-github.js';
import type { GitHubUser } from './fake-repo.js';
import { paginate } from './pagination.js';

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  /** Who opened it: the fake's actor (github-actions[bot] unless a test changes it). */
  user?: GitHubUser;
}

export interface StoredDeploymentStatus {
  deployment_id: number;
  state: string;
  description?: string;
  environment_url?: string;
  log_url?: string;
  environment?: string;
}

export interface FakeIssues {
  issues: StoredIssue[];
  deploymentStatuses: StoredDeploymentStatus[];
  /**
   * The next this-many issue creations are carried out and then answered 502 Bad Gateway, as when
   * GitHub's front end times out on a request its backend completed.
   */
  createsLandingAs502: number;
}

const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export function addIssueRoutes(fake: FakeGitHub, firstNumber = 1): FakeIssues {
  const store: FakeIssues = { issues: [], deploymentStatuses: [], createsLandingAs502: 0 };
  let next = firstNumber;
  const now = () => new Date().toISOString();
  const issueJson = (i: StoredIssue, p: Record<string, string>) => ({
    id: 5_000_000 + i.number,
    node_id: `I_${i.number}`,
    url: `${fake.url}/repos/${p.owner}/${p.repo}/issues/${i.number}`,
    html_url: `https://github.com/${p.owner}/${p.repo}/issues/${i.number}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.state_reason,
    labels: i.labels.map((name, k) => ({ id: k + 1, name, color: 'd73a4a', default: false })),
    user: i.user ?? BOT,
    comments: fake.state.commentsOn(i.number).length,
    created_at: i.created_at,
    updated_at: i.updated_at,
    closed_at: i.closed_at,
    locked: false,
    author_association: 'NONE',
  });
  const find = (p: Record<string, string>) => store.issues.find((i) => i.number === Number(p.issue_number));
  const notFound = {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/issues/issues',
      status: '404',
    },
  };

  fake.route('GET', '/repos/{owner}/{repo}/issues', (req, p) => {
    const state = req.query.state ?? 'open';
    const labels = (req.query.labels ?? '').split(',').filter((l) => l !== '');
    const since = req.query.since;
    const list = store.issues
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => labels.every((l) => i.labels.includes(l)))
      .filter((i) => since === undefined || i.updated_at >= since)
      .sort((a, b) => b.number - a.number);
    const url = new URL(req.path, fake.url);
    for (const [k, v] of Object.entries(req.query)) url.searchParams.set(k, v);
    const page = paginate(list, url);
    const headers: Record<string, string> = page.link ? { link: page.link } : {};
    return {
      status: 200,
      body: page.items.map((i) => issueJson(i, p)),
      headers,
    };
  });
  fake.route('POST', '/repos/{owner}/{repo}/issues', (req, p) => {
    const body = req.body as { title: string; body?: string; labels?: (string | { name: string })[] };
    const at = now();
    const issue: StoredIssue = {
      number: next++,
      title: String(body.title),
      body: body.body ?? '',
      state: 'open',
      state_reason: null,
      labels: (body.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)),
      created_at: at,
      updated_at: at,
      closed_at: null,
      user: { ...fake.state.actor },
    };
    store.issues.push(issue);
    const json = issueJson(issue, p);
    if (store.createsLandingAs502 > 0) {
      store.createsLandingAs502--;
      return { status: 502, body: { message: 'Server Error' } };
    }
    return { status: 201, body: json, headers: { location: json.url } };
  });
  fake.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}', (_req, p) => {
    const issue = find(p);
    return issue ? { status: 200, body: issueJson(issue, p) } : notFound;
  });
  fake.route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (req, p) => {
    const issue = find(p);
    if (!issue) return notFound;
    const body = req.body as {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      state_reason?: string;
    };
    if (body.title !== undefined) issue.title = body.title;
    if (body.body !== undefined) issue.body = body.body;
    if (body.state && body.state !== issue.state) {
      issue.state = body.state;
      issue.closed_at = body.state === 'closed' ? now() : null;
      issue.state_reason = body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
    }
    issue.updated_at = now();
    return { status: 200, body: issueJson(issue, p) };
  });
  fake.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (req, p) => {
    const body = req.body as Omit<StoredDeploymentStatus, 'deployment_id'>;
    const status = { deployment_id: Number(p.deployment_id), ...body };
    store.deploymentStatuses.push(status);
    const id = store.deploymentStatuses.length;
    return {
      status: 201,
      body: {
        id,
        node_id: `DES_${id}`,
        url: `${fake.url}/repos/${p.owner}/${p.repo}/deployments/${p.deployment_id}/statuses/${id}`,
        state: body.state,
        creator: BOT,
        description: body.description ?? '',
        environment: body.environment ?? '',
        target_url: body.log_url ?? '',
        log_url: body.log_url ?? '',
        environment_url: body.environment_url ?? '',
        created_at: now(),
        updated_at: now(),
        deployment_url: `${fake.url}/repos/${p.owner}/${p.repo}/deployments/${p.deployment_id}`,
        repository_url: `${fake.url}/repos/${p.owner}/${p.repo}`,
      },
    };
  });
  return store;
}
