// Loopback stand-ins for Slack, Discord, Teams (Workflows) and a generic signed webhook. Each
// checks every payload against the provider's documented format and answers as the provider does
// (Slack 200 "ok", Discord 204, Teams 202); anything malformed is recorded as a problem and refused.
import { verifySignature } from '../../shared/alerts/webhook.js';
import { type Loopback, startServer } from './loopback-server.js';

export interface Received {
  channel: 'slack' | 'discord' | 'teams' | 'webhook';
  payload: Record<string, unknown>;
  raw: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface AlertReceivers {
  server: Loopback;
  received: Received[];
  problems: string[];
  urls: { slack: string; discord: string; teams: string; webhook: string };
  close(): Promise<void>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number) => typeof v === 'string' && v.length > 0 && v.length <= max;

// What each provider would turn into a mention or a link. shipshape builds its own links only as
// Slack buttons, Discord `[Runbook](<url>)`-style lines with its own labels and Teams actions, so
// anything else that would render live in a payload is a problem.
const OWN_LINK_LABELS = ['Runbook', 'Incident issue', 'Workflow run'];

/** Slack parses `<...>` in `text` and mrkdwn as mentions (`<!channel>`, `<@U1>`) and links (`<url|label>`). */
export function slackLiveMarkup(text: string): string[] {
  return [...text.matchAll(/<[^>]*>?/g)].map((m) => `slack: live control ${JSON.stringify(m[0])}`);
}

/** Markdown as Discord and Teams read it: a backslash makes the next character literal. */
function unescaped(text: string): string {
  return text.replace(/\\[\s\S]/g, '\u0000');
}

/** Discord: masked links, `<@id>` / `<#id>` / `<t:..>` / `<url>`, bare URLs (autolinked), @everyone. */
export function discordLiveMarkup(text: string): string[] {
  const live = unescaped(text);
  const out: string[] = [];
  for (const m of live.matchAll(/\[([^\]]*)\]\(\s*<?([^)>\s]*)>?\)/g)) {
    if (!OWN_LINK_LABELS.includes(m[1] ?? '')) out.push(`discord: masked link ${JSON.stringify(m[0])}`);
  }
  const rest = live.replace(/\[([^\]]*)\]\(\s*<[^>]*>\)/g, '');
  for (const m of rest.matchAll(/<[@#:!a-z/][^>]*>|https?:\/\/\S+|@(everyone|here)\b/gi))
    out.push(`discord: live ${JSON.stringify(m[0])}`);
  return out;
}

/** Teams Adaptive Card markdown: `[label](url)` links and bare URLs (autolinked). */
export function teamsLiveMarkup(text: string): string[] {
  const live = unescaped(text);
  return [...live.matchAll(/\[[^\]]*\]\([^)]*\)|https?:\/\/\S+/g)].map(
    (m) => `teams: live ${JSON.stringify(m[0])}`,
  );
}

export function slackProblems(p: Obj): string[] {
  const out: string[] = [];
  if (typeof p.text === 'string') out.push(...slackLiveMarkup(p.text));
  for (const b of (Array.isArray(p.blocks) ? p.blocks : []) as Obj[]) {
    for (const f of [...((b.fields as Obj[]) ?? []), ...((b.elements as Obj[]) ?? []), b.text as Obj])
      if (f && f.type === 'mrkdwn' && typeof f.text === 'string') out.push(...slackLiveMarkup(f.text));
  }
  if (!text(p.text, 40_000)) out.push('slack: top-level text (the notification fallback) is required');
  if (!Array.isArray(p.blocks) || p.blocks.length === 0 || p.blocks.length > 50)
    out.push('slack: blocks must hold 1-50 blocks');
  for (const b of (p.blocks as Obj[]) ?? []) {
    if (b.type === 'header') {
      const t = b.text as Obj;
      if (t?.type !== 'plain_text' || !text(t.text, 150))
        out.push('slack: header needs plain_text of at most 150 chars');
    } else if (b.type === 'section') {
      const fields = b.fields as Obj[] | undefined;
      if (!b.text && !fields) out.push('slack: section needs text or fields');
      if (
        fields &&
        (fields.length > 10 ||
          fields.some((f) => !['mrkdwn', 'plain_text'].includes(String(f.type)) || !text(f.text, 2000)))
      )
        out.push('slack: section fields: at most 10 text objects of at most 2000 chars');
    } else if (b.type === 'context') {
      if (!Array.isArray(b.elements) || b.elements.length === 0 || b.elements.length > 10)
        out.push('slack: context needs 1-10 elements');
    } else if (b.type === 'actions') {
      const els = b.elements as Obj[];
      if (!Array.isArray(els) || els.length === 0 || els.length > 25)
        out.push('slack: actions needs 1-25 elements');
      for (const e of els ?? []) {
        const t = e.text as Obj;
        if (e.type !== 'button' || t?.type !== 'plain_text' || !text(t.text, 75) || !text(e.url, 3000))
          out.push('slack: button needs plain_text text ≤75 and url ≤3000');
      }
    } else out.push(`slack: unexpected block type ${String(b.type)}`);
  }
  return out;
}

export function discordProblems(p: Obj): string[] {
  const out: string[] = [];
  const embeds = p.embeds as Obj[] | undefined;
  if (typeof p.content === 'string') out.push(...discordLiveMarkup(p.content));
  for (const e of embeds ?? []) {
    for (const t of [e.title, e.description, ...((e.fields as Obj[]) ?? []).map((f) => f.value)])
      if (typeof t === 'string') out.push(...discordLiveMarkup(t));
  }
  if (!text(p.content, 2000) && !(Array.isArray(embeds) && embeds.length > 0))
    out.push('discord: content or embeds required');
  if (embeds && embeds.length > 10) out.push('discord: at most 10 embeds');
  let total = 0;
  for (const e of embeds ?? []) {
    if (e.title !== undefined && !text(e.title, 256)) out.push('discord: embed title ≤256');
    if (e.description !== undefined && !text(e.description, 4096))
      out.push('discord: embed description ≤4096');
    if (
      e.color !== undefined &&
      (!Number.isInteger(e.color) || (e.color as number) < 0 || (e.color as number) > 0xffffff)
    )
      out.push('discord: color is an integer 0-0xFFFFFF');
    if (e.timestamp !== undefined && Number.isNaN(Date.parse(String(e.timestamp))))
      out.push('discord: timestamp is ISO 8601');
    const fields = (e.fields as Obj[]) ?? [];
    if (fields.length > 25) out.push('discord: at most 25 fields');
    for (const f of fields)
      if (!text(f.name, 256) || !text(f.value, 1024))
        out.push('discord: field name ≤256 and value ≤1024, both non-empty');
    total +=
      String(e.title ?? '').length +
      String(e.description ?? '').length +
      fields.reduce((n, f) => n + String(f.name).length + String(f.value).length, 0);
  }
  if (total > 6000) out.push('discord: embeds over 6000 characters');
  const am = p.allowed_mentions as Obj | undefined;
  if (!am || !Array.isArray(am.parse) || am.parse.length !== 0)
    out.push('discord: mentions must be disabled (allowed_mentions.parse = [])');
  return out;
}

export function teamsProblems(p: Obj): string[] {
  const out: string[] = [];
  if (p.type !== 'message') out.push('teams: type must be "message"');
  const atts = p.attachments as Obj[] | undefined;
  if (!Array.isArray(atts) || atts.length === 0) return [...out, 'teams: attachments required'];
  for (const a of atts) {
    if (a.contentType !== 'application/vnd.microsoft.card.adaptive')
      out.push('teams: contentType must be application/vnd.microsoft.card.adaptive');
    const c = a.content as Obj;
    if (!isObj(c) || c.type !== 'AdaptiveCard') out.push('teams: content must be an AdaptiveCard');
    if (!['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'].includes(String(c?.version)))
      out.push('teams: Adaptive Card version must be ≤1.5');
    for (const el of (c?.body as Obj[]) ?? []) {
      if (el.type === 'TextBlock' && typeof el.text === 'string') out.push(...teamsLiveMarkup(el.text));
      if (el.type === 'FactSet' && Array.isArray(el.facts))
        for (const f of el.facts as Obj[])
          if (typeof f.value === 'string') out.push(...teamsLiveMarkup(f.value));
      if (el.type === 'TextBlock' && typeof el.text !== 'string') out.push('teams: TextBlock needs text');
      if (
        el.type === 'FactSet' &&
        (!Array.isArray(el.facts) ||
          (el.facts as Obj[]).some((f) => typeof f.title !== 'string' || typeof f.value !== 'string'))
      )
        out.push('teams: FactSet facts need title and value strings');
      if (!['TextBlock', 'FactSet', 'ColumnSet', 'Container', 'Image'].includes(String(el.type)))
        out.push(`teams: unexpected element ${String(el.type)}`);
    }
    for (const act of (c?.actions as Obj[]) ?? [])
      if (act.type !== 'Action.OpenUrl' || typeof act.url !== 'string' || typeof act.title !== 'string')
        out.push('teams: actions must be Action.OpenUrl with title and url');
  }
  return out;
}

export function webhookProblems(
  p: Obj,
  raw: string,
  headers: Received['headers'],
  secret: string | undefined,
): string[] {
  const out: string[] = [];
  if (p.schema !== 'shipshape.alert/v1') out.push('webhook: schema must be shipshape.alert/v1');
  if (!['down', 'degraded', 'recovered'].includes(String(p.event)))
    out.push('webhook: event must be down, degraded or recovered');
  if (!isObj(p.check) || typeof p.check.name !== 'string') out.push('webhook: check.name required');
  if (secret !== undefined) {
    const sig = String(headers['x-shipshape-signature'] ?? '');
    const ts = String(headers['x-shipshape-timestamp'] ?? '');
    if (!verifySignature(secret, ts, raw, sig, Math.floor(Date.now() / 1000)))
      out.push('webhook: signature does not verify');
  }
  return out;
}

export async function startAlertReceivers(o: { webhookSecret?: string } = {}): Promise<AlertReceivers> {
  const received: Received[] = [];
  const problems: string[] = [];
  const server = await startServer((req, res, raw) => {
    const channel = (req.url ?? '').split('/')[1] as Received['channel'];
    let payload: Obj;
    try {
      payload = JSON.parse(raw) as Obj;
    } catch {
      problems.push(`${channel}: body is not JSON`);
      res.writeHead(400);
      res.end('invalid_payload');
      return;
    }
    if (!String(req.headers['content-type']).startsWith('application/json'))
      problems.push(`${channel}: content-type must be application/json`);
    const found =
      channel === 'slack'
        ? slackProblems(payload)
        : channel === 'discord'
          ? discordProblems(payload)
          : channel === 'teams'
            ? teamsProblems(payload)
            : webhookProblems(payload, raw, req.headers, o.webhookSecret);
    problems.push(...found);
    received.push({ channel, payload, raw, headers: req.headers });
    if (found.length > 0) {
      res.writeHead(400);
      res.end('invalid_blocks');
      return;
    }
    if (channel === 'slack') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
    } else if (channel === 'discord') {
      res.writeHead(204);
      res.end();
    } else if (channel === 'teams') {
      res.writeHead(202);
      res.end();
    } else {
      res.writeHead(200);
      res.end();
    }
  });
  return {
    server,
    received,
    problems,
    urls: {
      slack: `${server.url}/slack/services/T000/B000/XXXXslacksecret`,
      discord: `${server.url}/discord/api/webhooks/123/discordsecrettoken`,
      teams: `${server.url}/teams/workflows/abc/triggers/manual/paths/invoke?sig=teamssecretsig`,
      webhook: `${server.url}/webhook/hook`,
    },
    close: () => server.close(),
  };
}
