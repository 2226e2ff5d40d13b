import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

/** The speaker of an invented release whose one quote `who` "said in a statement". */
const speakerOf = (who: string): string | null | undefined =>
  recordOf(`Otters return\n\n"Otters are back on this stretch of the river after forty years away," ${who} said in a statement.\n`).quotes[0]?.speaker;

describe('a public body named by an adjective or a field and a nation speaks for no one person', () => {
  it.each(['Natural England', 'Historic England', 'Sport Wales', 'Historic Environment Scotland'])('%s: speaker null', (body) => {
    expect(speakerOf(body)).toBeNull();
  });

  it.each(['Tom England', 'Dr. Amy Lowe', 'Gwen Wales'])('%s: a person', (person) => {
    expect(speakerOf(person)).toBe(person.replace('Dr. ', ''));
  });
});
