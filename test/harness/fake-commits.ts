// The commits listing of the fake GitHub (`GET /repos/{owner}/{repo}/commits`), answered from a
// real git repository: what a shallow checkout (actions/checkout's default depth of one) asks for
// when it needs the ancestry of a commit it does not have. Like GitHub, the listing starts at `sha`,
// runs newest first through every parent (merged-in branches too), pages by `per_page` and `page`,
// and answers 404 for a commit the repository does not have.
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

function listCommits(dir: string, start: string): ListedCommit[] | undefined {
  let out: string;
  try {
    out = execFileSync('git', ['log', `--format=${FORMAT}`, '--end-of-options', start, '--'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
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

/**
 * Answers the commits listing from the repository `dir()` names at the time of the request (a
 * test may make a new one per case); `undefined` answers as a repository with no commits would.
 */
export function addCommitRoutes(fake: FakeGitHub, dir: () => string | undefined): void {
  fake.route('GET', '/repos/{owner}/{repo}/commits', (req, p) => {
    const start = req.query.sha ?? 'HEAD';
    const root = dir();
    const all = root === undefined ? undefined : listCommits(root, start);
    if (all === undefined)
      return {
        status: 404,
        body: {
          message: `No commit found for SHA: ${start}`,
          documentation_url: 'https://docs.github.com/rest/commits/commits#list-commits',
          status: '404',
        },
      };
    const url = new URL(req.path, fake.url);
    for (const [k, v] of Object.entries(req.query)) url.searchParams.set(k, v);
    const page = paginate(all, url);
    const headers: Record<string, string> = page.link ? { link: page.link } : {};
    const api = `${fake.url}/repos/${p.owner}/${p.repo}`;
    const web = `https://github.com/${p.owner}/${p.repo}`;
    return {
      status: 200,
      headers,
      body: page.items.map((c) => ({
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
      })),
    };
  });
}
