// Discord webhook: one embed. Limits from Discord's reference: title 256, description 4096, field
// name 256, value 1024, 25 fields, footer 2048, 6000 characters per message. Mentions are disabled
// so a check name can never ping @everyone. Discord answers 204 (or 200 with ?wait=true).
import { type AlertEvent, facts, headline, links, plainText } from './event.js';

const COLOR = { down: 0xd73a49, degraded: 0xdbab09, recovered: 0x28a745 } as const;
const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function discordPayload(e: AlertEvent): Record<string, unknown> {
  const linkLines = links(e).map((l) => `[${l.title}](${l.url})`);
  return {
    username: 'shipshape',
    content: cut(plainText(e), 2000),
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: cut(headline(e), 256),
        ...(e.issueUrl ? { url: e.issueUrl } : e.runbookUrl ? { url: e.runbookUrl } : {}),
        color: COLOR[e.kind],
        description: cut(linkLines.join(' · ') || e.url, 4096),
        fields: facts(e)
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
