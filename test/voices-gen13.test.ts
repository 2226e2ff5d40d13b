import { describe, expect, it } from 'vitest';
import { recordOf } from './support/invented.js';
import { isPageListLabel } from '../src/extractors/quote/page-lists.js';


describe('quotes in a page\'s related-news list and testimonials', () => {
  it('knows the labels of such lists and not ordinary lines', () => {
    expect(isPageListLabel('Related news')).toBe(true);
    expect(isPageListLabel('## You may also be interested in')).toBe(true);
    expect(isPageListLabel('What our patients say')).toBe(true);
    expect(isPageListLabel('Testimonials')).toBe(true);
    expect(isPageListLabel('Related publications show a similar trend in older patients.')).toBe(false);
    expect(isPageListLabel('Media contact')).toBe(false);
  });

  it('drops a teaser quote of another story and keeps the release\'s own', () => {
    const text = [
      'Kelp forests store more carbon than thought',
      '',
      '12 March 2031',
      '',
      '"Kelp is quietly burying carbon on the deep shelf every winter," said Dr Mirela Castaño, a marine biologist at the University of Portmore.',
      '',
      'Related news',
      '4 March 2031 - Puffins return to Skomer early',
      '"We have never seen them arrive this early in the season," says warden Tom Baird.',
      '',
      'Sign up for our newsletter: enter your email',
    ].join('\n');
    const q = recordOf(text).quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Mirela Castaño']);
  });

  it('drops a Markdown testimonial and the teasers of list items under a heading', () => {
    const text = [
      '# Solar canals cut evaporation by a third',
      '',
      '"Covering the canals saves water and makes power at the same time," said Professor Anil Deshmukh, who led the study.',
      '',
      '## Related stories',
      '',
      '- **Rooftop farms cool city blocks** — "The roofs were four degrees cooler by the afternoon," said engineer Li Na Zhou.',
      '- **Drip irrigation goes solar** — 2 May 2031',
      '',
      '## Testimonials',
      '',
      '"The portal gave our district the data we needed for every planning meeting." — Ravi Kulkarni, Pune district office',
    ].join('\n');
    const q = recordOf(text, 'md').quotes;
    expect(q.map((x) => x.speaker)).toEqual(['Anil Deshmukh']);
  });

  it('stops the list at the next heading that is no list label', () => {
    const text = '## More news\n\n- Teaser one\n\n## The study\n\n"This is the first map of the whole basin," said Dr Ana Ruiz.';
    expect(recordOf(text, 'md').quotes.map((x) => x.speaker)).toEqual(['Ana Ruiz']);
  });
});

describe('switchboard and general-enquiries lines of a site footer', () => {
  it('leaves the footer\'s switchboard and info address out of the contacts', () => {
    const text = [
      'Bats find insects by their echoes in rain',
      '',
      '"Rain barely slows them down at all, which surprised us," said Dr Oskar Lindqvist.',
      '',
      'Press office',
      'presse@nordlab.example.se',
      '+46 8 555 010 20',
      '',
      'Main switchboard: +46 8 555 000 00 · General enquiries: info@nordlab.example.se',
    ].join('\n');
    const c = recordOf(text).contacts;
    expect(c.map((x) => x.email)).toEqual(['presse@nordlab.example.se']);
    expect(c[0]?.phone).toBe('+46 8 555 010 20');
  });

  it('reads a desk opened by "For media enquiries please contact the X Team:"', () => {
    const text = [
      'Hospital trial of a new sepsis test',
      '',
      'The test gave results in forty minutes.',
      '',
      'For media enquiries please contact the Communications Team:',
      'Tel: 0161 555 2201',
      'Email: comms@northmoor.example.nhs.uk',
      '',
      'Main switchboard: 0161 555 0000',
    ].join('\n');
    const c = recordOf(text).contacts;
    expect(c).toHaveLength(1);
    expect(c[0]?.email).toBe('comms@northmoor.example.nhs.uk');
    expect(c[0]?.phone).toBe('0161 555 2201');
  });
});

describe('an author box with an e-mail', () => {
  it('is not a press contact beside the release\'s media contact', () => {
    const text = [
      'Glowing fungi mapped in Tasmanian forests',
      '',
      'The survey found 14 glowing species.',
      '',
      'Written by Clara Finch, Senior Communications Officer, clara.finch@utas.example.au',
      '',
      'Media contact',
      'Noah Baptiste, Media Adviser, +61 3 5555 0144, media@utas.example.au',
    ].join('\n');
    const c = recordOf(text).contacts;
    expect(c.map((x) => x.name)).toEqual(['Noah Baptiste']);
    expect(c[0]?.email).toBe('media@utas.example.au');
  });
});
