import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

/** A Markdown release with the title `title`, the lines `lead` under it and a paper's DOI. */
const release = (lead: string, title = '# Des loutres reviennent dans la rivière des Outaouais'): string =>
  [title, '', lead, '', 'Les chercheurs ont suivi quarante sites pendant six ans.', '', 'DOI : 10.1016/j.biocon.2040.110912', ''].join('\n');

describe('a French region in brackets before "le DATE" (round 67)', () => {
  it.each([
    ['**Ottawa (Ontario), le 2 avril 2040** – Une équipe a compté les loutres.', 'Ottawa (Ontario)', '2040-04-02'],
    ['Gatineau (Québec), le 3 avril 2040 – Une équipe a compté les loutres.', 'Gatineau (Québec)', '2040-04-03'],
    ['Mainz (Rheinland-Pfalz), den 4. April 2040 – Ein Team hat Otter gezählt.', 'Mainz (Rheinland-Pfalz)', '2040-04-04'],
  ])('reads %j', (lead, place, iso) => {
    const r = recordOf(release(lead), 'md').release;
    expect(r.dateline).toBe(place);
    expect(r.datePublished).toBe(iso);
  });

  it('keeps the region and date without an article a dateline, as before', () => {
    const r = recordOf(release('Vienna (Austria), 5 April 2040 – A team counted otters.'), 'md').release;
    expect(r.dateline).toBe('Vienna (Austria)');
    expect(r.datePublished).toBe('2040-04-05');
  });
});

describe('a French "Publié le" date line (round 67)', () => {
  it.each([
    ['Publié le 6 avril 2040', '2040-04-06'],
    ['Mis en ligne le 7 avril 2040', '2040-04-07'],
  ])('reads %j as a date without a dateline', (line, iso) => {
    const r = recordOf(release(`${line}\n\nUne équipe a compté les loutres.`), 'md').release;
    expect(r.datePublished).toBe(iso);
    expect(r.dateline).toBeNull();
  });

  it('lets the lead\'s own dateline win over the date line', () => {
    const r = recordOf(release('Publié le 8 avril 2040\n\nOttawa (Ontario), le 8 avril 2040 – Une équipe a compté les loutres.'), 'md').release;
    expect(r.dateline).toBe('Ottawa (Ontario)');
  });
});

describe('a German date in brackets after the town, with no dash (round 67)', () => {
  const de = (lead: string): string => ['# Fischotter kehren an die Saale zurück', '', lead, '', 'DOI: 10.1016/j.biocon.2040.110913', ''].join('\n');
  it.each([
    ['Jena (09.04.2040) Fischotter besiedeln wieder die Saale.', 'Jena', '2040-04-09'],
    ['Dresden (10. April 2040) Fischotter besiedeln wieder die Elbe.', 'Dresden', '2040-04-10'],
  ])('reads %j', (lead, place, iso) => {
    const r = recordOf(de(lead), 'md').release;
    expect(r.dateline).toBe(place);
    expect(r.datePublished).toBe(iso);
  });

  it.each([
    'Smith (2019) Showed that otters return to rivers.',
    'Researchers (11.04.2040) found that otters return to rivers.',
  ])('reads no dateline from %j', (lead) => {
    expect(recordOf(de(lead), 'md').release.dateline).toBeNull();
  });
});

describe('a numeric date opening the lead before a dash (round 67)', () => {
  it('reads "12.04.2040 – …" in HTML', () => {
    const html = '<html><body><h1>Fischotter kehren zurück</h1><p>12.04.2040 – Ein Team hat Otter gezählt.</p><p>DOI: 10.1016/j.biocon.2040.110914</p></body></html>';
    const r = recordOf(html, 'html');
    expect(r.release.datePublished).toBe('2040-04-12');
    expect(articlesOf(html, 'html')[0]?.doi).toBe('10.1016/j.biocon.2040.110914');
  });

  it('keeps a worded date lead, as before', () => {
    expect(recordOf('<html><body><h1>Otters return</h1><p>April 13, 2040 – A team counted otters.</p></body></html>', 'html').release.datePublished).toBe('2040-04-13');
  });
});

describe('French and German media-contact labels (round 67)', () => {
  const body = (label: string, org = 'Agente des relations médias'): string =>
    ['# Des loutres reviennent', '', '« Nous avons compté deux fois plus de loutres que prévu cette année », affirme la professeure Solène Brisebois-Adeyemi.', '', label, 'Apolline Marchand-Tsui', org, '613-555-0142', 'amarchand@uottawa.example.ca', ''].join('\n');
  it.each([
    'Demandes des médias',
    '## Demandes des médias',
    'Personne-ressource pour les médias :',
    'Personne-ressource :',
    'Relations médias :',
    'Medienanfragen:',
    'Ansprechpartnerin für Medien:',
  ])('reads the contact under %j', (label) => {
    expect(contactsOf(body(label))).toEqual([['Apolline Marchand-Tsui', 'amarchand@uottawa.example.ca', '613-555-0142']]);
  });

  it('still reads the speaker, not the contact', () => {
    expect(speakersOf(body('Demandes des médias'))[0]?.[0]).toBe('Solène Brisebois-Adeyemi');
  });

  it('does not open a block at "Relations médias" inside a contact\'s lines', () => {
    expect(contactsOf(body('Renseignements :', 'Service des relations médias'))).toEqual([['Apolline Marchand-Tsui', 'amarchand@uottawa.example.ca', '613-555-0142']]);
  });
});
