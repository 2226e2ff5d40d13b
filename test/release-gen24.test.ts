import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

const LEAD = 'Lichens on old olive trees recover within a decade after wildfires, researchers report in the journal Fungal Ecology.';

describe('a page titled only with its newsroom section and an Italian institute (round 24)', () => {
  const page = (title: string, site: string): string =>
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>` +
    `<div>${site}</div><article><p>ECOLOGY</p><h2>Lichens Return to Burnt Olive Groves Within a Decade</h2>` +
    `<p><strong>Bari, 7th May 2031</strong> &ndash; ${LEAD}</p></article></body></html>`;

  it('takes the heading, not the title "Press releases - Istituto di X" or the site name over the kicker', () => {
    const r = recordOf(page('Press releases - Istituto di Ecologia Mediterranea', 'Istituto di Ecologia Mediterranea'), 'html').release;
    expect(r.headline).toBe('Lichens Return to Burnt Olive Groves Within a Decade');
    expect(r.datePublished).toBe('2031-05-07');
    expect(r.dateline).toBe('Bari');
  });

  it('does the same for "News – Università della Puglia"', () => {
    const r = recordOf(page('News – Università della Puglia', 'Università della Puglia'), 'html').release;
    expect(r.headline).toBe('Lichens Return to Burnt Olive Groves Within a Decade');
  });

  it('still keeps a page title that is a headline before the site', () => {
    const r = recordOf(
      '<html><head><title>Lichens Return to Burnt Olive Groves - Istituto di Ecologia Mediterranea</title></head><body><p>' + LEAD + '</p></body></html>',
      'html',
    ).release;
    expect(r.headline).toBe('Lichens Return to Burnt Olive Groves');
  });
});

describe('a town of one word between a release label and the date, set apart by bars (round 24)', () => {
  it('reads "Press release | Lyon | 18/04/2031" as the dateline and date', () => {
    const r = recordOf(`Institut des Sols Vivants\n\nPress release | Lyon | 18/04/2031\n\nEarthworms Return to Vineyards Left Unploughed\n\n${LEAD}`).release;
    expect(r.headline).toBe('Earthworms Return to Vineyards Left Unploughed');
    expect(r.datePublished).toBe('2031-04-18');
    expect(r.dateline).toBe('Lyon');
  });

  it('reads it in bold in Markdown', () => {
    const r = recordOf(`**News release · Grenoble · 18 April 2031**\n\n# Earthworms Return to Vineyards Left Unploughed\n\n${LEAD}`, 'md').release;
    expect(r.datePublished).toBe('2031-04-18');
    expect(r.dateline).toBe('Grenoble');
  });

  it('leaves a byline of a name between bars no dateline', () => {
    const r = recordOf(`Earthworms Return to Vineyards Left Unploughed\n\nStaff Writer | Jane Roe | 18 April 2031\n\n${LEAD}`).release;
    expect(r.datePublished).toBe('2031-04-18');
    expect(r.dateline).toBeNull();
  });
});

describe('a dotted year-first date with its closing stop on its own line (round 24)', () => {
  const lead = 'Sea squirts grown on ropes off Tongyeong filter more plankton in autumn than in spring, researchers report in Aquaculture.';
  it('reads "2032.09.21." as the date line', () => {
    const r = recordOf(`Tongyeong Marine Research Institute\n\nSea Squirts Filter More Plankton in Autumn\n\n2032.09.21.\n\n${lead}`).release;
    expect(r.headline).toBe('Sea Squirts Filter More Plankton in Autumn');
    expect(r.datePublished).toBe('2032-09-21');
    expect(r.dateline).toBeNull();
  });

  it('leaves other text after a dotted date no date line', () => {
    const r = recordOf(`Sea Squirts Filter More Plankton in Autumn\n\n2032.09.21. Revised figures\n\n${lead}`).release;
    expect(r.datePublished).toBeNull();
  });
});
