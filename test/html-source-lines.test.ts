/**
 * Line breaks in the source of an HTML paragraph are kept as Markdown keeps a paragraph's soft
 * line breaks, so a page printed from Markdown (a contact block or a reference on lines of their
 * own inside one `<p>`) reads as the Markdown does.
 */
import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const RELEASE = [
  '# Hedgehogs cross roads at night where verges are mown late',
  '',
  'NORWICH, England, 12 May 2037 – Hedgehogs cross rural roads more often where verges are left uncut until late summer.',
  '',
  '"Long grass gives them a corridor to the crossing," said Dr. Imogen Thwaite, an ecologist at Broadland University.',
  '',
  'Thwaite I, Okonjo P, Hale R. Verge mowing and hedgehog road crossings',
  'in rural England. Mammal Review 2037;67(2):201-214.',
  'doi:10.1111/mam.2037.0201',
  '',
  '**Media contact:**',
  'Priya Lakhani',
  'Press Office, Broadland University',
  '+44 1603 555 0192',
  'p.lakhani@broadland.example.ac.uk',
].join('\n');

/** The release as a static-site generator prints it: each Markdown paragraph one `<p>`, its lines kept in the source. */
const asPage = (md: string): string => {
  const [head, ...paras] = md.split('\n\n');
  const body = paras.map((p) => `<p>${p.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')}</p>`).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>News</title></head>\n<body><article>\n<h1>${head!.slice(2)}</h1>\n${body}\n</article></body></html>\n`;
};

describe('an HTML paragraph whose source keeps the Markdown lines', () => {
  const md = recordOf(RELEASE, 'md');
  const html = recordOf(asPage(RELEASE), 'html');

  it('reads the contact block line by line, as from the Markdown', () => {
    expect(md.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Priya Lakhani', 'p.lakhani@broadland.example.ac.uk', '+44 1603 555 0192']]);
    expect(html.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Priya Lakhani', 'p.lakhani@broadland.example.ac.uk', '+44 1603 555 0192']]);
  });

  it('reads the wrapped reference and the release fields the same way', () => {
    for (const r of [md, html]) {
      expect(r.release.headline).toBe('Hedgehogs cross roads at night where verges are mown late');
      expect(r.release.dateline).toBe('NORWICH, England');
      expect(r.release.datePublished).toBe('2037-05-12');
      expect(r.articles[0]?.doi).toBe('10.1111/mam.2037.0201');
      expect(r.articles[0]?.journal).toBe('Mammal Review');
      expect(r.articles[0]?.title).toBe('Verge mowing and hedgehog road crossings in rural England');
      expect(r.quotes[0]?.speaker).toBe('Imogen Thwaite');
    }
  });

  it('still joins a paragraph wrapped in the source into one sentence', () => {
    const page = '<html><body><h1>Moths follow streetlights less in fog</h1>\n<p>YORK, 3 June 2037 – Moths in fog were\n  drawn to streetlights\n  less often than on clear nights, a study finds.</p></body></html>';
    expect(recordOf(page, 'html').release.dateline).toBe('YORK');
    expect(recordOf(page, 'html').release.headline).toBe('Moths follow streetlights less in fog');
  });
});
