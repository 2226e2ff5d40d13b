import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

/** An invented release page whose paragraphs are separated by `sep` inside one element. */
const page = (sep: string): string =>
  '<html><body><div class="story">' +
  [
    'EMBARGOED UNTIL 09:00 CET, 14 May 2031',
    'Alpine marmots wake earlier after warm winters',
    'INNSBRUCK, Austria &ndash; Marmots left their burrows nine days earlier after mild winters, a study in the journal Mountain Zoology shows.',
    '&ldquo;The snow is still deep when they come out,&rdquo; said Lena Hofer, who led the count.',
    'Media contact: Tobias Egger, presse@example.at, +43 512 555 0123',
  ].join(sep) +
  '</div></body></html>';

describe('paragraphs separated by two line breaks inside one element', () => {
  it.each([['<br><br>'], ['<br>\n<br>\n'], ['<br /> <br />']])('reads %j as a paragraph break', (sep) => {
    const r = recordOf(page(sep), 'html');
    expect(r.release.headline).toBe('Alpine marmots wake earlier after warm winters');
    expect(r.release.dateline).toBe('INNSBRUCK, Austria');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Lena Hofer']);
    expect(r.contacts.map((c) => [c.name, c.email])).toEqual([['Tobias Egger', 'presse@example.at']]);
  });

  it('keeps a single line break inside a contact block as one block', () => {
    const r = recordOf('<p>Media contact:<br>Tobias Egger<br>presse@example.at<br>+43 512 555 0123</p>', 'html');
    expect(r.contacts.map((c) => [c.name, c.email, c.phone])).toEqual([['Tobias Egger', 'presse@example.at', '+43 512 555 0123']]);
  });
});
