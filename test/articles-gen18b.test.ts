import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

describe('a journal named short in the headline and in full in the body', () => {
  const release = [
    'Quillon Therapeutics Reports Phase 2 Migraine Data Published in JAMA Neurol',
    '',
    'BOSTON, Mass., June 9, 2032 -- Quillon Therapeutics, Inc. (NASDAQ: QLLN) today announced that results of its Phase 2 trial of QT-55 in 280 adults with chronic migraine were published in JAMA Neurology.',
    '',
    'The full article is at https://doi.org/10.1001/jamaneurol.2032.0417.',
  ].join('\n');
  it('takes the full name and the release year from the body sentence', () => {
    const a = recordOf(release).articles[0]!;
    expect(a.doi).toBe('10.1001/jamaneurol.2032.0417');
    expect(a.journal).toBe('JAMA Neurology');
    expect(a.year).toBe(2032);
  });
});

describe('"announced the publication of … in X" in a dated release', () => {
  const release = [
    'Tervald Diagnostics Publishes Kidney Biomarker Study in Kidney International',
    '',
    'DALLAS, TX / ACCESS Newswire / June 9, 2032 / Tervald Diagnostics, Inc. today announced the publication of a 900-patient study of its urine biomarker panel in Kidney International.',
  ].join('\n');
  it('reads the journal from the lead and dates the paper with the release', () => {
    const a = recordOf(release).articles[0]!;
    expect(a.journal).toBe('Kidney International');
    expect(a.year).toBe(2032);
  });
  it('reads no journal from "announced the publication of" with no journal after it', () => {
    const r = recordOf('Company news\n\nJune 9, 2032 -- Ostrava Labs today announced the publication of its annual report in English and Czech.');
    expect(r.articles.map((a) => a.journal)).not.toContain('English');
  });
});

describe('a sentence with a DOI in brackets, dated by its story', () => {
  const release = [
    'Frozen pollen brings back a lost meadow grass',
    '',
    'Curators at the Harwell Seed Vault have grown a meadow grass not recorded in the wild since 1974 from seed stored in liquid nitrogen for four decades. The work is described in the journal Ecology, Evolution, Conservation (DOI: 10.1002/eec3.20417).',
  ].join('\n');
  it('reads the three-word journal whole and takes no year from the story', () => {
    const a = recordOf(release).articles[0]!;
    expect(a.doi).toBe('10.1002/eec3.20417');
    expect(a.journal).toBe('Ecology, Evolution, Conservation');
    expect(a.year).toBeNull();
  });
});

describe('a quoted title, a dash, then an APA list of names', () => {
  const release = [
    '# Museum drawer yields a new giant dragonfly',
    '',
    'The description is published in *Palaeontology Letters*.',
    '',
    '> "A giant griffinfly wing from the Carboniferous of Lancashire" — Thornbury, E. & Okonjo, A. B. (2032). *Palaeontology Letters* 9(2): e2210. https://doi.org/10.1002/pal3.2210',
  ].join('\n');
  it('reads the names after the dash in order', () => {
    const a = recordOf(release, 'md').articles[0]!;
    expect(a.doi).toBe('10.1002/pal3.2210');
    expect(a.authors.map((p) => p.family)).toEqual(['Thornbury', 'Okonjo']);
    expect(a.title).toBe('A giant griffinfly wing from the Carboniferous of Lancashire');
    expect([a.volume, a.issue, a.pages, a.year]).toEqual(['9', '2', 'e2210', 2032]);
  });
});

describe('a quoted abstract presented at a symposium beside the paper\'s details table', () => {
  const release = [
    '<html><body><h1>Glacier algae darken the ice earlier each spring</h1>',
    '<p>Zurich, 4 May 2032</p>',
    '<p>Snow algae now bloom three weeks earlier on Alpine glaciers, a study finds.</p>',
    '<h2>Publication details</h2>',
    '<table><tr><td>Title</td><td>Earlier spring blooms of snow algae on Alpine glaciers</td></tr>',
    '<tr><td>Authors</td><td>Keller, M., Rossi, L., &amp; Brunner, T.</td></tr>',
    '<tr><td>Journal</td><td>The Cryosphere</td></tr>',
    '<tr><td>DOI</td><td>10.5194/tc-26-1444-2032</td></tr></table>',
    '<p>The group also presented an abstract, "Pigment changes in snow algae under warming", at the 2032 European Glaciology Symposium.</p>',
    '</body></html>',
  ].join('\n');
  it('keeps the table\'s title for the paper and lists the abstract with its meeting', () => {
    const arts = recordOf(release, 'html').articles;
    expect(arts[0]!.doi).toBe('10.5194/tc-26-1444-2032');
    expect(arts[0]!.title).toBe('Earlier spring blooms of snow algae on Alpine glaciers');
    expect(arts[1]!.title).toBe('Pigment changes in snow algae under warming');
    expect(arts[1]!.journal).toBe('2032 European Glaciology Symposium');
    expect(arts).toHaveLength(2);
  });
});
