// Microsoft Teams through a Workflows (Power Automate) webhook, the replacement for Office 365
// connectors: the "Post to a channel when a webhook request is received" template reads a message
// whose `attachments` hold Adaptive Cards (contentType application/vnd.microsoft.card.adaptive).
// Teams renders Adaptive Cards up to version 1.5; 1.4 is used for older clients. Answers 202.
import { type AlertEvent, EMOJI, facts, headline, links } from './event.js';

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
              text: `${EMOJI[e.kind]} ${headline(e)}`,
              weight: 'Bolder',
              size: 'Medium',
              color,
              wrap: true,
            },
            { type: 'FactSet', facts: facts(e) },
          ],
          actions: links(e).map((l) => ({ type: 'Action.OpenUrl', title: l.title, url: l.url })),
        },
      },
    ],
  };
}
