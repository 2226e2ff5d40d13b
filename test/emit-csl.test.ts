import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { emitCsl, recordsToCsl, citationKey, doiUrl, safeUrl, asciiFold, type CslItem } from '../src/emit/csl.js';
import { emptyRecord, seagrassPaper, seagrassRecord } from './support/records.js';
import type { Article } from '../src/types.js';

const sharedSchemaPath = fileURLToPath(new URL('../../shared/schemas/csl-data.json', import.meta.url));
const subsetSchema = JSON.parse(readFileSync(new URL('./support/csl-subset.schema.json', import.meta.url), 'utf8')) as object;

const schemas: Array<[string, object]> = [['subset', subsetSchema]];
if (existsSync(sharedSchemaPath)) schemas.push(['csl-data.json', JSON.parse(readFileSync(sharedSchemaPath, 'utf8')) as object]);
const validators = schemas.map(([name, schema]) => [name, new Ajv({ allErrors: true, strict: false }).compile(schema)] as const);

/** Validates with ajv against the shared CSL schema when present, and always against the local subset. */
function validate(items: unknown): string[] {
  const errors: string[] = [];
  for (const [name, check] of validators) {
    if (!check(items)) for (const e of check.errors ?? []) errors.push(`${name}: ${e.instancePath} ${e.message ?? ''}`);
  }
  return errors;
}

it('validates against the shared CSL schema too when ../shared is present', () => {
  expect(validators.map(([name]) => name)).toEqual(existsSync(sharedSchemaPath) ? ['subset', 'csl-data.json'] : ['subset']);
});

const paper = (over: Partial<Article>): Article => ({ ...structuredClone(seagrassPaper), ...over });

describe('csl: the example paper, value by value', () => {
  const text = emitCsl([seagrassRecord()], {}) as string;
  const items = JSON.parse(text) as CslItem[];
  const item = items[0]!;

  it('is a pretty array of one article-journal item', () => {
    expect(text.startsWith('[\n  {')).toBe(true);
    expect(items).toHaveLength(1);
    expect(item.type).toBe('article-journal');
  });
  it('carries key, DOI, title, authors, journal, volume, issue, pages, year and URL', () => {
    expect(item.id).toBe('Okonkwo2023Rapid');
    expect(item['citation-key']).toBe('Okonkwo2023Rapid');
    expect(item.DOI).toBe('10.5555/jme.2023.0142');
    expect(item.title).toBe('Rapid Carbon Burial in Young Temperate Seagrass Meadows');
    expect(item.author).toEqual([
      { family: 'Okonkwo', given: 'Amara N.' },
      { family: 'van der Berg', given: 'Lukas' },
      { family: 'Núñez-García', given: 'José' },
      { family: 'Chen', given: 'Mei-Ling' },
    ]);
    expect(item['container-title']).toBe('Journal of Marine Ecology');
    expect(item.volume).toBe('41');
    expect(item.issue).toBe('3');
    expect(item.page).toBe('211-229');
    expect(item.issued).toEqual({ 'date-parts': [[2023]] });
    expect(item.URL).toBe('https://doi.org/10.5555/jme.2023.0142');
  });
  it('adds nothing about the release (no quote, contact or embargo)', () => {
    expect(Object.keys(item).sort()).toEqual(
      ['DOI', 'URL', 'author', 'citation-key', 'container-title', 'id', 'issue', 'issued', 'page', 'title', 'type', 'volume'].sort(),
    );
  });
  it('validates against the CSL schema (shared when present) and the local subset', () => {
    expect(validate(items)).toEqual([]);
  });
});

describe('csl: sparse and odd papers stay valid', () => {
  it('leaves absent values out instead of writing null', () => {
    const items = recordsToCsl([{ ...emptyRecord(), articles: [{ doi: '10.1/x', title: null, authors: [], journal: null, volume: null, issue: null, pages: null, year: null }] }]);
    expect(items).toEqual([{ id: 'paper', 'citation-key': 'paper', type: 'article-journal', DOI: '10.1/x', URL: 'https://doi.org/10.1/x' }]);
    expect(validate(items)).toEqual([]);
  });
  it('drops a missing given name, collapses newlines, keeps a printed URL when there is no DOI', () => {
    const items = recordsToCsl([
      { ...emptyRecord(), articles: [paper({ doi: null, title: 'Two\nlines\r\n of title', authors: [{ given: null, family: 'Zhang' }], url: 'https://journal.example.org/a b{c}' })] },
    ]);
    expect(items[0]!.author).toEqual([{ family: 'Zhang' }]);
    expect(items[0]!.title).toBe('Two lines of title');
    expect(items[0]!.URL).toBe('https://journal.example.org/a%20b%7Bc%7D');
    expect(validate(items)).toEqual([]);
  });
  it('gives an empty array for a release with no paper', () => {
    expect(emitCsl([emptyRecord()], {})).toBe('[]\n');
    expect(validate([])).toEqual([]);
  });
  it('rejects what the schema rejects (the check is not vacuous)', () => {
    expect(validate([{ id: 'a', type: 'article-journal', 'citation-key': 'a', author: [{ family: 'X', given: null }] }])).not.toEqual([]);
    expect(validate([{ id: 'a', type: 'article-journal', 'citation-key': 'a', quotes: [] }])).not.toEqual([]);
  });
});

describe('citation keys', () => {
  it.each([
    ['first author, year, first significant word', paper({}), 'Okonkwo2023Rapid'],
    ['particles and spaces removed', paper({ authors: [{ given: 'Lukas', family: 'van der Berg' }] }), 'Berg2023Rapid'],
    ['diacritics and hyphens folded', paper({ authors: [{ given: 'José', family: 'Núñez-García' }] }), 'NunezGarcia2023Rapid'],
    ['leading stop words skipped', paper({ title: 'The effect of ketamine on mice' }), 'Okonkwo2023Effect'],
    ['no year', paper({ year: null }), 'OkonkwoRapid'],
    ['no author: journal instead', paper({ authors: [] }), 'Journal2023Rapid'],
  ])('%s', (_name, article, key) => {
    expect(citationKey(article)).toBe(key);
  });
  it('is unique within one output: repeats get b, c', () => {
    const rec = { ...emptyRecord(), articles: [paper({}), paper({ doi: '10.5555/other' }), paper({ doi: '10.5555/third' })] };
    expect(recordsToCsl([rec, seagrassRecord()]).map((i) => i.id)).toEqual(['Okonkwo2023Rapid', 'Okonkwo2023Rapidb', 'Okonkwo2023Rapidc', 'Okonkwo2023Rapidd']);
  });
  it('folds to ASCII letters and digits only', () => {
    expect(asciiFold('Øyvind Straße-Ł')).toBe('OyvindStrasseL');
  });
});

describe('links', () => {
  it('keeps parentheses of a DOI and encodes what a URL cannot carry', () => {
    expect(doiUrl('10.1016/S0140-6736(17)30058-2')).toBe('https://doi.org/10.1016/S0140-6736(17)30058-2');
    expect(doiUrl('10.1002/(SICI)1097<12>#x')).toBe('https://doi.org/10.1002/(SICI)1097%3C12%3E%23x');
  });
  it('keeps existing percent escapes of a printed URL', () => {
    expect(safeUrl('https://x.org/a%20b?q=1#f')).toBe('https://x.org/a%20b?q=1#f');
    expect(safeUrl('https://x.org/é')).toBe('https://x.org/%C3%A9');
  });
});
