import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';

const kinds = (text: string, path: string) => convert(text, { path }).doc.blocks.map((b) => `${b.section}:${b.text.slice(0, 24)}`);

describe('sections: the head of a release', () => {
  it('sets template junk before the page heading apart, drops the page\'s <nav>, and reads a date line as a label', () => {
    const html = '<%inherit file="base.mako"/>\n<nav><p>Home</p></nav><h1>Owls Hunt by Sound</h1><p>2 October 2018</p><p>Barn owls can find mice under half a metre of snow by sound alone, experiments in a large indoor flight room show, and they strike within two centimetres of the target mouse in nine trials out of ten.</p>';
    expect(kinds(html, 'x.html')).toEqual(['front:<%inherit file="base.mak', 'headline:Owls Hunt by Sound', 'label:2 October 2018', 'lead:Barn owls can find mice ']);
  });
  it('reads a contacts block in the head as contacts, then the headline', () => {
    const text = 'MEDIA CONTACT:\n\nJane Rivers\n\n555-201-3344\n\njane@example.org\n\nOwls Hunt by Sound Alone\n\nBarn owls can find mice under half a metre of snow by sound alone, experiments in a large indoor flight room show, and they strike within two centimetres in nine trials out of ten.\n';
    expect(kinds(text, 'x.txt')).toEqual([
      'contacts:MEDIA CONTACT:',
      'contacts:Jane Rivers',
      'contacts:555-201-3344',
      'contacts:jane@example.org',
      'headline:Owls Hunt by Sound Alone',
      'lead:Barn owls can find mice ',
    ]);
  });
  it('keeps a lead whose dateline carries an embargo as the lead', () => {
    const text = 'Snow Melts Early\n\nDENVER (Embargoed until 2 p.m. MT, Sept. 14, 2016) -- Dust blown from dry lake beds darkens mountain snow and makes it melt weeks sooner, researchers report after six winters of measurements.\n';
    expect(kinds(text, 'x.txt')).toEqual(['headline:Snow Melts Early', 'lead:DENVER (Embargoed until ']);
  });
  it('reads a byline and a bare label as labels', () => {
    const text = '# PRESS RELEASE\n\nPrepared by Jane Rivers (jane@example.org)\n\n## Owls Hunt by Sound Alone\n\nBarn owls can find mice under half a metre of snow by sound alone, experiments in a large indoor flight room show, and they strike within two centimetres in nine trials out of ten.\n';
    expect(kinds(text, 'x.md')).toEqual(['label:PRESS RELEASE', 'label:Prepared by Jane Rivers ', 'headline:Owls Hunt by Sound Alone', 'lead:Barn owls can find mice ']);
  });
});
