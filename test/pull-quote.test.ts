import { describe, expect, it } from 'vitest';
import { convert } from '../src/index.js';
import { isPullQuote } from '../src/text/pull-quote.js';

describe('isPullQuote', () => {
  const valid = [
    '“We never expected the seedlings to flower in the first winter.” – Professor Ana Ruiz',
    '"The sensor works in the rain as well as in the lab." — Dr Tomás Ek',
    '‘It changes how we plan a harvest.’ - Kiri Walker',
  ];
  const invalid = [
    '“Hidden hunger” affects millions of children, survey finds',
    '“A turning point” – health agency welcomes malaria vaccine',
    'Seedlings flower in their first winter – Professor Ana Ruiz',
    '“We never expected the seedlings to flower in the first winter,” said Professor Ana Ruiz.',
  ];
  for (const line of valid) it(`takes ${line.slice(0, 40)}…`, () => expect(isPullQuote(line)).toBe(true));
  for (const line of invalid) it(`leaves ${line.slice(0, 40)}…`, () => expect(isPullQuote(line)).toBe(false));
});

describe('a pull quote over the headline', () => {
  const release = [
    '“We never expected the seedlings to flower in the first winter.” – Professor Ana Ruiz',
    '',
    'Frost-hardy wheat flowers a season early in field trials',
    '',
    'Published 4 March 2031',
    '',
    'A wheat line bred for frost tolerance flowered months ahead of its parents in trials at three farms, researchers report.',
    '',
    '“The plants simply ignored the cold snaps that stunt other lines,” Professor Ruiz said.',
  ].join('\n');

  it('is a quote by its speaker, and the next line is the headline', async () => {
    const { record } = await convert(release, { format: 'text' });
    expect(record.release.headline).toBe('Frost-hardy wheat flowers a season early in field trials');
    expect(record.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We never expected the seedlings to flower in the first winter.', 'Ana Ruiz'],
      ['The plants simply ignored the cold snaps that stunt other lines,', 'Ana Ruiz'],
    ]);
  });
});
