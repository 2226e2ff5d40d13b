/**
 * Round 20b: transcripts' speaker labels, places joined by a slash, social posts' headers and blog posts' mastheads.
 * @packageDocumentation
 */
import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';

describe('transcript speaker labels are no dateline', () => {
  it('skips a role before a name in capitals', () => {
    const r = recordOf(
      [
        'Radio Science Hour: why the trade winds are slowing',
        '',
        'Honiara, 3 March 2032',
        '',
        'HOST MERE TAUFA: So what did the buoys show you over those ten years at sea?',
        '',
        'DR ISAAC LOKOLOKO: "The trades have eased by about a tenth, and the lagoon feels it first."',
      ].join('\n'),
    ).release;
    expect(r.dateline).toBe('Honiara');
    expect(r.datePublished).toBe('2032-03-03');
  });

  it('skips a role with the name in brackets and a bare name among speakers', () => {
    const r = recordOf(
      [
        '# Episode 9: Listening to the river dolphins of the Amazon',
        '',
        'In this episode, acoustic ecologist Dr. Lucía Paredes Quispe tells us how hydrophones count pink river dolphins in the Marañón.',
        '',
        'HOST (TOMÁS VEGA): Lucía, how do you hear a dolphin in muddy water?',
        '',
        'LUCÍA PAREDES QUISPE: With four hydrophones and a great deal of patience, and a boat that keeps very still.',
        '',
        'TOMÁS VEGA: And how many did you hear?',
        '',
        'LUCÍA PAREDES QUISPE: More than we had counted from the boat in the last five years together.',
      ].join('\n'),
      'md',
    ).release;
    expect(r.dateline).toBeNull();
  });

  it('keeps a place in capitals over a field label', () => {
    const r = recordOf(
      ['Coastal mangroves store more carbon than thought', '', 'DARWIN, Australia: Mangroves in the Top End hold twice the soil carbon that national inventories assume, ecologists at a northern research station have found after coring forty sites.', '', 'BACKGROUND: Mangroves line much of the coast.'].join('\n'),
    ).release;
    expect(r.dateline).toBe('DARWIN, Australia');
  });
});

describe('places joined by a spaced slash', () => {
  it('reads "Kigali / Goma" with its date as the dateline', () => {
    const r = recordOf(
      ['Volcano sensors give a day of warning before lava flows', '', 'Kigali / Goma, 21 April 2032', '', 'A network of low-cost gas sensors on the slopes of Nyiragongo gave almost a full day of warning before the last eruption, volcanologists of a regional observatory report in a new study.'].join('\n'),
    ).release;
    expect(r.dateline).toBe('Kigali / Goma');
    expect(r.datePublished).toBe('2032-04-21');
  });
});

describe('social and blog post headers are no headline', () => {
  it('skips a social post author header with followers and age', () => {
    const r = recordOf(
      [
        'Universidad de los Andes',
        '21,337 followers',
        '2d • Edited',
        '',
        'Cloud forest bromeliads hold a month of rain for the trees around them',
        '',
        'BOGOTÁ, Colombia – 9 June 2032 – Bromeliads perched in the canopy of Andean cloud forests store enough water to keep nearby tree roots moist for up to a month without rain, ecologists report.',
      ].join('\n'),
    ).release;
    expect(r.headline).toBe('Cloud forest bromeliads hold a month of rain for the trees around them');
    expect(r.dateline).toBe('BOGOTÁ, Colombia');
  });

  it('steps over a blog masthead to the post title over author, date and reading time', () => {
    const r = recordOf(
      [
        'Field Notes from the Reef',
        'A coral lab writes about its work',
        '',
        'We tagged two hundred parrotfish and they told us where the reef is healing',
        'Salote Fifita',
        'Apr 2, 2032',
        '∙ 5 min read',
        '',
        'Subscribe',
        '',
        'Last year our small team fitted acoustic tags to two hundred parrotfish on the reefs around Vava’u, and the tags have now mapped where the fish graze most.',
      ].join('\n'),
    ).release;
    expect(r.headline).toBe('We tagged two hundred parrotfish and they told us where the reef is healing');
    expect(r.datePublished).toBe('2032-04-02');
  });
});
