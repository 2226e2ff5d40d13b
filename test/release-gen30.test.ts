import { describe, expect, it } from 'vitest';
import { defuseIndentedText } from '../src/parse/centred.js';
import { unwrapLines } from '../src/parse/unwrap.js';
import { recordOf } from './support/invented.js';

const QUOTE = '"A beaver pond works like a cellar for cold water, and the trout below it know that," said Dr. Odile Marchetti-Nash, the study\'s lead author.';
const CONTACT = 'Media contact:\nKeelan Brody\nkbrody@snakeriver.example.edu\n208-555-0147';

describe('a plain-text release with a centred headline and subtitle (round 30)', () => {
  const CAPS = 'BEAVER PONDS KEEP TROUT STREAMS COOL IN DROUGHT';
  const centred = (embargo: string): string =>
    `${embargo}\n                  ${CAPS}\n             Dammed streams stayed three degrees cooler\n                  through the hottest weeks of August\n\nBoise, 12 August 2031 - Streams dammed by beavers stayed cooler through a dry summer, hydrologists at Snake River University report.\n\n${QUOTE}\n\n${CONTACT}\n`;

  it('keeps centred lines as text, offsets unchanged', () => {
    const text = '        CENTRED TITLE\nBody line';
    const out = defuseIndentedText(text);
    expect(out.length).toBe(text.length);
    expect(out.startsWith('\u00a0'.repeat(8) + 'CENTRED TITLE')).toBe(true);
    expect(defuseIndentedText('  two spaces stay')).toBe('  two spaces stay');
  });

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
