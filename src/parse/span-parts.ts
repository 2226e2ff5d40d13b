/**
 * A reference that a page sets as a row of `<span>` parts with nothing between them
 * (`<span class="authors">…</span><span class="title">…</span><span class="journal">…</span>`):
 * a stylesheet spaced them on screen, the text runs them together ("Adeyemi SFloral scent …").
 * Each part is put on a line of its own, as a `<br>` reference is, and a part that is only a
 * number (a volume, pages, a bracketed year) follows the part before it on its line.
 * @packageDocumentation
 */
import type { Element, ElementContent, Root as HastRoot, Nodes as HastNodes } from 'hast';

/** Elements that hold a reference's row of parts. */
const HOLDERS = new Set(['p', 'div', 'li', 'dd', 'td', 'cite']);
/** A part that is only numbers: a volume, an issue, pages, an article number or a bracketed year ("214", "87-96", "(2037)"). */
const NUMBER_PART = /^[(\[]?\s?[A-Za-z]{0,3}\d{1,9}(?:\s?[-–:]\s?[A-Za-z]{0,3}\d{1,9})?\s?[)\]]?[.,;]?$/;
/** A bracketed year alone ("(2037)"): it follows the part before it after a space, not a comma. */
const BRACKETED_YEAR = /^[(\[](?:19|20)\d{2}[)\]][.,]?$/;

/** The text of a node. */
const textOf = (node: HastNodes): string => {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as HastNodes[]).map(textOf).join('');
  return '';
};

/** True for a row of three or more classed `<span>` parts, each with text, and nothing between them. */
function isGluedRow(children: ElementContent[]): boolean {
  if (children.length < 3) return false;
  return children.every((c) => c.type === 'element' && c.tagName === 'span' && c.properties.className !== undefined && textOf(c).trim() !== '');
}

/** Puts each part of a row of glued `<span>` parts (see the file's comment) on a line of its own. */
export function separateSpanParts(tree: HastRoot): void {
  const stack: HastNodes[] = [tree];
  for (let n = 0; stack.length && n < 200_000; n++) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    if (node.type === 'element' && HOLDERS.has(node.tagName) && isGluedRow(node.children)) {
      const parts: ElementContent[] = [];
      node.children.forEach((c, i) => {
        if (i > 0) {
          const t = textOf(c).trim();
          const sep: ElementContent = NUMBER_PART.test(t)
            ? { type: 'text', value: BRACKETED_YEAR.test(t) ? ' ' : ', ' }
            : ({ type: 'element', tagName: 'br', properties: {}, children: [] } satisfies Element);
          parts.push(sep);
        }
        parts.push(c);
      });
      node.children = parts;
      continue;
    }
    for (const c of node.children as HastNodes[]) stack.push(c);
  }
}
