// Microsoft Teams through a Workflows (Power Automate) webhook, the replacement for Office 365
// connectors: the "Post to a channel when a webhook request is received" template reads a message
// whose `attachments` hold Adaptive Cards (contentType application/vnd.microsoft.card.adaptive).
// Teams renders Adaptive Cards up to version 1.5; 1.4 is used for older clients. Answers 202.
// TextBlocks and FactSet values render a markdown subset (emphasis, lists, `[text](url)` links), so
// untrusted pieces are backslash-escaped and a zero-width space keeps `](` from ever forming a link.
import { type AlertEvent, EMOJI, facts, headline, links, withoutControls } from './event.js';

/** Shows text literally in an Adaptive Card TextBlock or fact. */
export function teamsEscape(s: string): string {
  return withoutControls(s)
    .replace(/[\\`*_~[\]()<>#!|-]/g, (c) => `\\${c}`)
    .replace(/\\\]\\\(/g, '\\]\u200b\\(')
    .replace(/:\/\//g, ':\u200b//');
}

export function teamsPayload(e: AlertEvent): Record<string, unknown> {
  const color = e.kind === 'recovered' ? 'Good' : e.kind === 'down' ? 'Attention' : 'Warning';
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          msteams: { width: 'Full' },
          body: [
            {
              type: 'TextBlock',
              text: `${EMOJI[e.kind]} ${headline(e, teamsEscape)}`,
              weight: 'Bolder',
              size: 'Medium',
              color,
              wrap: true,
            },
            { type: 'FactSet', facts: facts(e, teamsEscape) },
          ],
          actions: links(e).map((l) => ({ type: 'Action.OpenUrl', title: l.title, url: l.url })),
        },
      },
    ],
  };
}
