// Slack incoming webhook: `text` is the notification and screen-reader fallback, `blocks` the
// message (Block Kit). Limits from Slack's reference: header 150 chars, section text 3000, field 2000,
// button text 75, button URL 3000. Slack answers 200 "ok" and anything else is a failure.
// Both `text` and mrkdwn fields are parsed by Slack: `<!channel>`, `<@U123>` and `<url|label>` are
// controls, so every untrusted piece has &, < and > escaped; the header is plain_text and shown as is.
import { type AlertEvent, EMOJI, facts, headline, links, plainText, withoutControls } from './event.js';

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Cuts escaped text without splitting an entity such as `&amp;` in two. */
function cutEscaped(s: string, n: number): string {
  if (s.length <= n) return s;
  const head = s.slice(0, n - 1);
  const open = head.lastIndexOf('&');
  return `${open >= 0 && !head.includes(';', open) ? head.slice(0, open) : head}…`;
}

/** Slack mrkdwn treats &, < and > as control characters; Slack's reference says to escape exactly these. */
export function slackEscape(s: string): string {
  return withoutControls(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function slackPayload(e: AlertEvent): Record<string, unknown> {
  const blocks: Record<string, unknown>[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: cut(`${EMOJI[e.kind]} ${headline(e)}`, 150), emoji: true },
    },
    {
      type: 'section',
      fields: facts(e, slackEscape).map((f) => ({
        type: 'mrkdwn',
        text: cutEscaped(`*${f.title}*\n${f.value}`, 2000),
      })),
    },
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: cutEscaped(`shipshape deploy-smoke-health · ${slackEscape(e.at)}`, 3000) },
      ],
    },
  ];
  const buttons = links(e).filter((l) => l.url.length <= 3000);
  if (buttons.length > 0) {
    blocks.push({
      type: 'actions',
      elements: buttons.map((l, i) => ({
        type: 'button',
        action_id: `shipshape-link-${i}`,
        text: { type: 'plain_text', text: cut(l.title, 75) },
        url: l.url,
      })),
    });
  }
  return { text: cutEscaped(plainText(e, slackEscape), 3000), blocks };
}
