import { describe, expect, it } from 'vitest';
import { readDateline } from '../src/extractors/release/dateline.js';
import { readDateLine } from '../src/text/date-line.js';
import { isPlace } from '../src/text/place.js';

describe('readDateline: the opening of the lead', () => {
  it.each([
    ['PITTSBURGH, PA, March 3, 2019 – Engineers have', 'PITTSBURGH, PA', '2019-03-03'],
    ['Pittsburgh, PA, March 3, 2019 – Engineers have', 'Pittsburgh, PA', '2019-03-03'],
    ['CHICAGO (Jan. 19, 2017) -- Nurses who', 'CHICAGO', '2017-01-19'],
    ['LONDON, 12 May 2017: Charred barley', 'LONDON', '2017-05-12'],
    ['NEW YORK, NY (January 3, 2017) – The', 'NEW YORK, NY', '2017-01-03'],
    ['SYDNEY, Australia, 4 June 2018 — A new', 'SYDNEY, Australia', '2018-06-04'],
    ['Heidelberg, 3. Mai 2017 – Forscher haben', 'Heidelberg', '2017-05-03'],
    ['HOUSTON – (Jan. 5, 2017) – A study', 'HOUSTON', '2017-01-05'],
    ['TORONTO, Sept. 14, 2016 /CNW/ - Researchers', 'TORONTO', '2016-09-14'],
    ['Newswise — (SEATTLE — April 4, 2018/Embargoed until April 6, 9:00 am PT) Patients', 'SEATTLE', '2018-04-04'],
    ['BOSTON--(BUSINESS WIRE)--November 2, 2031--Harwick Diagnostics today', 'BOSTON', '2031-11-02'],
    ['DENVER -- (Newsfile Corp.) -- May 7, 2031 -- A sensor', 'DENVER', '2031-05-07'],
  ])('reads place and date from %s', (text, place, iso) => {
    const d = readDateline(text);
    expect(d?.place).toBe(place);
    expect(d?.date?.iso).toBe(iso);
  });

  it.each([
    ['(Pittsburgh) - Engineers have', 'Pittsburgh'],
    ['PHOENIX – Patients with', 'PHOENIX'],
    ['ATLANTA -- A new report', 'ATLANTA'],
    ['BOSTON—Scientists found', 'BOSTON'],
    ['DULUTH, Minn. — Can a', 'DULUTH, Minn.'],
    ['WASHINGTON, D.C. — Today', 'WASHINGTON, D.C.'],
    ['Winston-Salem, N.C. – Study finds', 'Winston-Salem, N.C.'],
    ['ST. LOUIS – Scientists at', 'ST. LOUIS'],
    ['Stony Creek, NY – Embargoed for May 4 @ 5:00 PM ET, 2016 – Sleeping', 'Stony Creek, NY'],
  ])('reads the place without a date from %s', (text, place) => {
    const d = readDateline(text);
    expect(d?.place).toBe(place);
    expect(d?.date).toBeNull();
  });

  it('keeps an embargo date out of the release date', () => {
    const d = readDateline('DENVER (Embargoed until 2 p.m. MT, Sept. 14, 2016) -- Dust');
    expect(d).toMatchObject({ place: 'DENVER', date: null, embargo: true });
  });

  it.each([
    ['Researchers – not a place'],
    ['Dr. Smith – said to be'],
    ['John Smith – a chemist'],
    ['Today, 180 people took part in the survey of the coast'],
    ['MEDIA CONTACT: Jane Doe'],
    ['The Journal: a study'],
    ['“Quoted words” – said someone'],
    ['In 2017 – the year'],
    ['Gardeners have long pulled it out, but a common weed'],
  ])('finds no dateline in %s', (text) => {
    expect(readDateline(text)).toBeNull();
  });
});

describe('readDateLine: date lines', () => {
  it.each([
    ['For Immediate Release: April 11, 2018', '2018-04-11', null],
    ['Press Release For Immediate Release: Tuesday, May 17, 2016', '2016-05-17', null],
    ['14 June 2016', '2016-06-14', null],
    ['October 21, 2020', '2020-10-21', null],
    ['News Release 9-Oct-2019', '2019-10-09', null],
    ['Released: 2017-03-02', '2017-03-02', null],
    ['Published on: 8 November 2018', '2018-11-08', null],
    ['REF 207 4 September 2018', '2018-09-04', null],
    ['Date: 28/04/2017', '2017-04-28', null],
    ['3 March 2018 | Leeds, UK', '2018-03-03', 'Leeds, UK'],
    ['18 August 2016 - Burlington, VT', '2016-08-18', 'Burlington, VT'],
  ])('reads %s', (text, iso, place) => {
    const d = readDateLine(text);
    expect(d?.date.iso).toBe(iso);
    expect(d?.place).toBe(place);
  });

  it.each([
    ['EMBARGOED UNTIL 3 PM ET, October 12, 2016'],
    ['The study was published March 3, 2017.'],
    ['Writing in the February 9, 2016 issue of a journal'],
    ['Results appear today (14/03/18) in a journal.'],
    ['Posted on Sept. 3rd, 2019 by the press team of the university'],
  ])('rejects %s', (text) => {
    expect(readDateLine(text)).toBeNull();
  });
});

describe('isPlace', () => {
  it('accepts capitals and City, State without other evidence', () => {
    expect(isPlace('MINNEAPOLIS', false)).toBe(true);
    expect(isPlace('Stony Creek, NY', false)).toBe(true);
    expect(isPlace('Pittsburgh', false)).toBe(false);
    expect(isPlace('Pittsburgh', true)).toBe(true);
  });
  it('rejects sentence openers and long or numeric strings', () => {
    expect(isPlace('Today', true)).toBe(false);
    expect(isPlace('Researchers', true)).toBe(false);
    expect(isPlace('Area 51', true)).toBe(false);
    expect(isPlace('One Two Three Four Five Six Seven', true)).toBe(false);
  });
});
