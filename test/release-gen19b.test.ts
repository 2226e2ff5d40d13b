import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { readMetaDate, readMetaDatePart } from '../src/extractors/release/meta-date.js';

const HEADLINE = 'Cave spiders time their webs to the drip of groundwater';
const LEAD = 'Spiders living deep in limestone caves rebuild their webs on a rhythm set by dripping water rather than by daylight, biologists report in the journal Subterranean Biology.';

describe('a metadata line whose date field names its town (round 19b)', () => {
  it('gives the part that holds the date', () => {
    expect(readMetaDatePart('KARST-NET project · Press release · Ljubljana, 9 April 2032')?.part).toBe('Ljubljana, 9 April 2032');
    expect(readMetaDatePart('Research News | 9 April 2032 | Institute of Karst Studies')?.part).toBe('9 April 2032');
  });

  it('reads the town of "Press release · Town, date" as the dateline', () => {
    const r = recordOf(`# ${HEADLINE}\n\n**KARST-NET project · Press release · Ljubljana, 9 April 2032**\n\n${LEAD}\n`, 'md').release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2032-04-09');
    expect(r.dateline).toBe('Ljubljana');
  });

  it('reads a town of two words when a release label is among the fields', () => {
    const r = recordOf(`# ${HEADLINE}\n\nKarst Consortium | News release | Novo Mesto, 9 April 2032\n\n${LEAD}\n`, 'md').release;
    expect(r.dateline).toBe('Novo Mesto');
  });

  it('reads no town from an institution or a bare date among the fields', () => {
    const a = recordOf(`# ${HEADLINE}\n\nResearch News | Institute of Karst Studies, 9 April 2032\n\n${LEAD}\n`, 'md').release;
    expect(a.datePublished).toBe('2032-04-09');
    expect(a.dateline).toBeNull();
    const b = recordOf(`# ${HEADLINE}\n\nKarst Institute · Press release · 9 April 2032\n\n${LEAD}\n`, 'md').release;
    expect(b.datePublished).toBe('2032-04-09');
    expect(b.dateline).toBeNull();
  });
});

describe('an issuer of many words before the date (round 19b)', () => {
  it('reads "Statement from the Press Office of the Society for …— date"', () => {
    expect(readMetaDate('Statement from the Press Office of the Slovenian Society for Cave Biology — 2 June 2032')?.iso).toBe('2032-06-02');
    // A sentence before the date is no metadata.
    expect(readMetaDate('The society has decided to withdraw the paper after a long review — 2 June 2032')).toBeNull();
  });

  it('dates the release by an italic statement line under the headline', () => {
    const r = recordOf(`# ${HEADLINE}\n\n*Statement from the Press Office of the Slovenian Society for Cave Biology — 2 June 2032*\n\n${LEAD}\n`, 'md').release;
    expect(r.datePublished).toBe('2032-06-02');
    expect(r.dateline).toBeNull();
  });
});

describe('a subject label before a Nature-style headline (round 19b)', () => {
  it('keeps the label as printed', () => {
    const r = recordOf(`Springer Nature press release\n\nSpeleology: ${HEADLINE}\n\n${LEAD}\n`).release;
    expect(r.headline).toBe(`Speleology: ${HEADLINE}`);
  });
});
