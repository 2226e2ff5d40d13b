import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../src/parse/unwrap.js';
import { articlesOf, contactsOf, recordOf, speakersOf } from './support/invented.js';

const WRAPPED = 'Beavers that dam upland streams keep the water cool enough for trout through\nthe hottest weeks of a dry summer, a four-year survey of twelve valleys finds';
const HEADLINE = WRAPPED.replace('\n', ' ');
const LEAD =
  'BOISE, Idaho (Aug. 12, 2031) — Streams dammed by beavers stayed up to three degrees cooler in August than undammed streams nearby, hydrologists at Snake River University report in the journal Water Resources Research (DOI: 10.1029/2031WR038812).';
const QUOTE = '"A beaver pond works like a cellar for cold water, and the trout below it know that," said Dr. Odile Marchetti-Nash, the study\'s lead author.';
const CONTACT = 'Media contact:\nKeelan Brody\nkbrody@snakeriver.example.edu\n208-555-0147';

describe('a wrapped headline over a labelled deck in one block (round 30)', () => {
  it.each([
    ['Summary:', 'Summary: Pools behind the dams hold cold groundwater through the day.'],
    ['In brief:', 'In brief: Pools behind the dams hold cold groundwater through the day.'],
    ['Subtitle:', 'Subtitle: Pools behind the dams hold cold groundwater through the day.'],
  ])('reads the wrapped lines above a "%s" line as the headline', (_label, deck) => {
    const r = recordOf(`NEWS RELEASE\nSnake River University\n\n${WRAPPED}\n${deck}\n\n${LEAD}\n\n${QUOTE}\n\n${CONTACT}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.datePublished).toBe('2031-08-12');
    expect(r.dateline).toBe('BOISE, Idaho');
  });

  it('reads the headline without a label above it, and keeps the paper, speaker and contact', () => {
    const text = `${WRAPPED}\nSummary: Pools behind the dams hold cold groundwater through the day.\n\n${LEAD}\n\n${QUOTE}\n\n${CONTACT}`;
    expect(recordOf(text).release.headline).toBe(HEADLINE);
    expect(articlesOf(text)[0]?.doi).toBe('10.1029/2031WR038812');
    expect(speakersOf(text, 'txt')).toEqual([['Odile Marchetti-Nash', 'A beaver pond works like']]);
    expect(contactsOf(text, 'txt')).toEqual([['Keelan Brody', 'kbrody@snakeriver.example.edu', '208-555-0147']]);
  });

  it('does not change a lead paragraph that mentions a summary in its last sentence', () => {
    const r = recordOf(`${HEADLINE}\n\n${LEAD}\nSummary statistics for each valley are given in the paper.\n\n${QUOTE}`).release;
    expect(r.headline).toBe(HEADLINE);
    expect(r.dateline).toBe('BOISE, Idaho');
  });
});

describe('a plain-text release with a centred headline and subtitle (round 30)', () => {
  const CAPS = 'BEAVER PONDS KEEP TROUT STREAMS COOL IN DROUGHT';
  const centred = (embargo: string): string =>
    `${embargo}\n                  ${CAPS}\n             Dammed streams stayed three degrees cooler\n                  through the hottest weeks of August\n\nBoise, 12 August 2031 - Streams dammed by beavers stayed cooler through a dry summer, hydrologists at Snake River University report.\n\n${QUOTE}\n\n${CONTACT}\n`;

  it.each([
    ['', null],
    ['                     EMBARGO: 17:00 CET MONDAY 18 AUGUST 2031\n', '2031-08-18T17:00'],
  ])('reads the capitals line as the headline, not its wrapped subtitle (embargo line "%s")', (embargo, expected) => {
    const r = recordOf(centred(embargo)).release;
    expect(r.headline).toBe(CAPS);
    expect(r.datePublished).toBe('2031-08-12');
    expect(r.dateline).toBe('Boise');
    expect(r.embargo?.slice(0, 16) ?? null).toBe(expected);
  });

  it('does not join a centred line to the next when wrapping is undone, but still joins a wrapped paragraph', () => {
    const para = Array.from({ length: 12 }, (_, i) => `Line ${i} of a paragraph wrapped by a tool at seventy-two columns or so, ok`).join('\n');
    const text = `                  ${CAPS}\n             Dammed streams stayed three degrees cooler\n\n${para}`;
    const out = unwrapLines(text);
    expect(out.split('\n')[0]).toBe(`                  ${CAPS}`);
    expect(out.split('\n').length).toBeLessThan(text.split('\n').length);
  });
});
