import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { lint } from '../src/check/lint.js';
import { reporters } from '../src/report/index.js';
import { ruleIds, rules } from '../src/check/registry.js';

const MB = 1_000_000;
/** The cases the brief names run at 1 MB; the others at 300 kB to keep `npm test` quick. */
const SMALL = 300_000;
const fill = (unit: string, size = SMALL): string => unit.repeat(Math.ceil(size / unit.length));

/** Hostile releases: every rule's scanners must stay linear on them. */
const CASES: Array<[string, string]> = [
  ['a 1 MB line of "1234."', fill('1234.', MB)],
  ['200,000 straight quotes', '"'.repeat(200_000)],
  ['200,000 curly opening quotes', '“'.repeat(200_000)],
  ['1 MB of "Dr. "', fill('Dr. ', MB)],
  ['"10." repeated', fill('10.')],
  ['"10.1234/" repeated', fill('10.1234/')],
  ['a DOI with 1 MB of suffix', '10.1234/' + fill('a/ ')],
  ['"@" repeated', fill('@')],
  ['1 MB of "a@"', fill('a@', MB)],
  ['"a.b@c." repeated', fill('a.b@c.')],
  ['a contacts section of digits', '# T\n\n## Media contact\n\n' + fill('1 2-3 (4) ')],
  ['"Tel: +1 (" repeated', fill('Tel: +1 (')],
  ['an embargo line of dates', 'Embargoed until ' + fill('May 1, 10:00 ET Monday ')],
  ['"Embargoed " repeated', fill('Embargoed ')],
  ['a dateline of dashes', fill('— (')],
  ['"published in the journal " repeated', fill('published in the journal ')],
  // Kept small: remark itself takes tens of seconds to parse 1 MB of links (a parser matter, not check's).
  ['"mailto" links', fill('[a](mailto:a@b) ', 20_000)],
];

describe('check on hostile input', () => {
  it.each(CASES)('%s: every rule runs in under a second, every reporter too', (_name, text) => {
    const conversion = convert(text, { path: 'hostile.md' });
    let t = performance.now();
    const file = lint(conversion, { now: new Date('2026-01-01T00:00:00Z') });
    expect(performance.now() - t).toBeLessThan(4000);
    const meta = ruleIds.map((id) => ({ id, severity: rules[id].severity, doc: rules[id].doc }));
    for (const report of Object.values(reporters)) {
      t = performance.now();
      report([file], { rules: meta });
      expect(performance.now() - t).toBeLessThan(4000);
    }
  }, 20_000);
});
