/**
 * A vCard printed as text ("BEGIN:VCARD", "FN:…", "TEL;TYPE=cell:…", "END:VCARD"), read as the
 * labelled lines a contact block prints ("Jo Bell", "Mobile: …", "Email: …").
 * @packageDocumentation
 */

/** A vCard property line: its name, its parameters after a semicolon, and its value. */
const PROPERTY = /^(?:item\d+\.)?([A-Z][A-Z-]*)((?:;[^:]*)?):(.*)$/i;

/** The phone label a TEL property's TYPE parameter stands for (its first known type wins). */
function phoneLabel(params: string): string {
  const types = params.toLowerCase();
  if (/\bfax\b/.test(types)) return 'Fax';
  if (/\b(?:cell|mobile)\b/.test(types)) return 'Mobile';
  return 'Phone';
}

/**
 * The lines of a block with every vCard among them rewritten as plain contact lines: the
 * formatted name, title and organisation as printed, a TEL as "Phone:", "Mobile:" or "Fax:"
 * by its type, an EMAIL as "Email:"; the BEGIN, END, VERSION, structured-name and other
 * properties are dropped. Lines outside a vCard are returned as they are.
 */
export function unfoldVcards(lines: readonly string[]): string[] {
  if (!lines.some((l) => /^BEGIN:VCARD$/i.test(l))) return [...lines];
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    if (/^BEGIN:VCARD$/i.test(line)) { inside = true; continue; }
    if (/^END:VCARD$/i.test(line)) { inside = false; continue; }
    const m = inside ? PROPERTY.exec(line) : null;
    if (!m) { out.push(line); continue; }
    const name = m[1]!.toUpperCase();
    const value = m[3]!.replace(/\\([,;])/g, '$1').trim();
    if (!value) continue;
    if (name === 'FN' || name === 'TITLE' || name === 'ROLE') out.push(value);
    else if (name === 'ORG') out.push(value.split(';').filter(Boolean).join(', '));
    else if (name === 'TEL') out.push(`${phoneLabel(m[2] ?? '')}: ${value.replace(/^tel:/i, '')}`);
    else if (name === 'EMAIL') out.push(`Email: ${value.replace(/^mailto:/i, '')}`);
  }
  return out;
}
