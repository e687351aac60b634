import { fakeSha } from './fake-repo.js';

// Webhook payloads shaped like the ones GitHub writes to GITHUB_EVENT_PATH, trimmed to the fields
// actions read. Shas are derived from the inputs so repeated builds give the same payload.

export interface WorkflowEvent {
  name: string;
  payload: object;
}

export interface PullRequestEventOptions {
  number?: number;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  /** The base repository, `owner/name`. */
  repo?: string;
  /** When true the head branch lives in `<user>/<name>`, a fork. */
  fork?: boolean;
  user?: string;
  action?: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'closed';
}

export interface PushEventOptions {
  sha?: string;
  ref?: string;
  before?: string;
  repo?: string;
  user?: string;
}

export const DEFAULT_REPOSITORY = 'octo-org/shop';

export function pullRequestEvent(o: PullRequestEventOptions = {}): { name: 'pull_request'; payload: object } {
  const number = o.number ?? 7;
  const fullName = o.repo ?? DEFAULT_REPOSITORY;
  const [owner = 'octo-org', name = 'shop'] = fullName.split('/');
  const login = o.user ?? 'octocat';
  const headSha = o.headSha ?? fakeSha(`head:${fullName}#${number}`);
  const baseSha = o.baseSha ?? fakeSha(`base:${fullName}#${number}`);
  const headRef = o.headRef ?? `feature/change-${number}`;
  const baseRef = o.baseRef ?? 'main';
  // GitHub runs pull_request workflows on a test merge of head into base, so GITHUB_SHA is neither.
  const mergeSha = fakeSha(`merge:${headSha}:${baseSha}`);
  const baseRepository = repository(owner, name, false);
  const headRepository = o.fork ? repository(login, name, true) : baseRepository;
  const sender = user(login);
  const htmlUrl = `https://github.com/${fullName}/pull/${number}`;
  return {
    name: 'pull_request',
    payload: {
      action: o.action ?? 'synchronize',
      number,
      ...(o.action === undefined || o.action === 'synchronize'
        ? { before: fakeSha(`before:${headSha}`), after: headSha }
        : {}),
      pull_request: {
        url: `https://api.github.com/repos/${fullName}/pulls/${number}`,
        id: 1_000_000 + number,
        node_id: `PR_fake${number}`,
        html_url: htmlUrl,
        diff_url: `${htmlUrl}.diff`,
        patch_url: `${htmlUrl}.patch`,
        number,
        state: 'open',
        locked: false,
        title: `Change ${number}`,
        user: sender,
        body: null,
        created_at: '2024-05-01T10:00:00Z',
        updated_at: '2024-05-02T10:00:00Z',
        merge_commit_sha: mergeSha,
        draft: false,
        merged: false,
        mergeable: null,
        head: {
          label: `${o.fork ? login : owner}:${headRef}`,
          ref: headRef,
          sha: headSha,
          user: sender,
          repo: headRepository,
        },
        base: {
          label: `${owner}:${baseRef}`,
          ref: baseRef,
          sha: baseSha,
          user: user(owner, 'Organization'),
          repo: baseRepository,
        },
        author_association: o.fork ? 'CONTRIBUTOR' : 'MEMBER',
      },
      repository: baseRepository,
      sender,
    },
  };
}

export function pushEvent(o: PushEventOptions = {}): { name: 'push'; payload: object } {
  const fullName = o.repo ?? DEFAULT_REPOSITORY;
  const [owner = 'octo-org', name = 'shop'] = fullName.split('/');
  const ref = o.ref ?? 'refs/heads/main';
  const sha = o.sha ?? fakeSha(`push:${fullName}:${ref}`);
  const before = o.before ?? fakeSha(`before:${sha}`);
  const pusher = user(o.user ?? 'octocat');
  return {
    name: 'push',
    payload: {
      ref,
      before,
      after: sha,
      created: false,
      deleted: false,
      forced: false,
      base_ref: null,
      compare: `https://github.com/${fullName}/compare/${before.slice(0, 12)}...${sha.slice(0, 12)}`,
      commits: [
        { id: sha, message: 'Update', timestamp: '2024-05-02T10:00:00Z', author: { name: pusher.login } },
      ],
      head_commit: {
        id: sha,
        message: 'Update',
        timestamp: '2024-05-02T10:00:00Z',
        author: { name: pusher.login },
      },
      repository: repository(owner, name, false),
      pusher: { name: pusher.login, email: `${pusher.login}@users.noreply.github.com` },
      sender: pusher,
    },
  };
}

function repository(owner: string, name: string, fork: boolean) {
  return {
    id: fork ? 2_000_001 : 1_296_269,
    node_id: `R_fake${owner}`,
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: user(owner, fork ? 'User' : 'Organization'),
    html_url: `https://github.com/${owner}/${name}`,
    fork,
    default_branch: 'main',
  };
}

function user(login: string, type: 'User' | 'Organization' = 'User') {
  return { login, id: fakeId(login), type, html_url: `https://github.com/${login}` };
}

function fakeId(text: string): number {
  return Number.parseInt(fakeSha(text).slice(0, 7), 16);
}
