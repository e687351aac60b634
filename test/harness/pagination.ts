// GitHub-style page-number pagination: `per_page` (default 30, clamped to 100) and `page` (from 1),
// with a `Link` header listing prev, next, last, first in the order GitHub sends them. The header is
// omitted when everything fits on the first page, as GitHub does.

export interface Page<T> {
  items: T[];
  link: string | undefined;
}

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export function paginate<T>(all: readonly T[], requestUrl: URL): Page<T> {
  const perPage = clamp(
    parsePositive(requestUrl.searchParams.get('per_page')) ?? DEFAULT_PER_PAGE,
    MAX_PER_PAGE,
  );
  const page = parsePositive(requestUrl.searchParams.get('page')) ?? 1;
  const lastPage = Math.max(1, Math.ceil(all.length / perPage));
  const items = all.slice((page - 1) * perPage, page * perPage);
  const relations: [string, number][] = [];
  if (page > 1) relations.push(['prev', Math.min(page - 1, lastPage)]);
  if (page < lastPage) relations.push(['next', page + 1], ['last', lastPage]);
  if (page > 1) relations.push(['first', 1]);
  if (relations.length === 0) return { items, link: undefined };
  const link = relations
    .map(([rel, number]) => {
      const target = new URL(requestUrl);
      target.searchParams.set('page', String(number));
      return `<${target.toString()}>; rel="${rel}"`;
    })
    .join(', ');
  return { items, link };
}

function parsePositive(text: string | null): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 1 ? value : undefined;
}

function clamp(value: number, max: number): number {
  return Math.min(value, max);
}
