import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseRelease } from '../src/parse/document.js';
import { emptyRecord } from '../src/extract/runner.js';
import { lint } from '../src/check/lint.js';
import { rules, ruleIds, type RuleId } from '../src/check/registry.js';
import { defaultSeverities, type Severities } from '../src/check/config.js';
import type { Conversion } from '../src/convert.js';
import type { PressRecord } from '../src/types.js';

const NOW = new Date('2026-01-01T00:00:00Z');

/** A conversion of `text` with an empty record (extraction is not run), filled by `fill`. */
function conversion(text: string, fill?: (record: PressRecord) => void, path = 'release.md'): Conversion {
  const file = new VFile({ path, value: text });
  const doc = parseRelease(file);
  const record = emptyRecord(path);
  fill?.(record);
  return { record, doc, file };
}

/** The findings of one rule: [line, column, reason]. */
function findings(id: RuleId, c: Conversion, now = NOW): Array<[number, number, string]> {
  const severities = Object.fromEntries(ruleIds.map((r) => [r, r === id ? rules[r].severity : 'off'])) as Severities;
  return lint(c, { severities, now }).messages.map((m) => [m.line ?? 0, m.column ?? 0, m.reason]);
}
const at = (id: RuleId, text: string, fill?: (record: PressRecord) => void, now = NOW): Array<[number, number]> =>
  findings(id, conversion(text, fill), now).map(([l, c]) => [l, c]);

const LEAD = 'BOSTON, May 2, 2024 – Researchers found that small ponds hold more insects than large lakes do, according to a study published in *Freshwater Notes*, a journal of the field.';

describe('the registry', () => {
  it('has every required rule, keyed by its own id, with a severity and a one-line doc', () => {
    expect(ruleIds).toEqual([
      'doi-missing', 'doi-malformed', 'doi-conflict', 'journal-missing', 'title-missing', 'date-missing', 'dateline-missing',
      'embargo-passed', 'embargo-weekday', 'embargo-zone-missing', 'embargo-after-publication', 'contact-missing',
      'contact-email-malformed', 'contact-phone-malformed', 'quote-unattributed', 'quote-unbalanced', 'end-mark-missing',
    ]);
    for (const id of ruleIds) {
      expect(rules[id].id).toBe(id);
      expect(['warn', 'error']).toContain(rules[id].severity);
      expect(rules[id].doc).toMatch(/^[A-Z].{10,120}\.$/);
      expect(rules[id].doc).not.toContain('\n');
    }
    expect(defaultSeverities()['doi-malformed']).toBe('error');
  });
  it('stamps ruleId, source and severity on every finding', () => {
    const file = lint(conversion('# Title\n\nText with doi 10.12/abc.\n'), { now: NOW });
    const m = file.messages.find((x) => x.ruleId === 'doi-malformed');
    expect(m).toMatchObject({ ruleId: 'doi-malformed', source: 'pr2meta', fatal: true, line: 3, column: 15 });
    expect(file.messages.find((x) => x.ruleId === 'end-mark-missing')?.fatal).toBe(false);
  });
});

describe('doi rules', () => {
  it('doi-missing: a paper reported without a DOI, at the evidence', () => {
    expect(at('doi-missing', `# T\n\n${LEAD}\n`)).toEqual([[3, 118]]);
    expect(at('doi-missing', '# T\n\nThe results appear today in the journal Pond Science.\n')).toEqual([[3, 13]]);
    expect(findings('doi-missing', conversion(`# T\n\n${LEAD}\n`))[0]![2]).toMatch(/^Missing DOI for the paper/);
  });
  it('doi-missing: a record article without DOI is placed at its provenance', () => {
    const fill = (r: PressRecord) => {
      r.articles.push({ doi: null, title: 'Ponds', authors: [], journal: 'Freshwater Notes', volume: null, issue: null, pages: null, year: null });
      r.provenance['articles[0].journal'] = { strategy: 'articles:x', line: 3, column: 5 };
    };
    expect(at('doi-missing', '# T\n\nNo sign of a paper in this sentence.\n', fill)).toEqual([[3, 5]]);
  });
  it('doi-missing: quiet when a DOI is printed or linked, or no paper is reported', () => {
    expect(at('doi-missing', `# T\n\n${LEAD} doi: 10.5555/fn.2024.1\n`)).toEqual([]);
    expect(at('doi-missing', `# T\n\n${LEAD} [Read it](https://doi.org/10.5555/fn.2024.1).\n`)).toEqual([]);
    expect(at('doi-missing', '# T\n\nThe city opened a new pond in the park on Monday.\n')).toEqual([]);
  });
  it('doi-missing: a lower-case word after "reported in" is no journal; an "About us" paragraph reports no paper', () => {
    expect(at('doi-missing', '# T\n\nResearch reported in this publication was funded by the Pond Trust.\n')).toEqual([]);
    expect(at('doi-missing', '# T\n\nThe method is described in two papers shown at a meeting.\n')).toEqual([]);
    const lead = 'BOSTON, May 2, 2024 – Small ponds hold more insects than large lakes do, a survey of forty ponds across the region found this spring, and the survey will now be repeated every year.';
    expect(at('doi-missing', `# T\n\n${lead}\n\n## About the Pond Institute\n\nOur guidelines were published in the journal Pond Policy in 2019.\n`)).toEqual([]);
    expect(at('doi-missing', '# T\n\nThe work is described in Pond Letters this week.\n')).toEqual([[3, 13]]);
  });
  it.each([
    ['a registrant code shorter than 4 digits', 'See doi: 10.123/x.1 now.', 3, 10, /prefix "10.123" is too short/],
    ['a space after the slash', 'See doi: 10.1038/ s41586-023-01234-5 now.', 3, 10, /contains spaces/],
    ['spaces inside the suffix', 'See 10. 1093/ brain/ awx088 now.', 3, 5, /contains spaces/],
    ['a brace', 'See 10.1234/abc{def} now.', 3, 5, /the character "\{"/],
    ['an en dash', 'See 10.1234/jama.2020–1234 now.', 3, 5, /the character "–"/],
  ])('doi-malformed: %s', (_name, sentence, line, column, reason) => {
    const got = findings('doi-malformed', conversion(`# T\n\n${sentence}\n`));
    expect(got.map(([l, c]) => [l, c])).toEqual([[line, column]]);
    expect(got[0]![2]).toMatch(reason);
  });
  it.each([
    ['parentheses in the suffix', 'The paper (doi: 10.1016/S0140-6736(20)30183-5).'],
    ['trailing punctuation', 'It is out (doi: 10.5555/jme.2023.0142).'],
    ['a doi.org link', 'Read [the paper](https://doi.org/10.1371/journal.pone.0123456).'],
    ['a registrant subdivision', 'See 10.1000.10/abc123 for details.'],
    ['a version number, not a DOI', 'Version 10.4 of the software was used.'],
  ])('doi-malformed: quiet on %s', (_name, sentence) => {
    expect(at('doi-malformed', `# T\n\n${sentence}\n`)).toEqual([]);
  });
  it('doi-malformed: a malformed DOI in the record, at its provenance', () => {
    const fill = (r: PressRecord) => {
      r.articles.push({ doi: '10.99/zz', title: null, authors: [], journal: null, volume: null, issue: null, pages: null, year: null });
      r.provenance['articles[0].doi'] = { strategy: 'articles:x', line: 7, column: 3 };
    };
    expect(at('doi-malformed', '# T\n\nNothing printed here.\n', fill)).toEqual([[7, 3]]);
  });
  it('doi-conflict: link text and target disagree, at the link', () => {
    const got = findings('doi-conflict', conversion('# T\n\nThe paper: [10.5555/abc.1](https://doi.org/10.5555/abc.2).\n'));
    expect(got).toEqual([[3, 12, 'DOI link and text disagree: the link goes to 10.5555/abc.2 but the text prints 10.5555/abc.1, expected the same DOI']]);
  });
  it('doi-conflict: a printed DOI beside a publisher link to another', () => {
    expect(at('doi-conflict', '# T\n\nDOI: 10.1002/ece3.1111 ([full text](https://onlinelibrary.wiley.com/doi/full/10.1002/ece3.2222)).\n')).toEqual([[3, 25]]);
  });
  it.each([
    ['the same DOI in another case', '[10.5555/ABC.1](https://doi.org/10.5555/abc.1)'],
    ['a publisher URL with a /full tail', 'doi: 10.1002/ece3.1111, [online](https://onlinelibrary.wiley.com/doi/full/10.1002/ece3.1111/full)'],
    ['a URL-encoded DOI', '[10.1016/S0140-6736(20)30183-5](https://doi.org/10.1016%2FS0140-6736%2820%2930183-5)'],
    ['two papers, two links', 'doi: 10.5555/a.1 and doi: 10.5555/b.2 ([one](https://doi.org/10.5555/a.1), [two](https://doi.org/10.5555/b.2))'],
  ])('doi-conflict: quiet on %s', (_name, sentence) => {
    expect(at('doi-conflict', `# T\n\n${sentence}\n`)).toEqual([]);
  });
});

describe('citation rules (from the record)', () => {
  const article = (over: Partial<PressRecord['articles'][number]>) => (r: PressRecord) => {
    r.articles.push({ doi: '10.5555/fn.1', title: 'Ponds Teem', authors: [], journal: 'Freshwater Notes', volume: null, issue: null, pages: null, year: null, ...over });
    r.provenance['articles[0].doi'] = { strategy: 'articles:doi-text', line: 3, column: 9 };
  };
  it('journal-missing: an article without journal, at its DOI', () => {
    const got = findings('journal-missing', conversion('# T\n\nThe doi 10.5555/fn.1 is here.\n', article({ journal: null })));
    expect(got).toEqual([[3, 9, "Missing journal for DOI 10.5555/fn.1, expected the journal's name in the citation"]]);
    expect(at('journal-missing', '# T\n\nThe doi 10.5555/fn.1 is here.\n', article({}))).toEqual([]);
    expect(at('journal-missing', '# T\n\nNo paper.\n')).toEqual([]);
  });
  it('title-missing: an article without title, at its DOI, else at the printed DOI', () => {
    expect(at('title-missing', '# T\n\nThe doi 10.5555/fn.1 is here.\n', article({ title: null }))).toEqual([[3, 9]]);
    expect(at('title-missing', '# T\n\nThe doi 10.5555/fn.1 is here.\n', article({}))).toEqual([]);
    const noProvenance = (r: PressRecord) => r.articles.push({ doi: '10.5555/fn.1', title: null, authors: [], journal: null, volume: null, issue: null, pages: null, year: null });
    expect(at('title-missing', '# T\n\nSee also 10.5555/fn.1 here.\n', noProvenance)).toEqual([[3, 10]]);
  });
  it('title-missing and journal-missing: a link and a printed DOI that disagree are one paper, reported once', () => {
    const text = '# T\n\nIn Pond Letters: doi 10.5555/fn.1 ([online](https://doi.org/10.5555/fn.2)).\n';
    const two = (r: PressRecord) => {
      r.articles.push({ doi: '10.5555/fn.2', title: null, authors: [], journal: 'Pond Letters', volume: null, issue: null, pages: null, year: null });
      r.articles.push({ doi: '10.5555/fn.1', title: null, authors: [], journal: null, volume: null, issue: null, pages: null, year: null });
      r.provenance['articles[0].doi'] = { strategy: 'doi:link', line: 3, column: 38 };
      r.provenance['articles[1].doi'] = { strategy: 'doi:bare', line: 3, column: 24 };
    };
    expect(findings('title-missing', conversion(text, two))).toEqual([[3, 38, "Missing title for DOI 10.5555/fn.2, expected the paper's title in the citation"]]);
    expect(at('journal-missing', text, two)).toEqual([]);
    // Two different papers, each without a title: one finding each.
    const apart = '# T\n\ndoi 10.5555/fn.1 and doi 10.5555/fn.2 are two papers.\n';
    expect(at('title-missing', apart, two)).toEqual([[3, 24], [3, 38]]);
  });
  it('title-missing: names the journal when the article has neither DOI nor title', () => {
    const fill = (r: PressRecord) => r.articles.push({ doi: null, title: null, authors: [], journal: 'Pond Letters', volume: null, issue: null, pages: null, year: null });
    expect(findings('title-missing', conversion('# T\n\nA study in Pond Letters.\n', fill))[0]![2]).toBe("Missing title for the article in Pond Letters, expected the paper's title in the citation");
  });
});

describe('release rules', () => {
  it('date-missing: quiet with a record date, a dated dateline, a date line or front matter', () => {
    expect(at('date-missing', '# T\n\nPlain lead text about ponds.\n', (r) => { r.release.datePublished = '2024-05-02'; })).toEqual([]);
    expect(at('date-missing', `# T\n\n${LEAD}\n`)).toEqual([]);
    expect(at('date-missing', '# T\n\n2 May 2024\n\nPlain lead text about ponds that runs on for a while.\n')).toEqual([]);
    expect(at('date-missing', '---\ndate: 2024-05-02\n---\n\n# T\n\nPlain lead text.\n')).toEqual([]);
  });
  it('date-missing: an embargo date is not the release date', () => {
    const text = '# T\n\nEmbargoed until May 2, 2024\n\nResearchers found that small ponds hold more insects than large lakes do, a finding that surprised the team who had expected the opposite after years of fieldwork.\n';
    expect(at('date-missing', text)).toEqual([[5, 1]]);
  });
  it.each([
    ['CITY, ST, date –', 'HALIFAX, NS, March 15, 2023 – Seagrass meadows store carbon.'],
    ['City, State –', 'Boston, Mass. – Seagrass meadows store carbon.'],
    ['(City) -', '(Philadelphia) - Seagrass meadows store carbon.'],
    ['a wire label first', 'Newswise — Stony Brook, NY – Seagrass meadows store carbon.'],
    ['a bracketed dateline with date', '(DENVER — June 3, 2021/Embargoed until June 5) Seagrass meadows store carbon.'],
    ['CITY — without date', 'GENEVA — Seagrass meadows store carbon in their roots and sediments.'],
  ])('dateline-missing: quiet on %s', (_name, lead) => {
    expect(at('dateline-missing', `# T\n\n${lead}\n`)).toEqual([]);
  });
  it('dateline-missing: a lead that opens with prose, at the lead', () => {
    expect(at('dateline-missing', '# T\n\nSeagrass meadows – the prairies of the sea – store carbon.\n')).toEqual([[3, 1]]);
    expect(at('dateline-missing', '# T\n\nSeagrass meadows store carbon.\n', (r) => { r.release.dateline = 'Halifax'; })).toEqual([]);
  });
});

describe('embargo rules', () => {
  const release = (embargo: string, lead = LEAD) => `Embargoed until ${embargo}\n\n# T\n\n${lead}\n`;
  it('embargo-passed: compared with --now, zone applied', () => {
    const text = release('10:00 a.m. ET, Friday, May 3, 2024'); // 14:00Z
    expect(at('embargo-passed', text, undefined, new Date('2024-05-03T13:59Z'))).toEqual([]);
    expect(at('embargo-passed', text, undefined, new Date('2024-05-03T14:00Z'))).toEqual([[1, 40]]);
    expect(findings('embargo-passed', conversion(text), new Date('2024-05-03T14:00Z'))[0]![2]).toBe('Embargo 2024-05-03T10:00-04:00 has passed (now 2024-05-03T14:00Z), expected a future embargo or none');
  });
  it('embargo-passed: without a zone, only once it has passed everywhere (+14 h)', () => {
    const text = release('10:00, May 3, 2024');
    expect(at('embargo-passed', text, undefined, new Date('2024-05-03T23:00Z'))).toEqual([]);
    expect(at('embargo-passed', text, undefined, new Date('2024-05-04T00:01Z'))).toEqual([[1, 24]]);
  });
  it('embargo-passed: the record embargo and its offset win, at its provenance', () => {
    const fill = (r: PressRecord) => {
      r.release.embargo = '2024-05-03T10:00';
      r.release.embargoDetail = { text: 'x', dateTime: '2024-05-03T10:00+01:00', zone: 'BST', utcOffset: '+01:00' };
      r.provenance['release.embargo'] = { strategy: 'release:embargo', line: 1, column: 17 };
    };
    expect(at('embargo-passed', '# T\n\nNo embargo printed.\n', fill, new Date('2024-05-03T09:00Z'))).toEqual([[1, 17]]);
    expect(at('embargo-passed', '# T\n\nNo embargo printed.\n', fill, new Date('2024-05-03T08:59Z'))).toEqual([]);
  });
  it('embargo-weekday: the printed weekday against the date, at the weekday', () => {
    expect(at('embargo-weekday', release('00:01 GMT Friday 3 May 2024'))).toEqual([]);
    const got = findings('embargo-weekday', conversion(release('00:01 GMT Monday 3 May 2024')));
    expect(got).toEqual([[1, 27, 'Embargo weekday "Monday" does not match the date 2024-05-03, expected Friday']]);
    expect(at('embargo-weekday', release('Wed., May 3, 2024, 9 a.m. ET'))).toEqual([[1, 17]]);
  });
  it('embargo-zone-missing: a time without zone, at the time', () => {
    expect(at('embargo-zone-missing', release('10 a.m. May 3, 2024'))).toEqual([[1, 17]]);
    expect(at('embargo-zone-missing', release('10 a.m. CEST, May 3, 2024'))).toEqual([]);
    expect(at('embargo-zone-missing', release('May 3, 2024, 16:00 UTC+1'))).toEqual([]);
    expect(at('embargo-zone-missing', release('May 3, 2024, 4 p.m. Eastern Time'))).toEqual([]);
    expect(at('embargo-zone-missing', release('May 3, 2024'))).toEqual([]); // no time, no zone needed
  });
  it('embargo-after-publication: an embargo later than the release date, at the embargo date', () => {
    const got = findings('embargo-after-publication', conversion(release('May 9, 2024, 10:00 ET')));
    expect(got).toEqual([[1, 17, 'Embargo date 2024-05-09 is later than the release date 2024-05-02, expected an embargo on or before the release date']]);
    expect(at('embargo-after-publication', release('May 2, 2024, 10:00 ET'))).toEqual([]);
    expect(at('embargo-after-publication', release('May 1, 2024, 10:00 ET'))).toEqual([]);
  });
  it('an embargo inside the dateline is read', () => {
    const text = '# T\n\nLOS ANGELES (Embargoed Until Oct. 18, 2024 @ 10:05AM) -- Researchers report a result about seagrass that took several years to confirm in the field.\n';
    expect(at('embargo-zone-missing', text)).toEqual([[3, 46]]);
  });
});

describe('contact rules', () => {
  const contacts = (body: string) => `# T\n\n${LEAD}\n\n## Media contact\n\n${body}\n`;
  it('contact-missing: quiet with a record contact, a contacts section, an email or a labelled phone', () => {
    expect(at('contact-missing', '# T\n\nText.\n', (r) => r.contacts.push({ name: 'A', role: null, organization: null, email: null, phone: null }))).toEqual([]);
    expect(at('contact-missing', contacts('Jo Smith\npress@uni.example.edu'))).toEqual([]);
    expect(at('contact-missing', '# T\n\nWrite to press@uni.example.edu for images.\n')).toEqual([]);
    expect(at('contact-missing', '# T\n\nInquiries Media: Jo Smith 301-555-0100\n')).toEqual([]);
  });
  it('contact-missing: no contact at all, at the end mark', () => {
    expect(at('contact-missing', `# T\n\n${LEAD}\n\n###\n`)).toEqual([[5, 1]]);
  });
  it.each([
    ['press@@uni.example.edu', /more than one "@"/],
    ['press.@uni.example.edu', /misplaced dot/],
    ['press@uni..example.edu', /empty label/],
    ['press@uni', /no top-level domain/],
    ['press@uni.example.e1', /top-level domain "e1"/],
    ['press@uni_x.example.edu', /domain label "uni_x"/],
  ])('contact-email-malformed: %s', (email, reason) => {
    const got = findings('contact-email-malformed', conversion(contacts(`Jo Smith\n${email}`)));
    expect(got.map(([l, c]) => [l, c])).toEqual([[8, 1]]);
    expect(got[0]![2]).toMatch(reason);
  });
  it.each([
    'press@uni.example.edu.',
    'jo.o\'neil+media@uni.example.co.uk',
    'press [at] uni.example.edu',
    'Follow @unipress for updates',
    'presse@universität.example.de',
  ])('contact-email-malformed: quiet on %s', (email) => {
    expect(at('contact-email-malformed', contacts(`Jo Smith\n${email}`))).toEqual([]);
  });
  it('contact-email-malformed: a mailto link with a bad address', () => {
    expect(at('contact-email-malformed', contacts('Jo Smith, [email Jo](mailto:jo@example)'))).toEqual([[7, 11]]);
  });
  it.each([
    ['+1 520 555 014', /too few digits \(10\)/],
    ['+44 20 7946 0958 12345', /too many digits/],
    ['(617 555-0123', /parentheses do not pair/],
    ['+999 123 456 789', /not a country calling code/],
  ])('contact-phone-malformed: %s', (phone, reason) => {
    const got = findings('contact-phone-malformed', conversion(contacts(`Jo Smith\nTel: ${phone}`)));
    expect(got.map(([l, c]) => [l, c])).toEqual([[8, 6]]);
    expect(got[0]![2]).toMatch(reason);
  });
  it.each(['+44 (0)20 7946 0958', '+1 902 555 0147', '(617) 555-0123', '+49 30 1234567', '617.555.0123 ext. 12'])('contact-phone-malformed: quiet on %s', (phone) => {
    expect(at('contact-phone-malformed', contacts(`Jo Smith\nTel: ${phone}`))).toEqual([]);
  });
  it('contact-phone-malformed: a labelled phone outside the contacts section, not DOIs or dates', () => {
    expect(at('contact-phone-malformed', `# T\n\n${LEAD}\n\nFor tickets call Tel: +1 520 555 014 today.\n`)).toEqual([[5, 23]]);
    expect(at('contact-phone-malformed', contacts('Jo Smith\ndoi: 10.5555/LIMN.0000000000004821\n2024-05-02'))).toEqual([]);
  });
});

describe('quote rules', () => {
  it('quote-unattributed: a record quote without speaker, at its provenance or its text', () => {
    const text = '# T\n\n“Ponds are full of life and we should protect them,” the report concludes.\n';
    const fill = (r: PressRecord) => r.quotes.push({ text: 'Ponds are full of life and we should protect them,', speaker: null, role: null });
    const got = findings('quote-unattributed', conversion(text, fill));
    expect(got).toEqual([[3, 2, 'Missing speaker for the quote "Ponds are full of life and we should pr…", expected "said NAME" with it']]);
    const named = (r: PressRecord) => r.quotes.push({ text: 'Ponds are full', speaker: 'Jo Smith', role: null });
    expect(at('quote-unattributed', text, named)).toEqual([]);
  });
  it('quote-unattributed: quiet when an unclosed mark swallowed the attribution (quote-unbalanced reports that)', () => {
    const text = '# T\n\n"Ponds are full of life and we must protect them, said Jo Smith, who led the survey.\n';
    const fill = (r: PressRecord) => r.quotes.push({ text: 'Ponds are full of life and we must protect them, said Jo Smith, who led the survey.', speaker: null, role: null });
    expect(at('quote-unattributed', text, fill)).toEqual([]);
    expect(at('quote-unbalanced', text)).toEqual([[3, 1]]);
  });
  it.each([
    ['a closed curly quote', '“Ponds matter,” said Jo Smith.'],
    ['a closed straight quote', '"Ponds matter," said Jo Smith.'],
    ['mixed straight and curly marks', '"Ponds matter,” said Jo Smith.'],
    ['an inch mark', 'The 12" core was taken from the pond bed.'],
    ['guillemets', '« Les étangs comptent », dit Jo Smith.'],
    ['paragraph breaks lost in plain text', '“Ponds matter. “They hold life. “We must act,” said Jo Smith.'],
  ])('quote-unbalanced: quiet on %s', (_name, paragraph) => {
    expect(at('quote-unbalanced', `# T\n\n${paragraph}\n`)).toEqual([]);
  });
  it('quote-unbalanced: the multi-paragraph house style is fine', () => {
    const text = '# T\n\n“Ponds matter more than we thought.\n\n“They hold most of the insects in the region.\n\n“We must protect them,” said Jo Smith.\n';
    expect(at('quote-unbalanced', text)).toEqual([]);
  });
  it('quote-unbalanced: an unclosed mark before a plain paragraph, or with its own attribution', () => {
    expect(at('quote-unbalanced', '# T\n\nShe called it “pond magic and moved on.\n\nThe end of the story.\n')).toEqual([[3, 15]]);
    expect(at('quote-unbalanced', '# T\n\n"Ponds matter, said Jo Smith.\n\n"They hold life," she added.\n')).toEqual([[3, 1]]);
    expect(at('quote-unbalanced', '# T\n\n“Closed,” she said, “and open\n')).toEqual([[3, 21]]);
  });
  it('quote-unbalanced: a straight mark that ends its paragraph closes a quote that never opened', () => {
    const got = findings('quote-unbalanced', conversion('# T\n\n"Ponds matter," said Jo Smith. They hold more life than lakes."\n'));
    expect(got).toEqual([[3, 63, 'Unmatched closing quotation mark " after "…They hold more life than lakes.", expected an opening mark where the quote begins']]);
  });
});

describe('end-mark-missing', () => {
  it.each(['###', '-30-', 'ENDS', '-end-'])('quiet with %s', (mark) => {
    expect(at('end-mark-missing', `# T\n\nText.\n\n${mark}\n`)).toEqual([]);
  });
  it('no end mark: at the end of the last block', () => {
    expect(at('end-mark-missing', '# T\n\nText here.\n')).toEqual([[3, 11]]);
  });
});

describe('positions in HTML sources', () => {
  it('findings sit at their evidence in the HTML, past long tags and link targets', () => {
    const html = '<html><body><h1>Title</h1>\n<p>BOSTON, May 2, 2024 – Researchers found that small ponds hold more insects than large lakes do, a finding that surprised the team.</p>\n<h2>Media contact</h2>\n<p>Write to <a href="https://example.org/a/very/long/path/that/is/longer/than/sixty-four/characters/for/sure/really">the press office</a> or press@@uni.example.edu and see doi 10.12/abc</p>\n</body></html>';
    const c = conversion(html, undefined, 'release.html');
    const line = html.split('\n')[3]!;
    expect(findings('contact-email-malformed', c).map(([l, col]) => [l, col])).toEqual([[4, line.indexOf('press@@') + 1]]);
    expect(findings('doi-malformed', c).map(([l, col]) => [l, col])).toEqual([[4, line.indexOf('10.12/abc') + 1]]);
  });
});

describe('embargo from the record without an offset', () => {
  it('takes the zone printed on the embargo line', () => {
    const text = 'Embargoed until 10:00 a.m. ET, Friday, May 3, 2024\n\n# T\n\nText.\n';
    const fill = (r: PressRecord) => {
      r.release.embargo = '2024-05-03T10:00';
    };
    expect(at('embargo-passed', text, fill, new Date('2024-05-03T13:59Z'))).toEqual([]);
    expect(findings('embargo-passed', conversion(text, fill), new Date('2024-05-03T14:00Z'))[0]![2]).toContain('Embargo 2024-05-03T10:00-04:00 has passed');
  });
});
