// Slack incoming webhook: `text` is the notification and screen-reader fallback, `blocks` the
// message (Block Kit). Limits from Slack's reference: header 150 chars, section text 3000, field 2000,
// button text 75, button URL 3000. Slack answers 200 "ok" and anything else is a failure.
import { type AlertEvent, EMOJI, facts, headline, links, plainText } from './event.js';

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Slack mrkdwn treats &, < and > as control characters. */
export function slackEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function slackPayload(e: AlertEvent): Record<string, unknown> {
  const blocks: Record<string, unknown>[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: cut(`${EMOJI[e.kind]} ${headline(e)}`, 150), emoji: true },
    },
    {
      type: 'section',
      fields: facts(e).map((f) => ({
        type: 'mrkdwn',
        text: cut(`*${f.title}*\n${slackEscape(f.value)}`, 2000),
      })),
    },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: cut(`shipshape deploy-smoke-health · ${slackEscape(e.at)}`, 3000) }],
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
  return { text: cut(plainText(e), 3000), blocks };
}
