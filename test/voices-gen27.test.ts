import { describe, expect, it } from 'vitest';
import { articlesOf, speakersOf } from './support/invented.js';

const HEAD = `# Moths find their way home by the smell of pine

**INNSBRUCK, Austria, 8 July 2031** — Night moths released up to four kilometres from their forest flew straight back to it by following the scent of resin, ecologists from two Alpine universities report in *Functional Ecology* after tracking more than three hundred marked insects.

"We let them go in open meadows and most of them were back among the pines within the hour," said Dr. Valentina Obermoser-Krall, who led the tracking.
`;
const GOES_ON = '"When we blocked their antennae with a drop of wax, they circled the meadow and never found the trees again."';

describe('a quote that runs on across a photo set between its paragraphs (round 27)', () => {
  it('keeps the speaker across an image and a caption that ends with "Photo: X"', () => {
    const md = `${HEAD}\n![A moth on pine bark](moth.jpg)\n\nA pine moth rests on bark near Innsbruck. Photo: Jakob Haller/University of Innsbruck\n\n${GOES_ON}\n`;
    expect(speakersOf(md)).toEqual([
      ['Valentina Obermoser-Krall', 'We let them go in open m'],
      ['Valentina Obermoser-Krall', 'When we blocked their an'],
    ]);
  });

  it('keeps the speaker across an HTML figure whose caption ends with "(Credit: X)"', () => {
    const html = `<html><body><h1>Moths find their way home by the smell of pine</h1>
<p>INNSBRUCK, Austria, 8 July 2031 &mdash; Night moths released up to four kilometres from their forest flew straight back to it by following the scent of resin, ecologists from two Alpine universities report in <em>Functional Ecology</em> after tracking more than three hundred marked insects.</p>
<p>&ldquo;We let them go in open meadows and most of them were back among the pines within the hour,&rdquo; said Dr. Valentina Obermoser-Krall, who led the tracking.</p>
<figure><img src="moth.jpg" alt="A moth on pine bark"><figcaption>A pine moth rests on bark. (Credit: Jakob Haller)</figcaption></figure>
<p>&ldquo;When we blocked their antennae with a drop of wax, they circled the meadow and never found the trees again.&rdquo;</p>
</body></html>`;
    expect(speakersOf(html, 'html').map((q) => q[0])).toEqual(['Valentina Obermoser-Krall', 'Valentina Obermoser-Krall']);
  });

  it('still ends the quote at a paragraph of narration that is no caption', () => {
    const md = `${HEAD}\nThe moths were marked with a dot of paint that glows under ultraviolet light.\n\n${GOES_ON}\n`;
    expect(speakersOf(md).map((q) => q[0])).toEqual(['Valentina Obermoser-Krall', null]);
  });
});

describe('"reports the finding in" as a cue of publication (round 27)', () => {
  it('reads the journal after "reports the finding in" with a DOI after it', () => {
    const txt =
      'A glacier that hums in spring\n\nTROMSO, Norway, 14 February 2032 -- A glacier in western Norway hums at four hertz each spring. The team reports the finding in Geophysical Research Letters (DOI: 10.1029/2031GL104417).\n';
    const a = articlesOf(txt);
    expect(a).toHaveLength(1);
    expect(a[0]!.journal).toBe('Geophysical Research Letters');
    expect(a[0]!.doi).toBe('10.1029/2031GL104417');
  });
});
