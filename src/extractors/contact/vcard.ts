/**
 * A vCard printed as text ("BEGIN:VCARD", "FN:…", "TEL;TYPE=cell:…", "END:VCARD"), or a
 * vCard-like run of bare property lines ("N: Holm;Nils", "TEL: …", "EMAIL: …"), read as the
 * labelled lines a contact block prints ("Jo Bell", "Mobile: …", "Email: …").
 * @packageDocumentation
 */

/** A vCard property line: its name, its parameters after a semicolon, and its value. */
const PROPERTY = /^(?:item\d+\.)?([A-Z][A-Z-]*)((?:;[^:]*)?):(.*)$/i;

/**
 * A bare vCard property line outside BEGIN/END: an upper-case property name a contact card
 * holds, then its colon ("N: Holm;Nils", "TEL: +47 …", "EMAIL: …").
 */
const BARE_PROPERTY = /^(?:N|FN|TITLE|ROLE|ORG|TEL|EMAIL)(?:;[^:]*)?:\s*\S/;

/** The phone label a TEL property's TYPE parameter stands for (its first known type wins). */
function phoneLabel(params: string): string {
  const types = params.toLowerCase();
  if (/\bfax\b/.test(types)) return 'Fax';
  if (/\b(?:cell|mobile)\b/.test(types)) return 'Mobile';
  return 'Phone';
}

/**
 * The person's name a structured N value gives ("Family;Given;Middle;Prefix;Suffix"), given
 * names first and without the prefix or suffix; a value with no semicolon is returned as printed.
 */
function structuredName(value: string): string {
  if (!value.includes(';')) return value;
  const [family = '', given = '', middle = ''] = value.split(';').map((p) => p.trim());
  return [given, middle, family].filter(Boolean).join(' ');
}

/**
 * Which lines are vCard properties: those between BEGIN:VCARD and END:VCARD, and each run of
 * consecutive bare property lines that holds a name (N or FN) and a TEL or EMAIL.
 */
function cardLines(lines: readonly string[]): boolean[] {
  const inCard = lines.map(() => false);
  let inside = false;
  lines.forEach((line, i) => {
    if (/^BEGIN:VCARD$/i.test(line)) inside = true;
    else if (/^END:VCARD$/i.test(line)) inside = false;
    else inCard[i] = inside;
  });
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && !inCard[j] && BARE_PROPERTY.test(lines[j]!)) j += 1;
    const run = lines.slice(i, j);
    if (run.some((l) => /^F?N[:;]/.test(l)) && run.some((l) => /^(?:TEL|EMAIL)[:;]/.test(l))) {
      for (let k = i; k < j; k += 1) inCard[k] = true;
    }
    i = Math.max(j, i + 1);
  }
  return inCard;
}

/**
 * The lines of a block with every vCard among them rewritten as plain contact lines: the
 * formatted name, title and organisation as printed, a TEL as "Phone:", "Mobile:" or "Fax:"
 * by its type, an EMAIL as "Email:"; the structured name N stands in for a missing FN, given
 * names first; the BEGIN, END, VERSION and other properties are dropped. Lines outside a vCard
 * are returned as they are.
 */
export function unfoldVcards(lines: readonly string[]): string[] {
  const inCard = cardLines(lines);
  if (!inCard.includes(true)) return [...lines];
  const hasFn = lines.some((l, i) => inCard[i] && /^(?:item\d+\.)?FN[:;]/i.test(l));
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (/^(?:BEGIN|END):VCARD$/i.test(line)) return;
    const m = inCard[i] ? PROPERTY.exec(line) : null;
    if (!m) { out.push(line); return; }
    const name = m[1]!.toUpperCase();
    const value = m[3]!.replace(/\\([,;])/g, '$1').trim();
    if (!value) return;
    if (name === 'FN' || name === 'TITLE' || name === 'ROLE') out.push(value);
    else if (name === 'N' && !hasFn) out.push(structuredName(m[3]!.trim()));
    else if (name === 'ORG') out.push(value.split(';').filter(Boolean).join(', '));
    else if (name === 'TEL') out.push(`${phoneLabel(m[2] ?? '')}: ${value.replace(/^tel:/i, '')}`);
    else if (name === 'EMAIL') out.push(`Email: ${value.replace(/^mailto:/i, '')}`);
  });
  return out;
}
