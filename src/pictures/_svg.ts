/** SVG text built from plain strings: escaping, elements, numbers and the document. Internal to pictures. */
import { civilFromDays } from '../_lib/civil.js';
import { MONTH_NAMES } from '../_lib/names.js';

/** Text escaped for XML character data and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A coordinate with at most two decimals, without trailing zeros (`12`, `12.5`). */
export function num(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(Object.is(r, -0) ? 0 : r);
}

export type Attrs = Readonly<Record<string, string | number | undefined>>;

/** One element; attributes in the order given (undefined ones left out), numbers through {@link num}. */
export function el(name: string, attrs: Attrs, ...children: readonly string[]): string {
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : esc(value)}"`)
    .join('');
  return children.length === 0 ? `<${name}${list}/>` : `<${name}${list}>${children.join('')}</${name}>`;
}

/** A text element; the text is escaped. */
export function text(attrs: Attrs, content: string): string {
  return el('text', attrs, esc(content));
}

/** A group that a screen reader announces with `label` (as `aria-label` and as its `<title>` tooltip). */
export function labelled(attrs: Attrs, label: string, ...children: readonly string[]): string {
  return el('g', { ...attrs, role: 'img', 'aria-label': label }, el('title', {}, esc(label)), ...children);
}

/** The whole picture: an `<svg>` with a `<title>` and `<desc>`, sized `width` x `height`. */
export function svgDocument(width: number, height: number, title: string, description: string, body: readonly string[]): string {
  const root = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${num(width)} ${num(height)}`, width, height, role: 'img', 'aria-label': title, 'font-family': 'system-ui, sans-serif', 'font-size': 11 },
    '\n',
    el('title', {}, esc(title)),
    '\n',
    el('desc', {}, esc(description)),
    '\n',
    el('rect', { width, height, fill: '#ffffff' }),
    '\n',
    ...body.map((part) => `${part}\n`),
  );
  return `${root}\n`;
}

/** `March 12, 2026` for a day number. */
export function dayText(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${MONTH_NAMES[month - 1] ?? ''} ${day}, ${year}`;
}

/** Weekday names, index 0 = Sunday (the pictures' weeks start on Sunday, as US calendars do). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
