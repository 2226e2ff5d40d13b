import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

describe('release gen18b: the release inside a newsletter or digest', () => {
  it('takes the research item of a digest whose subject is only its name and date, by its own heading', () => {
    const md = [
      '**Subject: Canopy Letter — 3 June 2031**',
      '',
      'Canopy Letter is the monthly news of the Ashgrove Arboretum.',
      '',
      '## In this issue',
      '',
      '- Summer opening hours',
      '- Beetle larvae found to spread a rare truffle',
      '- Friends of the Arboretum',
      '',
      '### Summer opening hours',
      '',
      'From 1 July the gates open at 8 am.',
      '',
      '### Beetle larvae found to spread a rare truffle, arboretum team reports',
      '',
      'Larvae of a small dung beetle carry spores of a rare summer truffle between oak roots, researchers at the arboretum report in the journal Mycologia.',
      '',
      '"We never expected a beetle to be the gardener here," said Dr Kestrel Amsel, who led the survey.',
      '',
      '### Friends of the Arboretum',
      '',
      'Membership renewals are now due.',
      '',
    ].join('\n');
    expect(recordOf(md, 'md').release.headline).toBe('Beetle larvae found to spread a rare truffle, arboretum team reports');
  });

  it("reads an item's own heading in capitals rather than its contents entry, and a masthead with an issue number names no place", () => {
    const txt = [
      'Subject: Lab Letter - Issue 52 - May 2031',
      '',
      'SCHOOL OF MARINE SCIENCES LAB LETTER',
      'Issue 52 | 20 May 2031',
      '',
      'In this issue:',
      '1. Sea urchins and kelp recovery',
      '2. New research boat',
      '3. Prizes',
      '',
      '----------------------------------------',
      '',
      'URCHIN DIET SHIFT HELPS KELP FORESTS RECOVER',
      '',
      'Purple sea urchins switch to drift algae when otters return, letting kelp regrow within two years, a study in Marine Ecology Progress Series shows.',
      '',
      '"The urchins are still there, they just stop grazing the living forest," said Dr. Mireille Castaing, who led the work.',
      '',
      '----------------------------------------',
      '',
      'NEW RESEARCH BOAT',
      '',
      'The school takes delivery of an 11-metre survey boat in June.',
      '',
      '----------------------------------------',
      '',
      'PRIZES',
      '',
      'Two doctoral students won poster prizes at the spring meeting.',
      '',
    ].join('\n');
    const r = recordOf(txt).release;
    expect(r.headline).toBe('URCHIN DIET SHIFT HELPS KELP FORESTS RECOVER');
    expect(r.datePublished).toBe('2031-05-20');
  });

  it('gives no dateline for a bulletin masthead set with pipes before its date', () => {
    const txt = [
      'GEOSCIENCE BULLETIN | Issue 31 | 7 August 2031',
      '',
      'Basalt fibres strengthen low-carbon concrete',
      '',
      'Concrete reinforced with basalt fibres carried a fifth more load in bending tests, engineers report in Construction and Building Materials.',
      '',
    ].join('\n');
    const r = recordOf(txt).release;
    expect(r.dateline).toBeNull();
    expect(r.headline).toBe('Basalt fibres strengthen low-carbon concrete');
  });

  it('keeps the first heading of a release that merely lists its sections under "In this issue" even when a part holds a quotation', () => {
    const md = [
      '# Volunteers plant 4,000 trees along the river',
      '',
      'In this issue:',
      '',
      '- Planting day',
      '- Next steps',
      '',
      '## Planting day',
      '',
      '"It was the biggest turnout we have had," said Ruth Okonkwo, who runs the group.',
      '',
      '## Next steps',
      '',
      'A second planting is planned for autumn.',
      '',
    ].join('\n');
    expect(recordOf(md, 'md').release.headline).toBe('Volunteers plant 4,000 trees along the river');
  });
});
