import { describe, expect, it } from 'vitest';
import { isChromeStack, isSectionTrail } from '../src/extractors/release/chrome-stack.js';
import { releaseFacts } from './support/release-facts.js';

/** The release facts of an invented text. */
const facts = releaseFacts;

const HEADLINE = 'Night-flying moths carry more pollen between orchards than bees, survey finds';
const LEAD =
  'Moths visiting pear orchards after dusk moved pollen between trees more often than honeybees did by day, according to a two-season survey of eleven farms in the Loire valley.';

describe('a section trail without "Home" over the headline (thirteenth round, b)', () => {
  it('steps over "News > Research news" pasted as its own line', () => {
    const text = `Skip to main content\nHome | News | Research | About us\n\nNews > Research news\n\n${HEADLINE}\n\n3 June 2032\n\n${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2032-06-03');
  });

  it('reads trails of three parts and of a site section, and leaves comparisons alone', () => {
    expect(isSectionTrail('Research » Agriculture » 2032')).toBe(true);
    expect(isSectionTrail('Media › Press releases')).toBe(true);
    expect(isSectionTrail('Quality > quantity')).toBe(false);
    expect(isSectionTrail('Children born > 2 kg grow faster, study finds')).toBe(false);
  });
});

describe('a stack of menus, sign-ups and cookie notices over the headline (thirteenth round, b)', () => {
  it('steps over a menu bar, a newsletter sign-up and a cookie notice in one block', () => {
    const text = `STUDY  RESEARCH  ALUMNI  DONATE\nSubscribe to our weekly newsletter\nThis site uses cookies for analytics. Accept | Decline\n\n${HEADLINE}\n\nJune 3, 2032\n\n${LEAD}`;
    const f = facts(text);
    expect(f.headline).toBe(HEADLINE);
    expect(f.datePublished).toBe('2032-06-03');
  });

  it('steps over "Menu" above a pipe-set navigation bar and a labelled cookie notice', () => {
    const text = `Menu\nOur Farms | Teaching & Learning | Visit Us | Press Office\nCookie notice: we use cookies to count visits. Accept all | Settings\n\nPRESS OFFICE\n\n${HEADLINE}\n\n3 June 2032\n\n${LEAD}`;
    expect(facts(text).headline).toBe(HEADLINE);
  });

  it('keeps a headline of two lines that is no chrome', () => {
    expect(isChromeStack('Moths Outwork Bees\nIn Pear Orchards After Dark')).toBe(false);
    expect(isChromeStack(`Menu\n${HEADLINE}`)).toBe(false);
    expect(isChromeStack('Sign up for our newsletter\nWe use cookies to count visits.')).toBe(true);
  });
});
