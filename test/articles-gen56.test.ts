import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const head = '# Reed beds clean tannery water faster when snails graze them\n\n**Odense, 3 June 2058** – Constructed reed beds that host grazing pond snails strip chromium from tannery water in half the time of beds without them, a two-year field trial on the island of Funen finds.\n\n' +
  '"The snails keep the biofilm young, and young biofilm binds far more metal," says Associate Professor Freja Holmgaard-Lind from the Department of Bioscience.\n\n' +
  'The team ran six beds side by side and sampled the outflow every week.\n\n';
const tail = '\n\n**Contact**\nPress officer Jonas Vestergaard\nMail: j.vestergaard@example-uni.dk\nPhone: +45 8715 0199\n';

describe('a fact box of labelled list items that holds the DOI (round 56)', () => {
  it.each([
    ['"Link to scientific article:"', '- **Link to scientific article:** "Grazing snails speed chromium removal in constructed reed beds", Water Research, DOI: 10.1016/j.watres.2058.120331'],
    ['"Scientific article:"', '- **Scientific article:** "Grazing snails speed chromium removal in constructed reed beds", Water Research, DOI: 10.1016/j.watres.2058.120331'],
    ['"Link to the research article:"', '- Link to the research article: "Grazing snails speed chromium removal in constructed reed beds", Water Research, DOI: 10.1016/j.watres.2058.120331'],
  ])('reads the DOI, title and journal of %s', (_case, item) => {
    const text = head + '## Behind the research result\n\n- **Study type:** Field experiment\n- **External funding:** The Velux Foundations\n' + item + tail;
    const a = articlesOf(text, 'md');
    expect(a).toHaveLength(1);
    expect(a[0]!.doi).toBe('10.1016/j.watres.2058.120331');
    expect(a[0]!.title).toBe('Grazing snails speed chromium removal in constructed reed beds');
    expect(a[0]!.journal).toBe('Water Research');
    expect(a[0]!.authors).toEqual([]);
  });

  it('reads a lone "DOI:" list item as the paper\'s DOI', () => {
    const a = articlesOf(head + 'The study appears in Water Research.\n\n- DOI: 10.1016/j.watres.2058.120331' + tail, 'md');
    expect(a.map((x) => [x.doi, x.journal])).toEqual([['10.1016/j.watres.2058.120331', 'Water Research']]);
  });

  it('keeps the speaker and the contact of the release', () => {
    const text = head + '- **Link to scientific article:** "Grazing snails speed chromium removal in constructed reed beds", Water Research, DOI: 10.1016/j.watres.2058.120331' + tail;
    expect(speakersOf(text).map(([speaker]) => speaker)).toEqual(['Freja Holmgaard-Lind']);
    expect(contactsOf(text)).toEqual([['Jonas Vestergaard', 'j.vestergaard@example-uni.dk', '+45 8715 0199']]);
  });
});

describe('a lone item between a quoted title and the DOI (round 56)', () => {
  it.each([
    ['a journal before "DOI:"', '"Grazing snails speed chromium removal in constructed reed beds", Environmental Science & Technology, DOI: 10.1021/acs.est.8b01234', 'Environmental Science & Technology'],
    ['a journal before a resolver link', '"Grazing snails speed chromium removal in constructed reed beds", Journal of Hazardous Materials. https://doi.org/10.1016/j.jhazmat.2058.133901', 'Journal of Hazardous Materials'],
  ])('reads %s as the journal, no author', (_case, line, journal) => {
    const a = articlesOf(head.replace(/^# /, '').replace(/\*\*/g, '') + 'Reference: ' + line + '\n\nContact: press@example-uni.dk')[0]!;
    expect(a.journal).toBe(journal);
    expect(a.authors).toEqual([]);
  });

  it('still reads a person before the DOI as the author (must not change)', () => {
    const a = articlesOf(head.replace(/^# /, '').replace(/\*\*/g, '') + 'Reference: "Grazing snails speed chromium removal in constructed reed beds", Freja Holmgaard-Lind, DOI: 10.1016/j.watres.2058.120331\n\nContact: press@example-uni.dk')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Holmgaard-Lind']);
    expect(a.journal).toBeNull();
  });
});

describe('an APA journal set in italics with its volume (round 56)', () => {
  const ref = (journal: string): string =>
    '<p><strong>Citation:</strong> Holmgaard-Lind, F., Vestergaard, J., &amp; Okoro, C. N. (2058). Grazing snails speed chromium removal in constructed reed beds. <em>' + journal + '</em>(4), 301&ndash;312. https://doi.org/10.1016/j.ecoleng.2058.107122</p>';
  const page = (journal: string): string =>
    '<html><body><h1>Reed beds clean tannery water faster when snails graze them</h1><p>Odense, 3 June 2058 &ndash; Reed beds with pond snails strip chromium from tannery water in half the time, a field trial finds.</p>' +
    '<p>&ldquo;The snails keep the biofilm young, and young biofilm binds far more metal,&rdquo; said Freja Holmgaard-Lind.</p>' + ref(journal) + '<p>Contact: press@example-uni.dk</p></body></html>';
  it.each([
    ['a long name', 'Journal of Environmental Chemical Engineering, 212', 'Journal of Environmental Chemical Engineering', '212'],
    ['a name without "Journal"', 'Ecological Engineering and Restoration Science, 88', 'Ecological Engineering and Restoration Science', '88'],
  ])('keeps the title, not %s with its volume', (_case, italic, journal, volume) => {
    const a = recordOf(page(italic), 'html').articles[0]!;
    expect(a.title).toBe('Grazing snails speed chromium removal in constructed reed beds');
    expect(a.journal).toBe(journal);
    expect(a.volume).toBe(volume);
    expect(a.issue).toBe('4');
  });

  it('still reads an italic title in a reference line (must not change)', () => {
    const html = page('x').replace(ref('x'), '<p>Reference: Holmgaard-Lind, F., &amp; Okoro, C. N. (2058). <em>Grazing snails speed chromium removal in constructed reed beds</em>. Ecological Engineering, 212(4), 301&ndash;312. https://doi.org/10.1016/j.ecoleng.2058.107122</p>');
    expect(recordOf(html, 'html').articles[0]!.title).toBe('Grazing snails speed chromium removal in constructed reed beds');
  });
});
