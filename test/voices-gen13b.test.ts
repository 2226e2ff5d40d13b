import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { isFooterLine } from '../src/extractors/contact/blocks.js';


describe('a site footer\'s general number is no press contact', () => {
  it('knows footer lines and not contact lines', () => {
    expect(isFooterLine('© 2032 Harrowgate University | 18 Quarry Lane, Harrowgate | (802) 555-0000')).toBe(true);
    expect(isFooterLine('Last modified: 2 June 2032 · Copyright 2032 Harrowgate University · Main line 802-555-0100')).toBe(true);
    expect(isFooterLine('Centre for Marine Ecology · Hafenstraße 14 · 24105 Kiel · Tel. +49 431 555-0')).toBe(true);
    expect(isFooterLine('Ines Vogt · Press Officer · +49 431 555-214')).toBe(false);
    expect(isFooterLine('Ines Vogt · Hafen Campus · +49 431 555-214 · ines.vogt@cme.example.de')).toBe(false);
    expect(isFooterLine('© 2032 Harrowgate University Media Relations, (802) 555-0180')).toBe(false);
  });

  it('keeps the media contact and drops the copyright line\'s number under it (plain text)', () => {
    const text = [
      'Glacier melt speeds up under dust storms',
      '',
      'June 4, 2032',
      '',
      'Dust from distant deserts darkened the ice and nearly doubled melt rates, glaciologists at Harrowgate University report.',
      '',
      'MEDIA CONTACT',
      'Oskar Lindqvist',
      'olindqvist@harrowgate.example.edu',
      '(802) 555-0147',
      '',
      'Last updated: June 6, 2032',
      '© 2032 Harrowgate University | 18 Quarry Lane, Harrowgate, VT | (802) 555-0000',
    ].join('\n');
    const contacts = recordOf(text).contacts;
    expect(contacts.map((c) => c.phone)).toEqual(['(802) 555-0147']);
    expect(contacts[0]?.name).toBe('Oskar Lindqvist');
  });

  it('drops an address footer\'s "Tel." number after a contact section (HTML)', () => {
    const html = [
      '<html><body><article><h1>Seagrass meadows recover after cable removal</h1>',
      '<p>KIEL, Germany, 3 May 2032. Meadows regrew within two seasons, marine ecologists report.</p>',
      '<h2>Contact</h2>',
      '<p>Ines Vogt<br>Press and Public Relations<br>Phone: +49 431 555-214<br>Email: <a href="mailto:ines.vogt@cme.example.de">ines.vogt@cme.example.de</a></p>',
      '</article>',
      '<footer><p>Centre for Marine Ecology · Hafenstraße 14 · 24105 Kiel · Tel. +49 431 555-0</p></footer>',
      '</body></html>',
    ].join('\n');
    const contacts = recordOf(html, 'html').contacts;
    expect(contacts.map((c) => c.phone)).toEqual(['+49 431 555-214']);
    expect(contacts[0]?.email).toBe('ines.vogt@cme.example.de');
  });

  it('drops a footer "Main line" after a one-line contact (HTML)', () => {
    const html = [
      '<html><body><h1>Beetles use polarised light to find dung</h1>',
      '<p>TUCSON, Ariz. — May 9, 2032 — Dung beetles steer by the polarisation of moonlight, entomologists report.</p>',
      '<p>Contact: Marisol Quintero, Media Relations, 520-555-0133, mquintero@desert.example.edu</p>',
      '<footer>Last updated: May 10, 2032 &middot; &copy; 2032 Desert Polytechnic &middot; Main line 520-555-0100</footer>',
      '</body></html>',
    ].join('\n');
    const contacts = recordOf(html, 'html').contacts;
    expect(contacts.map((c) => [c.name, c.phone])).toEqual([['Marisol Quintero', '520-555-0133']]);
  });
});

describe('a related-stories list pasted as plain lines ends with its block', () => {
  it('keeps a quote of the release a few short paragraphs after the list', () => {
    const text = [
      'Latest news',
      'Campus orchard wins heritage award',
      'May 2, 2032',
      'New rector takes office',
      'April 20, 2032',
      '',
      'Home > News > 2032',
      '',
      'Bats avoid wind turbines on moonlit nights',
      '',
      'By Tamsin Greaves | May 12, 2032',
      '',
      'Share: Facebook Email',
      '',
      'Bats flew 40 percent fewer passes near turbines on bright nights, ecologists at Fernhill University found.',
      '',
      '"We expected the moon to make little difference, and instead it changed almost everything about how they flew," said Priyanka Deshmukh, an ecologist at Fernhill.',
    ].join('\n');
    const quotes = recordOf(text).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Priyanka Deshmukh']);
    expect(quotes[0]?.text.startsWith('We expected the moon')).toBe(true);
  });

  it('still skips a teaser quote in the items of a list under a label on its own', () => {
    const text = [
      'Bats avoid wind turbines on moonlit nights',
      '',
      'May 12, 2032',
      '',
      '"We expected the moon to make little difference, and instead it changed almost everything," said Priyanka Deshmukh, an ecologist at Fernhill.',
      '',
      'More stories',
      '',
      'Orchard wins award',
      '',
      '"This orchard has been tended by students for ninety years now," said head gardener Colm Ryan.',
    ].join('\n');
    const quotes = recordOf(text).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(['Priyanka Deshmukh']);
  });
});
