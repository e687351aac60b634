// Coverage badges drawn locally in the flat shields.io look, so publishing one needs no network
// call and the same numbers always give the same bytes (badges are committed or uploaded as-is).
import { verdanaTextWidth } from './verdana-widths.js';

export interface BadgeSpec {
  label: string;
  message: string;
  /** A shields.io colour name (`brightgreen`, `red`, …) or a hex colour (`#4c1`, `e05d44`). */
  color: string;
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  brightgreen: '#4c1',
  green: '#97ca00',
  yellowgreen: '#a4a61d',
  yellow: '#dfb317',
  orange: '#fe7d37',
  red: '#e05d44',
  blue: '#007ec6',
  grey: '#555',
  gray: '#555',
  lightgrey: '#9f9f9f',
  lightgray: '#9f9f9f',
  success: '#4c1',
  important: '#fe7d37',
  critical: '#e05d44',
  informational: '#007ec6',
  inactive: '#9f9f9f',
};

const HEX_COLOR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;
const LABEL_BACKGROUND = '#555';
const HEIGHT = 20;
const FONT_SIZE = 11;
const SIDE_PADDING = 5;

/** Resolves a colour name or hex value to `#rrggbb`/`#rgb`; anything else is refused, as it would reach an attribute. */
export function badgeColorHex(color: string): string {
  const trimmed = color.trim().toLowerCase();
  const named = NAMED_COLORS[trimmed];
  if (named !== undefined) return named;
  const hex = HEX_COLOR.exec(trimmed);
  if (hex) return `#${hex[1]}`;
  throw new TypeError(
    `unknown badge colour ${JSON.stringify(color)}: use a name (${Object.keys(NAMED_COLORS).join(', ')}) or a hex colour such as #4c1`,
  );
}

// Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) would make the SVG unparseable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Badge text is one line: control characters go, line breaks and tabs become spaces. */
function badgeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[\t\n\r]+/g, ' ');
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c);
}

/** Coordinates to one decimal, printed without trailing zeros, so output is stable across platforms. */
function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** FNV-1a, so ids inside two different inlined badges do not collide yet stay deterministic. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

interface Part {
  text: string;
  x: number;
  width: number;
  textWidth: number;
  fill: string;
}

function textElements(part: Part): string {
  const centre = num(part.x + part.width / 2);
  const length = num(part.textWidth);
  const content = xml(part.text);
  return (
    `<text x="${centre}" y="15" fill="#010101" fill-opacity=".3" textLength="${length}">${content}</text>` +
    `<text x="${centre}" y="14" textLength="${length}">${content}</text>`
  );
}

/** A flat badge (label on grey, message on `color`) as a standalone SVG document. */
export function renderBadge(spec: BadgeSpec): string {
  const label = badgeText(spec.label);
  const message = badgeText(spec.message);
  const color = badgeColorHex(spec.color);

  const parts: Part[] = [];
  let x = 0;
  for (const [text, fill] of [
    [label, LABEL_BACKGROUND],
    [message, color],
  ] as const) {
    if (text === '' && parts.length === 0 && message !== '') continue; // no label: message-only badge
    const textWidth = Math.ceil(verdanaTextWidth(text, FONT_SIZE));
    const width = textWidth + 2 * SIDE_PADDING;
    parts.push({ text, x, width, textWidth, fill });
    x += width;
  }
  const total = x;
  const title = label === '' ? message : `${label}: ${message}`;
  const id = shortHash(`${label}\u0000${message}\u0000${color}`);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${total}" height="${HEIGHT}" role="img" aria-label="${xml(title)}">`,
    `<title>${xml(title)}</title>`,
    `<linearGradient id="s${id}" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>`,
    `<clipPath id="r${id}"><rect width="${total}" height="${HEIGHT}" rx="3" fill="#fff"/></clipPath>`,
    `<g clip-path="url(#r${id})">`,
    ...parts.map((p) => `<rect x="${p.x}" width="${p.width}" height="${HEIGHT}" fill="${p.fill}"/>`),
    `<rect width="${total}" height="${HEIGHT}" fill="url(#s${id})"/>`,
    '</g>',
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="${FONT_SIZE}">`,
    ...parts.map(textElements),
    '</g>',
    '</svg>',
  ].join('');
}

export interface CoverageColorThresholds {
  /** Below this percentage the badge is red. */
  red: number;
  /** At or above this percentage (normally the gate's minimum) the badge is bright green. */
  green: number;
}

/**
 * Colour name for a coverage percentage: red below `red`, then orange, yellow and yellow-green in
 * equal steps up to `green`, bright green from `green` on; light grey when there is nothing to cover.
 */
export function coverageColor(
  pct: number | null,
  thresholds: CoverageColorThresholds = { red: 60, green: 80 },
): string {
  const { red, green } = thresholds;
  if (!Number.isFinite(red) || !Number.isFinite(green) || red > green) {
    throw new RangeError(
      `coverage colour thresholds need finite red <= green, got red=${red}, green=${green}`,
    );
  }
  if (pct === null || !Number.isFinite(pct)) return 'lightgrey';
  if (pct >= green) return 'brightgreen';
  if (pct < red) return 'red';
  const step = (green - red) / 3;
  if (pct < red + step) return 'orange';
  if (pct < red + 2 * step) return 'yellow';
  return 'yellowgreen';
}

/** The JSON document shields.io's endpoint badge reads (https://shields.io/badges/endpoint-badge). */
export function shieldsEndpoint(spec: BadgeSpec): string {
  const name = spec.color.trim().toLowerCase();
  // Validates the colour; shields takes hex without the leading '#'.
  const color = NAMED_COLORS[name] !== undefined ? name : badgeColorHex(name).slice(1);
  return JSON.stringify({
    schemaVersion: 1,
    label: badgeText(spec.label),
    message: badgeText(spec.message),
    color,
  });
}
