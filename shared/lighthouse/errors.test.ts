import { describe, expect, it } from 'vitest';
import { describeLighthouseError } from './errors.js';

describe('Lighthouse error messages', () => {
  it('name the URL, the cause in words and Lighthouse’s code; only machine faults are retryable', () => {
    const e = describeLighthouseError(
      'http://h/',
      'ERRORED_DOCUMENT_REQUEST',
      'Lighthouse was unable to reliably load the page you requested. (Status code: 404)',
    );
    expect(e.message).toBe(
      'http://h/: the server answered HTTP 404 instead of a page (Lighthouse ERRORED_DOCUMENT_REQUEST)',
    );
    expect(e.retryable).toBe(false);
    const t = describeLighthouseError(
      'http://h/',
      'PROTOCOL_TIMEOUT',
      'Waiting for DevTools protocol response has exceeded the allotted time.',
    );
    expect(t.retryable).toBe(true);
    expect(t.message).toContain('Chrome stopped answering the DevTools protocol in time');
    expect(describeLighthouseError('http://h/', 'NO_FCP', '').message).toContain('painted nothing');
    expect(describeLighthouseError('http://h/', 'SOMETHING_NEW', 'text').message).toBe(
      'http://h/: text (Lighthouse SOMETHING_NEW)',
    );
  });
});
