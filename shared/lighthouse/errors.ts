// Turns Lighthouse's error codes into messages that say what is wrong with the page or machine.

/** A run that produced no usable result; `retryable` ones may succeed when simply run again. */
export class LighthouseRunError extends Error {
  override name = 'LighthouseRunError';
  constructor(
    message: string,
    readonly code: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

const RETRYABLE = new Set(['PROTOCOL_TIMEOUT', 'CHROME_LAUNCH_FAILED']);

function statusOf(message: string): string | undefined {
  return /status code:?\s*(\d{3})/i.exec(message)?.[1];
}

function detailOf(message: string): string {
  return /\(Details: ([^)]*)\)/.exec(message)?.[1] ?? message;
}

/** Codes meaning the document never arrived, where asking the server ourselves tells why. */
export const UNREACHABLE_CODES = new Set([
  'FAILED_DOCUMENT_REQUEST',
  'DNS_FAILURE',
  'CHROME_INTERSTITIAL_ERROR',
]);

/** Why a plain request to `url` fails, in words (Chrome's interstitial hides the network error). */
export async function probeUnreachable(url: string, headers: Record<string, string>): Promise<string> {
  try {
    const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    await res.body?.cancel();
    return `Chrome could not load it, though a plain request got HTTP ${res.status}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? (error as Error).name;
    const words: Record<string, string> = {
      ECONNREFUSED: 'connection refused: nothing listens on that address and port. Is the server running?',
      ENOTFOUND: 'the host name does not resolve (DNS)',
      EAI_AGAIN: 'the host name could not be resolved right now (DNS)',
      ECONNRESET: 'the server closed the connection',
      ETIMEDOUT: 'the connection timed out',
      TimeoutError: 'no answer within 10 s',
      UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    };
    return words[code] ?? `${code}: ${cause?.message ?? (error as Error).message}`;
  }
}

/** One line naming the URL, what went wrong, and Lighthouse's code. */
export function describeLighthouseError(url: string, code: string, message: string): LighthouseRunError {
  const say = (text: string) =>
    new LighthouseRunError(`${url}: ${text} (Lighthouse ${code})`, code, RETRYABLE.has(code));
  switch (code) {
    case 'FAILED_DOCUMENT_REQUEST':
    case 'DNS_FAILURE':
    case 'CHROME_INTERSTITIAL_ERROR':
      return say(`the page could not be reached: ${detailOf(message)}`);
    case 'ERRORED_DOCUMENT_REQUEST': {
      const status = statusOf(message);
      return say(`the server answered HTTP ${status ?? 'error'} instead of a page`);
    }
    case 'NOT_HTML':
      return say(
        `the response is not an HTML page (${message.replace(/^.*?(content[- ]type|MIME)/i, '$1')})`,
      );
    case 'NO_FCP':
      return say(
        'the page painted nothing within the load time limit (it never finished loading, or renders nothing)',
      );
    case 'PAGE_HUNG':
      return say('the page hung: its main thread never became idle within the load time limit');
    case 'NO_NAVSTART':
    case 'NO_LCP':
    case 'NO_TTI_CPU_IDLE_PERIOD':
      return say(`the trace had no usable ${code.replace(/^NO_/, '').toLowerCase()} event (${message})`);
    case 'PROTOCOL_TIMEOUT':
      return say(
        'Chrome stopped answering the DevTools protocol in time (an overloaded machine or a stuck page)',
      );
    case 'CHROME_CRASHED':
      return say('Chrome exited during the run (it crashed or was killed)');
    case 'RUN_TIMEOUT':
      return say(message);
    default:
      return say(message);
  }
}
