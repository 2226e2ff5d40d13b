import { describe, expect, it } from 'vitest';
import { contactsOf } from './support/invented.js';

const release = (tail: string): string =>
  'Moss mats cool city roofs\n\nMarch 14, 2031\n\nMoss-covered roofs stayed four degrees cooler in summer, a study finds.\n\n' + tail + '\n\nAbout the Institute\n\nThe institute studies cities.\n';

describe('a contact sentence whose details a line break put after its colon', () => {
  it.each([
    ['an e-mail, then a phone', 'For further information about the roof trial please contact Dana Whitlock:\nd.whitlock@example.org +44 (0)20 7946 0321', ['Dana Whitlock', 'd.whitlock@example.org', '+44 (0)20 7946 0321']],
    ['a phone, then an e-mail', 'For interviews with the team please contact Dana Whitlock:\n+44 (0)20 7946 0321, d.whitlock@example.org', ['Dana Whitlock', 'd.whitlock@example.org', '+44 (0)20 7946 0321']],
  ])('%s', (_name, tail, expected) => {
    expect(contactsOf(release(tail), 'txt')).toEqual([expected]);
  });

  it('still reads the same sentence printed on one line', () => {
    expect(contactsOf(release('For further information please contact Dana Whitlock: d.whitlock@example.org'), 'txt')).toEqual([
      ['Dana Whitlock', 'd.whitlock@example.org', null],
    ]);
  });
});
