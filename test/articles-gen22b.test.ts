import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { parseReference } from '../src/extractors/article/reference-line.js';
import { readJournalName } from '../src/extractors/article/journal.js';

describe('numbers of humanities and aggregator citations', () => {
  it('reads the number after "no." as the issue when the brackets hold the year', () => {
    const n = readNumbers('Hannelore Vossberg, "Tithe barns and famine", Past & Present, no. 264 (2030), pp. 51-88. DOI: 10.1093/pastj/gtaa001');
    expect(n).toEqual({ volume: null, issue: '264', pages: '51-88', year: 2030 });
  });

  it('reads "year; volume (issue) DOI" without pages', () => {
    expect(readNumbers('Ana Ruiz, Karl Berg. Salt in the ice. Nature Geoscience, 2030; 19 (4) DOI: 10.1038/s41561-030-0001-2')).toEqual({ volume: '19', issue: '4', pages: null, year: 2030 });
    expect(readNumbers('Ana Ruiz. Salt in the ice. PLOS ONE, 2030; 25 DOI: 10.1371/journal.pone.0301234')).toEqual({ volume: '25', issue: null, pages: null, year: 2030 });
  });

  it('keeps Vancouver numbers with pages as before', () => {
    expect(readNumbers('Ana Ruiz. Salt in the ice. Science Advances, 2030; 16 (12): eadk1234 DOI: 10.1126/sciadv.adk1234')).toEqual({ volume: '16', issue: '12', pages: 'eadk1234', year: 2030 });
  });
});

describe('journal names', () => {
  it('keeps a lettered series after a comma', () => {
    expect(readJournalName('Journal of Algebraic Topology, Series A. It was accepted')?.name).toBe('Journal of Algebraic Topology, Series A');
    expect(readJournalName('Composite Structures, Part B, in March')?.name).toBe('Composite Structures, Part B');
  });

  it('ends a name at an exclamation mark', () => {
    expect(readJournalName('Molecular Ecology! We show that')?.name).toBe('Molecular Ecology');
  });

  it('prefers the name with its subtitle printed later in the release', () => {
    const text = [
      'Sleep loss precedes cluster headaches, study finds',
      '',
      'Patients slept less in the three nights before an attack, researchers report in the journal Cephalalgia.',
      '',
      'The study appears in *Cephalalgia: The Journal of Headache Research*. DOI: 10.1177/03331024311234567',
    ].join('\n');
    expect(articlesOf(text, 'md')[0]?.journal).toBe('Cephalalgia: The Journal of Headache Research');
  });

  it('reads one italic English word after "a study in" as the journal', () => {
    const text = "# Sailors' slang survives in a harbour town\n\nWords from eighteenth-century ships are still heard on the quays of a Breton port, according to a study in *Antiquity*.\n";
    expect(articlesOf(text, 'md')[0]?.journal).toBe('Antiquity');
  });

  it('does not read one italic genus after "a study in" as a journal', () => {
    const text = '# Flies sleep less in the heat\n\nWarm nights shorten sleep, according to a study in *Drosophila* by a team in Leeds.\n';
    expect(articlesOf(text, 'md').map((a) => a.journal)).not.toContain('Drosophila');
  });

  it('ends the name at a colon after its italics', () => {
    const html = '<h1>Frost grows evenly in orbit</h1><p>The work is published in <em>Physical Review Letters</em>: <a href="https://doi.org/10.1103/PhysRevLett.150.010101">Okafor, B., Lindahl, S. et al., Even frost growth without convection</a>.</p>';
    const [a] = articlesOf(html, 'html');
    expect(a?.journal).toBe('Physical Review Letters');
    expect(a?.title).toBe('Even frost growth without convection');
    expect(a?.authors.map((p) => p.family)).toEqual(['Okafor', 'Lindahl']);
  });
});

describe('social-media thread citations', () => {
  it('drops the post number and a bracketed note before the label', () => {
    const r = parseReference('4/ Paper (open access): Moreau J, Tanaka H. Ants steer by the smell of wet soil. Curr Biol 42(3): 301-310. https://doi.org/10.1016/j.cub.2032.01.005');
    expect(r.title).toBe('Ants steer by the smell of wet soil');
    expect(r.authors.map((p) => p.family)).toEqual(['Moreau', 'Tanaka']);
  });

  it('reads no title from a sentence on where the paper will appear', () => {
    const r = parseReference('5/ Preprint on arXiv: arXiv:2201.01234. It is to appear in Journal of Graph Theory.');
    expect(r.title).toBeNull();
  });

  it('names the journal with its series and no title in a thread', () => {
    const text = [
      'Dr. Ilse Brandt @ilse@maths.example · Feb 2, 2032',
      '',
      '1/ New preprint: every cubic graph of girth 9 has a perfect matching cover of size 4. 🧵',
      '',
      '2/ Paper on arXiv: arXiv:2202.04567. It is to appear in Journal of Algebraic Topology, Series A.',
    ].join('\n');
    const [a] = articlesOf(text);
    expect(a?.title).toBeNull();
    expect(a?.journal).toBe('Journal of Algebraic Topology, Series A');
  });
});
