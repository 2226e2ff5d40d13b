import { describe, expect, it } from 'vitest';
import { findEmails } from '../src/extractors/contact/emails.js';
import { contactsOf } from './support/invented.js';

const head = 'Thread: our survey of night-flying moths is out today\n\nPosted on 4 April 2031\n\n1/ Our paper is out today and it shows that moths steer by the stars on moonless nights.\n\n';

describe('contacts: social-media threads pasted as text', () => {
  it('reads a contact line behind a post counter ("7/ Press enquiries: …")', () => {
    const text = `${head}7/ Press enquiries: Fenwick University press office, press@fenwick.example, +44 1632 960 412\n`;
    expect(contactsOf(text, 'txt')).toEqual([[null, 'press@fenwick.example', '+44 1632 960 412']]);
  });

  it('reads a counter with the thread length ("6/6 Media contact: …")', () => {
    const text = `${head}6/6 Media contact: Oona Pettersen, oona.pettersen@fenwick.example\n`;
    expect(contactsOf(text, 'txt')).toEqual([['Oona Pettersen', 'oona.pettersen@fenwick.example', null]]);
  });

  it('reads no address from "follow us at @handle" after the contact', () => {
    const text = `${head}7/ Press enquiries: Fenwick University press office, press@fenwick.example, +44 1632 960 412. Follow us at @moth-lab.bsky.social for more.\n`;
    expect(contactsOf(text, 'txt')).toEqual([[null, 'press@fenwick.example', '+44 1632 960 412']]);
  });

  it('reads no address from a handle after "on" or "via", but still one spaced around its @', () => {
    expect(findEmails('Find the lab on @mothlab.mastodon.example or via @mothlab.bsky.social.').map((e) => e.email)).toEqual([]);
    expect(findEmails('Write to oona.pettersen @fenwick.example today.').map((e) => e.email)).toEqual(['oona.pettersen@fenwick.example']);
  });
});
