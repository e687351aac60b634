// Discord webhook: one embed. Limits from Discord's reference: title 256, description 4096, field
// name 256, value 1024, 25 fields, footer 2048, 6000 characters per message. Mentions are disabled
// (allowed_mentions.parse = []) so nothing can ping @everyone, and Discord's markdown (masked links
// `[text](url)`, `<@id>`, `<#channel>`, `<t:…>`, emphasis, headings, quotes) is backslash-escaped in
// every untrusted piece. Discord answers 204 (or 200 with ?wait=true).
import { type AlertEvent, facts, headline, links, plainText, withoutControls } from './event.js';

const COLOR = { down: 0xd73a49, degraded: 0xdbab09, recovered: 0x28a745 } as const;

/** Cuts escaped text without leaving a lone escaping backslash at the end. */
function cut(s: string, n: number): string {
  if (s.length <= n) return s;
  let head = s.slice(0, n - 1);
  const trailing = /\\+$/.exec(head)?.[0].length ?? 0;
  if (trailing % 2 === 1) head = head.slice(0, -1);
  return `${head}…`;
}

/** Shows text literally in Discord markdown: every markdown and mention character escaped. */
export function discordEscape(s: string): string {
  return withoutControls(s).replace(/[\\`*_~|[\]()<>#@:!-]/g, (c) => `\\${c}`);
}

/** A URL inside `[title](<url>)`: the angle brackets end at the first `>`, which is encoded. */
function linkTarget(url: string): string {
  return url.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
}

export function discordPayload(e: AlertEvent): Record<string, unknown> {
  const linkLines = links(e).map((l) => `[${l.title}](<${linkTarget(l.url)}>)`);
  const issue =
    links(e).find((l) => l.title === 'Incident issue') ?? links(e).find((l) => l.title === 'Runbook');
  return {
    username: 'shipshape',
    content: cut(plainText(e, discordEscape), 2000),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: cut(headline(e, discordEscape), 256),
        ...(issue ? { url: issue.url } : {}),
        color: COLOR[e.kind],
        description: cut(linkLines.join(' · ') || discordEscape(e.url), 4096),
        fields: facts(e, discordEscape)
          .slice(0, 25)
          .map((f) => ({
            name: cut(f.title, 256),
            value: cut(f.value || '-', 1024),
            inline: f.title !== 'Failure',
          })),
        timestamp: e.at,
        footer: { text: 'shipshape deploy-smoke-health' },
      },
    ],
  };
}
