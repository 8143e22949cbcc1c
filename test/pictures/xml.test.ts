/** The tests' XML parser refuses what is not well-formed, so "it parses" means something. */
import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from './_xml.js';

describe('the XML parser of the picture tests', () => {
  it('reads elements, attributes, entities and text', () => {
    const root = parseXml('<svg a="1 &amp; 2"><title>x &lt; y</title><g/></svg>\n');
    expect(root.attrs.a).toBe('1 & 2');
    expect(textOf(root)).toBe('x < y');
    expect(root.children).toHaveLength(2);
  });

  it.each([
    ['an unclosed element', '<svg><g></svg>'],
    ['a bare ampersand', '<svg>a & b</svg>'],
    ['an unknown entity', '<svg>&nbsp;</svg>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['a repeated attribute', '<svg a="1" a="2"/>'],
    ['"<" in an attribute', '<svg a="<"/>'],
    ['two roots', '<svg/><svg/>'],
    ['text after the root', '<svg/>x'],
    ['mismatched end tag', '<svg><g></h></svg>'],
  ])('refuses %s', (_what, source) => {
    expect(() => parseXml(source)).toThrow();
  });
});
