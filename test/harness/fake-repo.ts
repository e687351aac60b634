import { createHash } from 'node:crypto';
import { paginate } from './pagination.js';

// In-memory repository state behind the fake GitHub API, and the built-in routes that serve it. The
// state is not keyed by owner/repo: one fake server stands for one repository, whatever the URL says.

export interface RouteRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | undefined>;
  body: unknown;
  operationId: string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (
  req: RouteRequest,
  params: Record<string, string>,
) => RouteResponse | Promise<RouteResponse>;

export interface BuiltInRoute {
  method: string;
  template: string;
  handler: RouteHandler;
}

export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

export interface StoredStatus {
  id: number;
  node_id: string;
  url: string;
  avatar_url: string;
  sha: string;
  state: 'error' | 'failure' | 'pending' | 'success';
  description: string | null;
  target_url: string | null;
  context: string;
  created_at: string;
  updated_at: string;
  creator: GitHubUser;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  start_column?: number;
  end_column?: number;
  title?: string;
  raw_details?: string;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations_count: number };
  /** Every annotation sent across create and updates, in order (GitHub appends them). */
  annotations: CheckRunAnnotation[];
  /** Raw request bodies: the create first, then each update. */
  requests: Record<string, unknown>[];
}

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes?: number;
  patch?: string;
  previous_filename?: string;
  sha?: string;
}

export interface StoredComment {
  id: number;
  issue_number: number;
  body: string;
  user: GitHubUser;
  created_at: string;
  updated_at: string;
}

/** GitHub's documented cap on `GET /pulls/{n}/files`. */
export const MAX_PULL_FILES = 3000;
/** GitHub rejects issue comment bodies longer than this many characters. */
export const MAX_COMMENT_LENGTH = 65536;

export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export class FakeRepoState {
  /** Commit statuses per sha (or ref), oldest first. */
  statuses: Record<string, StoredStatus[]> = {};
  checkRuns: StoredCheckRun[] = [];
  /** Files of a pull request by number, in the order GitHub would list them. */
  pullFiles: Record<number, PullFile[]> = {};
  /** Pull requests by number; fields given here override the generated defaults. */
  pulls: Record<number, Record<string, unknown>> = {};
  comments: StoredComment[] = [];
  /** Author of everything the token creates. */
  actor: GitHubUser = ACTIONS_BOT;
  private nextId = 1_000_001;

  newId(): number {
    return this.nextId++;
  }

  /** Seeds an existing comment, e.g. one left by an earlier run, and returns it. */
  addComment(issueNumber: number, body: string, user: GitHubUser = this.actor): StoredComment {
    const at = timestamp();
    const comment = {
      id: this.newId(),
      issue_number: issueNumber,
      body,
      user,
      created_at: at,
      updated_at: at,
    };
    this.comments.push(comment);
    return comment;
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments.filter((c) => c.issue_number === issueNumber).sort((a, b) => a.id - b.id);
  }
}

export function builtInRoutes(state: FakeRepoState, apiUrl: () => string): BuiltInRoute[] {
  const requestUrl = (req: RouteRequest) => {
    const url = new URL(req.path, apiUrl());
    for (const [name, value] of Object.entries(req.query)) url.searchParams.set(name, value);
    return url;
  };
  const paged = (all: readonly unknown[], req: RouteRequest): RouteResponse => {
    const page = paginate(all, requestUrl(req));
    return { status: 200, body: page.items, headers: page.link ? { link: page.link } : {} };
  };
  const repoApi = (p: Record<string, string>) => `${apiUrl()}/repos/${p.owner}/${p.repo}`;
  const htmlRepo = (p: Record<string, string>) => `https://github.com/${p.owner}/${p.repo}`;

  const statusJson = (status: StoredStatus) => ({ ...status, sha: undefined });

  const commentJson = (comment: StoredComment, p: Record<string, string>) => {
    const kind =
      state.pulls[comment.issue_number] || state.pullFiles[comment.issue_number] ? 'pull' : 'issues';
    return {
      id: comment.id,
      node_id: nodeId('IC_', comment.id),
      url: `${repoApi(p)}/issues/comments/${comment.id}`,
      html_url: `${htmlRepo(p)}/${kind}/${comment.issue_number}#issuecomment-${comment.id}`,
      issue_url: `${repoApi(p)}/issues/${comment.issue_number}`,
      body: comment.body,
      user: userJson(comment.user),
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
  };

  const checkRunJson = (run: StoredCheckRun, p: Record<string, string>) => ({
    id: run.id,
    node_id: nodeId('CR_', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id,
    url: `${repoApi(p)}/check-runs/${run.id}`,
    html_url: `${htmlRepo(p)}/runs/${run.id}`,
    details_url: run.details_url,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: { ...run.output, annotations_url: `${repoApi(p)}/check-runs/${run.id}/annotations` },
    name: run.name,
    check_suite: { id: run.id + 500_000 },
    app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
    pull_requests: [],
  });

  const applyCheckRunBody = (run: StoredCheckRun, body: Record<string, unknown>) => {
    for (const key of ['name', 'details_url', 'external_id', 'started_at', 'completed_at'] as const) {
      if (key in body) (run as unknown as Record<string, unknown>)[key] = body[key];
    }
    if (typeof body.status === 'string') run.status = body.status;
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed' && !run.completed_at) run.completed_at = timestamp();
    const output = body.output as Record<string, unknown> | undefined;
    if (output) {
      run.output.title = (output.title as string | undefined) ?? run.output.title;
      run.output.summary = (output.summary as string | undefined) ?? run.output.summary;
      run.output.text = (output.text as string | undefined) ?? run.output.text;
      const added = (output.annotations as CheckRunAnnotation[] | undefined) ?? [];
      run.annotations.push(...added);
      run.output.annotations_count = run.annotations.length;
    }
    run.requests.push(body);
  };

  const tooLongComment = (body: string): RouteResponse | undefined => {
    if ([...body].length <= MAX_COMMENT_LENGTH) return undefined;
    return validationFailed(
      'IssueComment',
      'body',
      `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`,
    );
  };

  const pullJson = (number: number, p: Record<string, string>) => {
    const files = state.pullFiles[number] ?? [];
    const headSha = fakeSha(`head:${number}`);
    const baseSha = fakeSha(`base:${number}`);
    const repo = {
      id: 1296269,
      name: p.repo,
      full_name: `${p.owner}/${p.repo}`,
      fork: false,
      private: false,
    };
    return {
      url: `${repoApi(p)}/pulls/${number}`,
      id: 1_000_000 + number,
      node_id: nodeId('PR_', number),
      html_url: `${htmlRepo(p)}/pull/${number}`,
      number,
      state: 'open',
      locked: false,
      title: `Pull request #${number}`,
      user: userJson({ login: 'octocat', id: 583231, type: 'User' }),
      body: null,
      draft: false,
      merged: false,
      mergeable: null,
      merge_commit_sha: fakeSha(`merge:${headSha}:${baseSha}`),
      head: { label: `${p.owner}:feature-${number}`, ref: `feature-${number}`, sha: headSha, repo },
      base: { label: `${p.owner}:main`, ref: 'main', sha: baseSha, repo },
      additions: files.reduce((sum, f) => sum + f.additions, 0),
      deletions: files.reduce((sum, f) => sum + f.deletions, 0),
      changed_files: files.length,
      ...state.pulls[number],
    };
  };

  const knownPull = (number: number) =>
    state.pulls[number] !== undefined || state.pullFiles[number] !== undefined;

  return [
    {
      // A personal access token's user; an installation token (GITHUB_TOKEN, a GitHub App's) is
      // refused, as GitHub refuses it.
      method: 'GET',
      template: '/user',
      handler: () =>
        state.actor.type === 'User'
          ? { status: 200, body: userJson(state.actor) }
          : {
              status: 403,
              body: {
                message: 'Resource not accessible by integration',
                documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
                status: '403',
              },
            },
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/statuses/{sha}',
      handler: (req, p) => {
        const body = req.body as Record<string, string | null | undefined>;
        const at = timestamp();
        const id = state.newId();
        const sha = p.sha ?? '';
        const status: StoredStatus = {
          id,
          node_id: nodeId('SC_', id),
          url: `${repoApi(p)}/statuses/${sha}`,
          avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
          sha,
          state: body.state as StoredStatus['state'],
          description: body.description ?? null,
          target_url: body.target_url ?? null,
          context: body.context ?? 'default',
          created_at: at,
          updated_at: at,
          creator: state.actor,
        };
        state.statuses[sha] = [...(state.statuses[sha] ?? []), status];
        return {
          status: 201,
          body: { ...statusJson(status), creator: userJson(status.creator) },
          headers: { location: status.url },
        };
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/commits/{ref}/statuses',
      handler: (req, p) => {
        const newestFirst = [...(state.statuses[p.ref ?? ''] ?? [])].reverse();
        return paged(
          newestFirst.map((s) => ({ ...statusJson(s), creator: userJson(s.creator) })),
          req,
        );
      },
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/check-runs',
      handler: (req, p) => {
        const body = req.body as Record<string, unknown>;
        const run: StoredCheckRun = {
          id: state.newId(),
          name: String(body.name),
          head_sha: String(body.head_sha),
          status: 'queued',
          conclusion: null,
          started_at: timestamp(),
          completed_at: null,
          details_url: null,
          external_id: null,
          output: { title: null, summary: null, text: null, annotations_count: 0 },
          annotations: [],
          requests: [],
        };
        applyCheckRunBody(run, body);
        state.checkRuns.push(run);
        return { status: 201, body: checkRunJson(run, p) };
      },
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/check-runs/{check_run_id}',
      handler: (req, p) => {
        const run = state.checkRuns.find((r) => String(r.id) === p.check_run_id);
        if (!run) return notFound('checks/runs#update-a-check-run');
        applyCheckRunBody(run, req.body as Record<string, unknown>);
        return { status: 200, body: checkRunJson(run, p) };
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}',
      handler: (_req, p) => {
        const number = Number(p.pull_number);
        if (!knownPull(number)) return notFound('pulls/pulls#get-a-pull-request');
        return { status: 200, body: pullJson(number, p) };
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      handler: (req, p) => {
        const number = Number(p.pull_number);
        if (!knownPull(number)) return notFound('pulls/pulls#list-pull-requests-files');
        const files = (state.pullFiles[number] ?? []).slice(0, MAX_PULL_FILES).map((f) => {
          const sha = f.sha ?? fakeSha(`blob:${f.filename}`);
          return {
            sha,
            filename: f.filename,
            status: f.status,
            additions: f.additions,
            deletions: f.deletions,
            changes: f.changes ?? f.additions + f.deletions,
            blob_url: `${htmlRepo(p)}/blob/${sha}/${f.filename}`,
            raw_url: `${htmlRepo(p)}/raw/${sha}/${f.filename}`,
            contents_url: `${repoApi(p)}/contents/${f.filename}?ref=${sha}`,
            ...(f.patch !== undefined ? { patch: f.patch } : {}),
            ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
          };
        });
        return paged(files, req);
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      handler: (req, p) => {
        const since = req.query.since;
        const comments = state
          .commentsOn(Number(p.issue_number))
          .filter((c) => since === undefined || c.updated_at >= since);
        return paged(
          comments.map((c) => commentJson(c, p)),
          req,
        );
      },
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      handler: (req, p) => {
        const text = String((req.body as { body: string }).body);
        const rejected = tooLongComment(text);
        if (rejected) return rejected;
        const comment = state.addComment(Number(p.issue_number), text);
        const json = commentJson(comment, p);
        return { status: 201, body: json, headers: { location: json.url } };
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: (_req, p) => {
        const comment = state.comments.find((c) => String(c.id) === p.comment_id);
        if (!comment) return notFound('issues/comments#get-an-issue-comment');
        return { status: 200, body: commentJson(comment, p) };
      },
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: (req, p) => {
        const comment = state.comments.find((c) => String(c.id) === p.comment_id);
        if (!comment) return notFound('issues/comments#update-an-issue-comment');
        const text = String((req.body as { body: string }).body);
        const rejected = tooLongComment(text);
        if (rejected) return rejected;
        comment.body = text;
        comment.updated_at = timestamp();
        return { status: 200, body: commentJson(comment, p) };
      },
    },
    {
      method: 'DELETE',
      template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
      handler: (_req, p) => {
        const index = state.comments.findIndex((c) => String(c.id) === p.comment_id);
        if (index < 0) return notFound('issues/comments#delete-an-issue-comment');
        state.comments.splice(index, 1);
        return { status: 204 };
      },
    },
  ];
}

export function notFound(docsAnchor: string): RouteResponse {
  return {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: `https://docs.github.com/rest/${docsAnchor}`,
      status: '404',
    },
  };
}

export function validationFailed(resource: string, field: string, message: string): RouteResponse {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource, code: 'custom', field, message }],
      documentation_url: 'https://docs.github.com/rest',
      status: '422',
    },
  };
}

/** A deterministic 40-hex sha for a seed, so fixtures are stable across runs. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function userJson(user: GitHubUser) {
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT_' : 'U_', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    html_url:
      user.type === 'Bot'
        ? `https://github.com/apps/${user.login.replace(/\[bot\]$/, '')}`
        : `https://github.com/${user.login}`,
    type: user.type,
    site_admin: false,
  };
}

function nodeId(prefix: string, id: number): string {
  return prefix + Buffer.from(`fake:${id}`).toString('base64url');
}

/** GitHub timestamps are ISO 8601 without milliseconds. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
