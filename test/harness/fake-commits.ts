// The commit routes of the fake GitHub, answered from a real git repository: what a workspace
// without the history (a shallow checkout, actions/checkout's default depth of one, or no checkout
// at all) asks for when it needs the ancestry of a commit or a merge-base.
// - `GET /repos/{owner}/{repo}/commits`: like GitHub, starts at `sha`, runs newest first through
//   every parent (merged-in branches too), pages by `per_page` and `page`;
// - `GET /repos/{owner}/{repo}/compare/{base}...{head}`: the merge-base, how far head is ahead and
//   base behind, and the commits from the merge-base to head.
// Both answer 404 for a commit the repository does not have.
import { execFileSync } from 'node:child_process';
import type { FakeGitHub } from './fake-github.js';
import { paginate } from './pagination.js';

interface ListedCommit {
  sha: string;
  parents: string[];
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  message: string;
}

/** Fields separated by NUL, commits by the record separator: messages may hold anything else. */
const FORMAT = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00') + '%x1e';

function git(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/** The commits `revisions` (git log's arguments) name, newest first; `limit` of them at most. */
function listCommits(dir: string, revisions: string[], limit?: number): ListedCommit[] | undefined {
  const options = limit === undefined ? [] : [`--max-count=${limit}`];
  const out = git(dir, ['log', `--format=${FORMAT}`, ...options, '--end-of-options', ...revisions, '--']);
  if (out === undefined) return undefined;
  return out
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter((record) => record !== '')
    .map((record) => {
      const [sha = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', message = ''] =
        record.split('\0');
      return {
        sha,
        parents: parents.split(' ').filter((p) => p !== ''),
        author: { name: an, email: ae, date: ad },
        committer: { name: cn, email: ce, date: cd },
        message: message.trimEnd(),
      };
    });
}

function notFound(what: string, docs: string) {
  return {
    status: 404,
    body: { message: `No commit found for SHA: ${what}`, documentation_url: docs, status: '404' },
  };
}

/**
 * Answers the commit routes from the repository `dir()` names at the time of the request (a test
 * may make a new one per case); `undefined` answers as a repository with no commits would.
 */
export function addCommitRoutes(fake: FakeGitHub, dir: () => string | undefined): void {
  const commitJson = (c: ListedCommit, p: Record<string, string>) => {
    const api = `${fake.url}/repos/${p.owner}/${p.repo}`;
    const web = `https://github.com/${p.owner}/${p.repo}`;
    return {
      sha: c.sha,
      node_id: `C_${c.sha.slice(0, 12)}`,
      url: `${api}/commits/${c.sha}`,
      html_url: `${web}/commit/${c.sha}`,
      comments_url: `${api}/commits/${c.sha}/comments`,
      commit: {
        author: c.author,
        committer: c.committer,
        message: c.message,
        url: `${api}/git/commits/${c.sha}`,
        comment_count: 0,
      },
      author: null,
      committer: null,
      parents: c.parents.map((sha) => ({
        sha,
        url: `${api}/commits/${sha}`,
        html_url: `${web}/commit/${sha}`,
      })),
    };
  };
  const paged = <T>(all: readonly T[], req: { path: string; query: Record<string, string> }) => {
    const url = new URL(req.path, fake.url);
    for (const [k, v] of Object.entries(req.query)) url.searchParams.set(k, v);
    const page = paginate(all, url);
    const headers: Record<string, string> = page.link ? { link: page.link } : {};
    return { items: page.items, headers };
  };

  fake.route('GET', '/repos/{owner}/{repo}/commits', (req, p) => {
    const start = req.query.sha ?? 'HEAD';
    const root = dir();
    const all = root === undefined ? undefined : listCommits(root, [start]);
    if (all === undefined)
      return notFound(start, 'https://docs.github.com/rest/commits/commits#list-commits');
    const { items, headers } = paged(all, req);
    return { status: 200, headers, body: items.map((c) => commitJson(c, p)) };
  });

  // The template of the OpenAPI description the fake checks against (Octokit's `{basehead}`).
  fake.route('GET', '/repos/{owner}/{repo}/compare/{base}...{head}', (req, p) => {
    const docs = 'https://docs.github.com/rest/commits/commits#compare-two-commits';
    const base = decodeURIComponent(p.base ?? '');
    const head = decodeURIComponent(p.head ?? '');
    const root = dir();
    const [baseCommit] = (root && listCommits(root, [base], 1)) || [];
    const [headCommit] = (root && listCommits(root, [head], 1)) || [];
    if (!root || !baseCommit) return notFound(base, docs);
    if (!headCommit) return notFound(head, docs);
    const mergeBase = git(root, ['merge-base', baseCommit.sha, headCommit.sha])?.trim();
    const [mergeBaseCommit] = (mergeBase && listCommits(root, [mergeBase], 1)) || [];
    if (!mergeBaseCommit)
      return { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
    // The commits from the merge-base to head, oldest first, as GitHub lists them.
    const ahead = (listCommits(root, [`${mergeBaseCommit.sha}..${headCommit.sha}`]) ?? []).reverse();
    const behindBy = (listCommits(root, [`${mergeBaseCommit.sha}..${baseCommit.sha}`]) ?? []).length;
    const status =
      ahead.length === 0 ? (behindBy === 0 ? 'identical' : 'behind') : behindBy === 0 ? 'ahead' : 'diverged';
    const { items, headers } = paged(ahead, req);
    const web = `https://github.com/${p.owner}/${p.repo}`;
    return {
      status: 200,
      headers,
      body: {
        url: `${fake.url}/repos/${p.owner}/${p.repo}/compare/${base}...${head}`,
        html_url: `${web}/compare/${base}...${head}`,
        permalink_url: `${web}/compare/${baseCommit.sha}...${headCommit.sha}`,
        diff_url: `${web}/compare/${base}...${head}.diff`,
        patch_url: `${web}/compare/${base}...${head}.patch`,
        base_commit: commitJson(baseCommit, p),
        merge_base_commit: commitJson(mergeBaseCommit, p),
        status,
        ahead_by: ahead.length,
        behind_by: behindBy,
        total_commits: ahead.length,
        commits: items.map((c) => commitJson(c, p)),
      },
    };
  });
}
