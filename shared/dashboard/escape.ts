// Everything from history records (names, branches, SHAs, URLs, verdicts) reaches the page through
// these two functions: as escaped HTML text or attribute values, or as JSON inside a script element.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe as element text and as a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for `<script type="application/json">`: `<` is written as `\u003c` so that no value can close
 * the element or open a comment; `>` and `&` likewise, and the two line separators JavaScript
 * parsers once rejected. JSON.parse reads the escapes back as the original characters.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
