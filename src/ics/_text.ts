/**
 * RFC 5545 content lines: TEXT escaping (§3.3.11), parameters (§3.2) and
 * folding (§3.1) on UTF-8 octets.
 */

/** The longest a physical line may be, in octets, not counting its CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

/** The line break RFC 5545 requires. */
export const CRLF = '\r\n';

/**
 * Escapes a TEXT value: backslash, semicolon and comma get a backslash, and
 * every line break (CRLF, CR or LF) becomes `\n`.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]|\r\n|\r|\n/g, (match) => (match === '\\' || match === ';' || match === ',' ? `\\${match}` : '\\n'));
}

/** A parameter value, quoted when it holds a character that would end it (`:`, `;`, `,`). */
export function paramValue(value: string): string {
  return /[:;,]/.test(value) ? `"${value}"` : value;
}

/** One content line before folding: `NAME;P1=v1;P2=v2:value`. */
export function contentLine(name: string, value: string, params: readonly (readonly [string, string])[] = []): string {
  return `${name}${params.map(([key, v]) => `;${key}=${paramValue(v)}`).join('')}:${value}`;
}

/** Number of UTF-8 octets of one code point. */
function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into physical lines of at most 75 octets each: the
 * first holds up to 75, each continuation a leading space and up to 74 more.
 * Breaks fall between code points, never inside a multi-byte character.
 */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) as number);
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = MAX_LINE_OCTETS;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out;
}

/** Folds every content line and joins them with CRLF, ending with a CRLF. */
export function serializeLines(lines: readonly string[]): string {
  return lines.flatMap(foldLine).join(CRLF) + CRLF;
}
