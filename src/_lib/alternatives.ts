/**
 * "a", "a or b", "a, b or c" (never called with no items); when an item has
 * an "or" of its own, the last one is set off by a comma too (`a such as
 * "x" or "y", or b`) so the list still reads as one. The wording of a
 * recurrence syntax error's "expected ..." list.
 */
export function listAlternatives(items: readonly string[]): string {
  if (items.length === 1) return items[0] as string;
  const or = items.some((item) => item.includes(' or ')) ? ', or ' : ' or ';
  return `${items.slice(0, -1).join(', ')}${or}${items[items.length - 1] as string}`;
}
