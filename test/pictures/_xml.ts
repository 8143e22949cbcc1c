/** A small, strict XML parser for the tests: enough to prove an SVG well-formed and to query it. */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly (XmlElement | string)[];
}

const NAME = /^[A-Za-z_:][\w:.-]*/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, at: number): string {
  return raw.replace(/&([^;]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) throw new Error(`a bare "&" at ${at}`);
    if (ENTITIES[body] !== undefined) return ENTITIES[body];
    const m = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(body);
    if (m === null) throw new Error(`unknown entity "&${body};" at ${at}`);
    return String.fromCodePoint(m[1] === undefined ? Number(m[2]) : parseInt(m[1], 16));
  });
}

/** Parses a whole document (an optional declaration, comments, exactly one root element); throws on anything malformed. */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${i}: ${JSON.stringify(source.slice(i, i + 30))}`);
  };
  const skipMisc = (): void => {
    for (;;) {
      while (/\s/.test(source[i] ?? '')) i++;
      if (source.startsWith('<!--', i)) {
        const end = source.indexOf('-->', i + 4);
        if (end < 0) fail('an unclosed comment');
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (source[i] !== '<') fail('expected "<"');
    i++;
    const name = NAME.exec(source.slice(i))?.[0] ?? fail('expected an element name');
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      const space = /^\s*/.exec(source.slice(i))?.[0] ?? '';
      i += space.length;
      if (source.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [] };
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (space === '') fail('expected a space before an attribute');
      const key = NAME.exec(source.slice(i))?.[0] ?? fail('expected an attribute name');
      i += key.length;
      if (source[i] !== '=') fail(`expected "=" after ${key}`);
      i++;
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('expected a quoted value');
      const end = source.indexOf(quote as string, i + 1);
      if (end < 0) fail('an unclosed attribute value');
      const raw = source.slice(i + 1, end);
      if (raw.includes('<')) fail('"<" in an attribute value');
      if (Object.hasOwn(attrs, key)) fail(`attribute ${key} twice`);
      attrs[key] = decode(raw, i);
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) fail(`element ${name} not closed`);
      if (next > i) children.push(decode(source.slice(i, next), i));
      i = next;
      if (source.startsWith('</', i)) {
        i += 2;
        const close = NAME.exec(source.slice(i))?.[0];
        if (close !== name) fail(`expected </${name}>`);
        i += name.length;
        while (/\s/.test(source[i] ?? '')) i++;
        if (source[i] !== '>') fail('expected ">"');
        i++;
        return { name, attrs, children };
      }
      if (source.startsWith('<!--', i)) skipMisc();
      else children.push(element());
    }
  };
  if (source.startsWith('<?xml')) {
    i = source.indexOf('?>');
    if (i < 0) fail('an unclosed declaration');
    i += 2;
  }
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== source.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included) for which `test` holds, in document order. */
export function findAll(root: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = test(root) ? [root] : [];
  for (const child of root.children) if (typeof child !== 'string') out.push(...findAll(child, test));
  return out;
}

/** The elements of a class. */
export function byClass(root: XmlElement, className: string): XmlElement[] {
  return findAll(root, (e) => (e.attrs.class ?? '').split(' ').includes(className));
}

/** The text inside an element, all descendants joined. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** The text of an element's `<title>` child, or undefined. */
export function titleOf(e: XmlElement): string | undefined {
  const title = e.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title');
  return title === undefined ? undefined : textOf(title);
}
