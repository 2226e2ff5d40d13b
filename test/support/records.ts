/**
 * Records built by hand for the emitter tests, modelled on what the extractors produce.
 * @packageDocumentation
 */
import type { Article, PressRecord } from '../../src/types.js';

/** An empty record: no release facts, no paper, no quote, no contact. */
export function emptyRecord(source: string | null = 'fixtures/none.md'): PressRecord {
  return {
    source,
    release: { headline: null, subheadline: null, datePublished: null, dateline: null, embargo: null, embargoDetail: null },
    articles: [],
    quotes: [],
    contacts: [],
    provenance: {},
  };
}

/** The seagrass paper of the bundled example release, as the extractors should read it. */
export const seagrassPaper: Article = {
  doi: '10.5555/jme.2023.0142',
  title: 'Rapid Carbon Burial in Young Temperate Seagrass Meadows',
  authors: [
    { given: 'Amara N.', family: 'Okonkwo' },
    { given: 'Lukas', family: 'van der Berg' },
    { given: 'José', family: 'Núñez-García' },
    { given: 'Mei-Ling', family: 'Chen' },
  ],
  journal: 'Journal of Marine Ecology',
  volume: '41',
  issue: '3',
  pages: '211–229',
  year: 2023,
  url: 'https://doi.org/10.5555/jme.2023.0142',
};

/** A full record: the example release's facts, one paper, two quotes, one contact. */
export function seagrassRecord(): PressRecord {
  return {
    source: 'fixtures/example-release.md',
    release: {
      headline: 'Coastal Seagrass Stores Carbon Faster Than Expected',
      subheadline: 'Reports new study in the Journal of Marine Ecology',
      datePublished: '2023-03-15',
      dateline: 'Halifax, NS',
      embargo: '2023-03-15T11:00-04:00',
      embargoDetail: { text: 'EMBARGOED UNTIL 11:00 AM ET, Wednesday, March 15, 2023', dateTime: '2023-03-15T11:00-04:00', zone: 'ET', utcOffset: '-04:00' },
    },
    articles: [structuredClone(seagrassPaper)],
    quotes: [
      {
        text: 'We expected the meadows to be modest carbon sinks, but the cores told a very different story. Some of the youngest meadows were burying carbon as fast as mature mangroves.',
        speaker: 'Amara Okonkwo',
        role: 'Dalhousie Ocean Institute',
      },
      {
        text: 'These results give coastal managers a concrete reason to protect seagrass',
        speaker: 'Lukas van der Berg',
        role: 'Editor of the Journal of Marine Ecology',
      },
    ],
    contacts: [
      {
        name: 'Hannah Whitfield',
        role: null,
        organization: 'Communications Office, Dalhousie Ocean Institute',
        email: 'press@ocean-institute.example.org',
        phone: '+1 902 555 0147',
        phoneE164: '+19025550147',
      },
    ],
    provenance: { 'articles[0].doi': { strategy: 'doi:link', line: 19, column: 129 } },
  };
}
