import { describe, expect, it } from 'vitest';
import { readNumbers } from '../src/extractors/article/volume-issue.js';
import { articlesOf, recordOf } from './support/invented.js';

describe('readNumbers: labelled numbers as other languages and letters journals print them', () => {
  it.each([
    ['Vol. 981, No. 1, L12', { volume: '981', issue: '1', pages: 'L12' }],
    ['volume 44, issue 2, R118-R126', { volume: '44', issue: '2', pages: 'R118-R126' }],
    ['Band 190, 107733, https://doi.org/10.1016/j.jas.2070.107733', { volume: '190', issue: null, pages: '107733' }],
    ['volume 88, número 4, páginas 201-214 (2070)', { volume: '88', issue: '4', pages: '201-214' }],
    ['volume 12, numero 2, pagine 33-47', { volume: '12', issue: '2', pages: '33-47' }],
    ['Band 31, Heft 2, Seiten 101–119', { volume: '31', issue: '2', pages: '101-119' }],
  ])('reads %j', (text, want) => {
    expect(readNumbers(text)).toMatchObject(want);
  });

  it.each([
    ['the band played 3 songs, L12 was the room'],
    ['volume 44, issue 2, 2070'],
  ])('reads no pages from %j (must not change)', (text) => {
    expect(readNumbers(text).pages).toBeNull();
  });
});

describe('labelled numbers after a journal in prose', () => {
  it('reads a letter\'s number in brackets after volume and issue', () => {
    const a = articlesOf('Dust rings around young stars\n\nMarch 3, 2070\n\nThe results appear in The Astrophysical Journal Letters (Vol. 981, No. 1, L12). DOI: 10.3847/2041-8213/ad7012\n')[0]!;
    expect(a).toMatchObject({ journal: 'The Astrophysical Journal Letters', volume: '981', issue: '1', pages: 'L12' });
  });
});

describe('a quotation after the name is no role', () => {
  it('gives the Turkish speaker of "X, “…” dedi." no role made of the quote', () => {
    const text = 'Deniz çayırları\n\nİstanbul, 3 Mart 2070\n\nBiyoloji Bölümü\'nden Doç. Dr. Selin Arıkan-Toprak, “Çayırlar her yıl biraz daha kuzeye kayıyor” dedi.\n\n“Bu değişimi balıkçılar bizden önce gördü” diyen Arıkan-Toprak, ağın büyümesi gerektiğini söyledi.\n';
    const quotes = recordOf(text).quotes;
    expect(quotes.map((q) => q.speaker)).toContain('Selin Arıkan-Toprak');
    for (const q of quotes) expect(q.role ?? '').not.toMatch(/[“”]/);
  });
});
