// Badges are drawn without a browser, so their boxes are sized from Verdana's own glyph metrics
// (the font shields.io badges use). Widths are advance widths in font units, 2048 to the em.

const UNITS_PER_EM = 2048;
const FIRST_PRINTABLE = 0x20;

/** Verdana Regular advance widths for U+0020 (space) through U+007E (~), in font units. */
// biome-ignore format: one row per character class reads better than one number per line
const ASCII_ADVANCES: readonly number[] = [
  720, 806, 940, 1676, 1302, 2204, 1488, 550, 930, 930, 1302, 1676, 745, 930, 745, 930, // space ! " # $ % & ' ( ) * + , - . /
  1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, 1302, // 0-9
  930, 930, 1676, 1676, 1676, 1117, 2048, // : ; < = > ? @
  1400, 1404, 1430, 1578, 1295, 1177, 1588, 1539, 862, 931, 1419, 1140, 1726, // A-M
  1532, 1612, 1235, 1612, 1424, 1400, 1262, 1499, 1400, 2025, 1403, 1260, 1403, // N-Z
  930, 930, 930, 1676, 1302, 1302, // [ \ ] ^ _ `
  1230, 1276, 1067, 1276, 1220, 720, 1276, 1296, 562, 705, 1212, 562, 1992, // a-m
  1296, 1243, 1276, 1276, 874, 1067, 807, 1296, 1212, 1676, 1212, 1212, 1076, // n-z
  1300, 930, 1300, 1676, // { | } ~
];

/** Letters and digits set the average: accented Latin, Greek and Cyrillic are sized like them. */
const AVERAGE_ADVANCE = (() => {
  const alnum = ASCII_ADVANCES.filter((_, i) => /[A-Za-z0-9]/.test(String.fromCharCode(FIRST_PRINTABLE + i)));
  return alnum.reduce((sum, w) => sum + w, 0) / alnum.length;
})();

const ZERO_WIDTH = /^[\p{Mn}\p{Cc}\p{Cf}]$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

/** East Asian wide and full-width ranges: such glyphs take a whole em in any fallback font. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

function advanceUnits(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  const ascii = ASCII_ADVANCES[cp - FIRST_PRINTABLE];
  if (ascii !== undefined) return ascii;
  if (ZERO_WIDTH.test(char)) return 0;
  if (PICTOGRAPHIC.test(char) || WIDE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)) return UNITS_PER_EM;
  return AVERAGE_ADVANCE;
}

/** Width in pixels of `text` set in Verdana at `fontSize` px, without kerning. */
export function verdanaTextWidth(text: string, fontSize = 11): number {
  let units = 0;
  for (const char of text) units += advanceUnits(char);
  return (units * fontSize) / UNITS_PER_EM;
}
