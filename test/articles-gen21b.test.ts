import { describe, expect, it } from 'vitest';
import { articlesOf } from './support/invented.js';

const brief = (text: string, ext = 'txt'): Array<[string | null, string | null, string | null]> =>
  articlesOf(text, ext).map((a) => [a.doi, a.title, a.journal]);

describe('tip sheets: one paper per titled item, its journal the item\'s own line', () => {
  it('reads a plain-text press pac whose items print title, journal, summary and DOI on their own lines', () => {
    const text =
      'Chemistry Society Press Pac: May 6, 2031\n\nPapers appearing in our journals this week.\n\nSeaweed glue that holds under salt water\nACS Applied Materials & Interfaces\nA glue made from brown algae kept two steel plates stuck together for a month in the sea.\nDOI: 10.1021/acsami.1c30517\n\nA faster test for lead in old paint\nAnalytical Chemistry\nA handheld strip read lead in paint flakes in under a minute.\nDOI: 10.1021/acs.analchem.1c04410\n\nFor more research news, visit our site.\n';
    expect(brief(text)).toEqual([
      ['10.1021/acsami.1c30517', 'Seaweed glue that holds under salt water', 'ACS Applied Materials & Interfaces'],
      ['10.1021/acs.analchem.1c04410', 'A faster test for lead in old paint', 'Analytical Chemistry'],
    ]);
  });

  it('reads a journal set in italics on its own line above each item\'s DOI', () => {
    const text =
      '# Weekly journal highlights\n\n**June 3, 2031**\n\n## Rust-free bolts from a cheap alloy\n\n*Industrial & Engineering Chemistry Research*\nDOI: 10.1021/acs.iecr.1c07720\n\nA nickel-free alloy resisted rust for two years on a seaside pier.\n\n## Plant sugars that stop ice forming\n\n*Journal of Agricultural and Food Chemistry*\nDOI: 10.1021/acs.jafc.1c03318\n\nA sugar from winter wheat kept strawberries free of ice crystals when frozen.\n';
    expect(brief(text, 'md')).toEqual([
      ['10.1021/acs.iecr.1c07720', 'Rust-free bolts from a cheap alloy', 'Industrial & Engineering Chemistry Research'],
      ['10.1021/acs.jafc.1c03318', 'Plant sugars that stop ice forming', 'Journal of Agricultural and Food Chemistry'],
    ]);
  });

  it('gives each numbered item its own journal and the author its text names', () => {
    const text =
      'Geoscience tip sheet: 2 April 2031\n\nSummaries of newly published papers follow.\n\n1. Sea ice thins faster under early spring storms\n\nJournal of Geophysical Research: Oceans\nhttps://doi.org/10.1029/2031JC020114\n\nBuoys drifting near Svalbard measured the loss. "Storms now arrive before the ice has thickened," said lead author Ingrid Solvang.\n\nContact: Ingrid Solvang, isolvang@npi.example.no\n\n2. Volcanic ash lifts rainfall over the Andes\n\nGeophysical Research Letters\nhttps://doi.org/10.1029/2031GL105530\n\nAsh from a 2029 eruption seeded clouds for three weeks, said co-author Mateo Quispe.\n\nContact: Mateo Quispe, mquispe@igp.example.pe\n';
    const arts = articlesOf(text);
    expect(arts.map((a) => [a.title, a.journal, a.authors.map((p) => p.family)])).toEqual([
      ['Sea ice thins faster under early spring storms', 'Journal of Geophysical Research: Oceans', ['Solvang']],
      ['Volcanic ash lifts rainfall over the Andes', 'Geophysical Research Letters', ['Quispe']],
    ]);
  });

  it('gives HTML items linked by DOI the headings as titles and the sheet\'s one journal', () => {
    const html =
      '<html><body><h1>Highlights from the 2 May issue of Water Resources Research</h1><p>30 April 2031</p><h2>Beaver dams slow spring floods</h2><p>Ponds behind dams held back a third of the snowmelt.</p><p><a href="https://doi.org/10.1029/2031WR036601">Read the paper</a></p><h2>Old wells leak nitrate into rivers</h2><p>Capped wells still fed nitrate to streams in Iowa.</p><p><a href="https://doi.org/10.1029/2031WR036702">Read the paper</a></p></body></html>';
    expect(brief(html, 'html')).toEqual([
      ['10.1029/2031WR036601', 'Beaver dams slow spring floods', 'Water Resources Research'],
      ['10.1029/2031WR036702', 'Old wells leak nitrate into rivers', 'Water Resources Research'],
    ]);
  });
});

describe('a meeting\'s news tips under headings', () => {
  it('reads each headed tip as a talk at the meeting the release names', () => {
    const text =
      '## Spring meeting news tips\n\nBoston, MA — April 1, 2031 — The studies below will be presented at Plant Biology 2031 in Boston.\n\n### Tomato roots call for help when nematodes bite\n\nInfested roots released a scent that drew predatory mites.\n\n### Rice that flowers before the monsoon floods\n\nA single gene shifted flowering ten days earlier.\n';
    expect(brief(text, 'md')).toEqual([
      [null, 'Tomato roots call for help when nematodes bite', 'Plant Biology 2031'],
      [null, 'Rice that flowers before the monsoon floods', 'Plant Biology 2031'],
    ]);
  });
});

describe('news of an appointment under a breadcrumb line', () => {
  it('leaves out a journal named only in the new head\'s bio', () => {
    const text =
      'News > Staff announcements\n\nDr. Farid Haddad appointed Director of the Institute of Soil Science\n\nPosted 12 May 2031\n\nDr. Haddad joins from the National Agronomy Centre, where he has published widely in Soil Biology and Biochemistry.\n\nEnquiries: press@soil.example.ac.uk\n';
    expect(articlesOf(text)).toEqual([]);
  });
});
