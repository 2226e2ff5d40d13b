import { describe, expect, it } from 'vitest';
import { emitJsonld, embargoValue, splitRole, publishersToJsonld, JSONLD_CONTEXT, type JsonLdNode } from '../src/emit/jsonld.js';
import { escapeJsonForHtml, wrapScript } from '../src/emit/html-script.js';
import { checkJsonld, LOCAL_VOCABULARY, sharedVocabulary } from './support/check-jsonld.js';
import { emptyRecord, seagrassRecord } from './support/records.js';
import type { PressRecord } from '../src/types.js';

const shared = sharedVocabulary();

/** Runs the checker with the local vocabulary subset, and with the full vocabulary when present. */
function problems(doc: unknown): string[] {
  return [...checkJsonld(doc, LOCAL_VOCABULARY, 'local'), ...(shared ? checkJsonld(doc, shared, 'shared') : [])];
}

const emit = (records: PressRecord[], html = false): string => emitJsonld(records, { html }) as string;
const parse = (records: PressRecord[]) => JSON.parse(emit(records)) as { '@context': unknown; '@graph': JsonLdNode[] };

describe('jsonld: the example record, value by value', () => {
  const doc = parse([seagrassRecord()]);
  const news = doc['@graph'][0]!;
  const paper = (news.citation as JsonLdNode[])[0]!;

  it('declares schema.org and the pr2meta embargo term in the context', () => {
    expect(doc['@context']).toEqual(JSONLD_CONTEXT);
    expect(doc['@context']).toEqual([
      'https://schema.org',
      { pr2meta: 'https://pr2meta.dev/ns#', xsd: 'http://www.w3.org/2001/XMLSchema#', 'pr2meta:embargo': { '@type': 'xsd:dateTime' } },
    ]);
  });
  it('is a NewsArticle with headline, subheadline, date, dateline and embargo', () => {
    expect(doc['@graph']).toHaveLength(1);
    expect(news['@type']).toBe('NewsArticle');
    expect(news.headline).toBe('Coastal Seagrass Stores Carbon Faster Than Expected');
    expect(news.alternativeHeadline).toBe('Reports new study in the Journal of Marine Ecology');
    expect(news.datePublished).toBe('2023-03-15');
    expect(news.dateline).toBe('Halifax, NS');
    expect(news['pr2meta:embargo']).toEqual({ '@type': 'xsd:dateTime', '@value': '2023-03-15T11:00:00-04:00' });
    expect(news['pr2meta:embargoText']).toBe('EMBARGOED UNTIL 11:00 AM ET, Wednesday, March 15, 2023');
  });
  it('cites the paper as a ScholarlyArticle identified by its DOI', () => {
    expect(paper['@type']).toBe('ScholarlyArticle');
    expect(paper['@id']).toBe('https://doi.org/10.5555/jme.2023.0142');
    expect(paper.identifier).toEqual({ '@type': 'PropertyValue', propertyID: 'DOI', value: '10.5555/jme.2023.0142' });
    expect(paper.name).toBe('Rapid Carbon Burial in Young Temperate Seagrass Meadows');
    expect(paper.headline).toBe(paper.name);
    expect(paper.datePublished).toBe('2023');
    expect(paper.pagination).toBe('211–229');
  });
  it('lists the authors as Persons with given, family and full names', () => {
    const authors = paper.author as JsonLdNode[];
    expect(authors).toHaveLength(4);
    expect(authors[1]).toEqual({ '@type': 'Person', givenName: 'Lukas', familyName: 'van der Berg', name: 'Lukas van der Berg' });
    expect(authors[2]).toEqual({ '@type': 'Person', givenName: 'José', familyName: 'Núñez-García', name: 'José Núñez-García' });
  });
  it('nests issue → volume → journal', () => {
    expect(paper.isPartOf).toEqual({
      '@type': 'PublicationIssue',
      issueNumber: '3',
      isPartOf: { '@type': 'PublicationVolume', volumeNumber: '41', isPartOf: { '@type': 'Periodical', name: 'Journal of Marine Ecology' } },
    });
  });
  it('gives the quotes as Quotations with their speakers', () => {
    const quotes = news.hasPart as JsonLdNode[];
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!['@type']).toBe('Quotation');
    expect(quotes[0]!.text).toMatch(/^We expected the meadows/);
    expect(quotes[0]!.creator).toEqual({ '@type': 'Person', name: 'Amara Okonkwo', affiliation: { '@type': 'Organization', name: 'Dalhousie Ocean Institute' } });
    expect(quotes[1]!.creator).toEqual({ '@type': 'Person', name: 'Lukas van der Berg', jobTitle: 'Editor of the Journal of Marine Ecology' });
  });
  it('gives the media contact as a ContactPoint of the issuing Organization', () => {
    expect(news.publisher).toEqual({
      '@type': 'Organization',
      name: 'Communications Office, Dalhousie Ocean Institute',
      contactPoint: [{ '@type': 'ContactPoint', contactType: 'media relations', name: 'Hannah Whitfield', email: 'press@ocean-institute.example.org', telephone: '+19025550147' }],
    });
  });
  it('passes the JSON-LD checker', () => {
    expect(problems(doc)).toEqual([]);
  });
});

describe('jsonld: other shapes', () => {
  it('a release with no paper is still a NewsArticle, without citation, and checks clean', () => {
    const rec = { ...emptyRecord(), release: { ...emptyRecord().release, headline: 'A headline only' } };
    const doc = parse([rec]);
    expect(doc['@graph']).toEqual([{ '@type': 'NewsArticle', headline: 'A headline only' }]);
    expect(problems(doc)).toEqual([]);
  });
  it('an empty record is a bare NewsArticle', () => {
    expect(parse([emptyRecord()])['@graph']).toEqual([{ '@type': 'NewsArticle' }]);
  });
  it('several records share one document, one NewsArticle each', () => {
    const doc = parse([seagrassRecord(), emptyRecord()]);
    expect(doc['@graph'].map((n) => n['@type'])).toEqual(['NewsArticle', 'NewsArticle']);
    expect(problems(doc)).toEqual([]);
  });
  it('nests only the printed levels', () => {
    const rec = seagrassRecord();
    rec.articles[0] = { ...rec.articles[0]!, volume: null };
    rec.articles.push({ ...rec.articles[0]!, doi: '10.5555/b', issue: null, volume: '7', journal: null });
    const doc = parse([rec]);
    const [a, b] = doc['@graph'][0]!.citation as JsonLdNode[];
    expect(a!.isPartOf).toEqual({ '@type': 'PublicationIssue', issueNumber: '3', isPartOf: { '@type': 'Periodical', name: 'Journal of Marine Ecology' } });
    expect(b!.isPartOf).toEqual({ '@type': 'PublicationVolume', volumeNumber: '7' });
    expect(problems(doc)).toEqual([]);
  });
  it('a paper without DOI has no @id nor identifier, and keeps its printed link', () => {
    const rec = seagrassRecord();
    rec.articles[0] = { ...rec.articles[0]!, doi: null, url: 'https://journal.example.org/article/42' };
    const paper = (parse([rec])['@graph'][0]!.citation as JsonLdNode[])[0]!;
    expect(paper['@id']).toBeUndefined();
    expect(paper.identifier).toBeUndefined();
    expect(paper.url).toBe('https://journal.example.org/article/42');
  });
  it('an unattributed quote has no creator', () => {
    const rec = { ...emptyRecord(), quotes: [{ text: 'The results were clear from the start', speaker: null, role: null }] };
    expect(parse([rec])['@graph'][0]!.hasPart).toEqual([{ '@type': 'Quotation', text: 'The results were clear from the start' }]);
  });
});

describe('embargo values', () => {
  it.each([
    ['2023-03-15T11:00-04:00', { '@type': 'xsd:dateTime', '@value': '2023-03-15T11:00:00-04:00' }],
    ['2017-05-12T00:01+01:00', { '@type': 'xsd:dateTime', '@value': '2017-05-12T00:01:00+01:00' }],
    ['2017-05-12T16:00', { '@type': 'xsd:dateTime', '@value': '2017-05-12T16:00:00' }],
    ['2017-05-12T16:00:30Z', { '@type': 'xsd:dateTime', '@value': '2017-05-12T16:00:30Z' }],
    ['2017-05-12', { '@type': 'xsd:date', '@value': '2017-05-12' }],
  ])('%s', (input, value) => {
    expect(embargoValue(input)).toEqual(value);
  });
  it.each(['Wednesday', '2017-5-12', '2017-05-12T4pm'])('rejects %s', (input) => {
    expect(embargoValue(input)).toBeNull();
  });
  it('writes an unparsed embargo as a plain literal', () => {
    const rec = { ...emptyRecord(), release: { ...emptyRecord().release, embargo: 'Wednesday' } };
    expect(parse([rec])['@graph'][0]!['pr2meta:embargo']).toEqual({ '@value': 'Wednesday' });
  });
});

describe('roles', () => {
  it.each([
    ['Dalhousie Ocean Institute', { jobTitle: null, affiliation: 'Dalhousie Ocean Institute' }],
    ['of the University of Toronto', { jobTitle: null, affiliation: 'University of Toronto' }],
    ['professor of ecology at Dalhousie University', { jobTitle: 'professor of ecology', affiliation: 'Dalhousie University' }],
    ['Editor of the Journal of Marine Ecology', { jobTitle: 'Editor of the Journal of Marine Ecology', affiliation: null }],
    ['lead author of the study', { jobTitle: 'lead author of the study', affiliation: null }],
    ['director of the Center for Brain Health', { jobTitle: 'director of the Center for Brain Health', affiliation: null }],
  ])('%s', (role, parts) => {
    expect(splitRole(role)).toEqual(parts);
  });
});

describe('publishers', () => {
  it('groups contacts by organisation; contacts without one join the first', () => {
    const c = (name: string | null, organization: string | null) => ({ name, role: null, organization, email: null, phone: null });
    const orgs = publishersToJsonld([c('A', 'Org One'), c('B', 'Org Two'), c(null, null), c('D', 'Org One')]);
    expect(orgs.map((o) => [o.name, (o.contactPoint as JsonLdNode[]).map((p) => p.name ?? null)])).toEqual([
      ['Org One', ['A', 'D', null]],
      ['Org Two', ['B']],
    ]);
  });
  it('an unnamed organisation holds contacts when none names one; the printed phone is kept without E.164', () => {
    const orgs = publishersToJsonld([{ name: null, role: 'Press office', organization: null, email: 'news@x.edu', phone: '(555) 010-0000' }]);
    expect(orgs).toEqual([
      { '@type': 'Organization', contactPoint: [{ '@type': 'ContactPoint', contactType: 'media relations', description: 'Press office', email: 'news@x.edu', telephone: '(555) 010-0000' }] },
    ]);
  });
});

describe('--html', () => {
  const hostile = (): PressRecord => {
    const rec = seagrassRecord();
    rec.release.headline = 'Closing </script><script>alert(1)</script> & <!-- more -->';
    rec.quotes[0]!.text = 'Line\u2028separator and paragraph\u2029separator in a quote';
    return rec;
  };
  const out = emit([hostile()], true);

  it('wraps the document in one script element', () => {
    expect(out.startsWith('<script type="application/ld+json">\n{')).toBe(true);
    expect(out.endsWith('}\n</script>\n')).toBe(true);
    expect(out.match(/<\/script/gi)).toHaveLength(1);
    expect(out.match(/<script/gi)).toHaveLength(1);
  });
  it('escapes <, >, &, U+2028 and U+2029 inside the JSON', () => {
    const body = out.slice('<script type="application/ld+json">\n'.length, -'\n</script>\n'.length);
    expect(body).not.toMatch(/[<>&\u2028\u2029]/);
    expect(body).toContain('Closing \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!-- more --\\u003e');
    // Line and paragraph separators are white space: the emitter already folds them to a space.
    expect(body).toContain('Line separator and paragraph separator in a quote');
  });
  it('still parses to the same document', () => {
    const body = out.slice('<script type="application/ld+json">\n'.length, -'\n</script>\n'.length);
    expect(JSON.parse(body)).toEqual(JSON.parse(emit([hostile()])));
  });
  it('escapes only those characters', () => {
    expect(escapeJsonForHtml('{"a":"<b>&\u2028"}')).toBe('{"a":"\\u003cb\\u003e\\u0026\\u2028"}');
    expect(wrapScript('{}')).toBe('<script type="application/ld+json">\n{}\n</script>');
  });
});

describe('the local schema.org subset', () => {
  it.skipIf(!shared)('matches the full schema.org 30.0 vocabulary in ../shared', () => {
    for (const [type, supers] of Object.entries(LOCAL_VOCABULARY.types)) expect([type, shared!.types[type]]).toEqual([type, supers]);
    for (const [prop, def] of Object.entries(LOCAL_VOCABULARY.properties)) expect([prop, shared!.properties[prop]]).toEqual([prop, def]);
  });
  it('catches a property outside its domain and an unknown type (the check is not vacuous)', () => {
    const doc = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Quotation', dateline: 'X', creator: { '@type': 'Persn' } }] };
    expect(checkJsonld(doc, LOCAL_VOCABULARY)).toEqual([
      'doc.@graph[0].dateline: not a property of Quotation (domain: NewsArticle)',
      'doc.@graph[0].creator: unknown type Persn',
      'doc.@graph[0].creator: a Persn is not in the range of this property (Organization, Person)',
    ]);
    expect(checkJsonld({ '@context': 'https://schema.org', embargo: 'x' }, LOCAL_VOCABULARY)).toEqual(['doc.embargo: unknown property']);
    expect(checkJsonld({ '@context': 'https://example.org' }, LOCAL_VOCABULARY)).toEqual(['doc: @context does not name schema.org']);
  });
});
