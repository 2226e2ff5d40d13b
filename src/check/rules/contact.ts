/**
 * Rules on media contacts: none given, and malformed email addresses and phone numbers.
 * @packageDocumentation
 */
import type { Rule } from '../rule.js';
import { excerpt, provenancePlace } from '../locate.js';
import { emailProblem, hasLabelledPhone, phoneProblem, printedEmails, printedPhones } from '../facts/contacts.js';

/** `contact-missing`: the release names no media contact. */
export const contactMissing: Rule = {
  id: 'contact-missing',
  severity: 'warn',
  doc: 'The release gives no media contact (no contacts section, email or phone).',
  check(ctx) {
    if (ctx.record.contacts.length) return;
    // A contacts section with more than its label, an email, or a phone after a contact word.
    if (ctx.doc.sections.some((s) => s.kind === 'contacts' && (s.blocks.length > 1 || /[@\d]/.test(s.blocks[0]?.text ?? '')))) return;
    if (printedEmails(ctx.doc).length || printedPhones(ctx.doc).length || hasLabelledPhone(ctx.doc)) return;
    const end = ctx.doc.blocks.find((b) => b.kind === 'end') ?? ctx.doc.blocks[ctx.doc.blocks.length - 1];
    ctx.report('Missing media contact, expected a "Media contact" section with a name, email or phone', end?.start ?? 0);
  },
};

/** `contact-email-malformed`: an email address that cannot be delivered to. */
export const contactEmailMalformed: Rule = {
  id: 'contact-email-malformed',
  severity: 'error',
  doc: 'A printed email address is malformed (no top-level domain, double @, stray dots or characters).',
  check(ctx) {
    const seen = new Set<string>();
    for (const e of printedEmails(ctx.doc)) {
      seen.add(e.value.toLowerCase());
      if (e.problem) ctx.report(`Malformed email "${excerpt(e.value, 80)}": ${e.problem}, expected name@domain.tld`, e.offset);
    }
    ctx.record.contacts.forEach((c, i) => {
      if (!c.email || seen.has(c.email.toLowerCase())) return;
      const problem = emailProblem(c.email);
      if (problem) ctx.report(`Malformed email "${excerpt(c.email, 80)}": ${problem}, expected name@domain.tld`, provenancePlace(ctx.record, `contacts[${i}].email`));
    });
  },
};

/** `contact-phone-malformed`: a phone number that cannot be dialled as printed. */
export const contactPhoneMalformed: Rule = {
  id: 'contact-phone-malformed',
  severity: 'error',
  doc: 'A printed contact phone number is malformed (wrong length for its country code, unpaired parentheses).',
  check(ctx) {
    const seen = new Set<string>();
    for (const p of printedPhones(ctx.doc)) {
      seen.add(p.value.replace(/\D/g, ''));
      if (p.problem) ctx.report(`Malformed phone number "${excerpt(p.value, 80)}": ${p.problem}, expected a number such as +1 202 555 0143`, p.offset);
    }
    ctx.record.contacts.forEach((c, i) => {
      if (!c.phone || seen.has(c.phone.replace(/\D/g, ''))) return;
      const problem = phoneProblem(c.phone);
      if (problem) ctx.report(`Malformed phone number "${excerpt(c.phone, 80)}": ${problem}, expected a number such as +1 202 555 0143`, provenancePlace(ctx.record, `contacts[${i}].phone`));
    });
  },
};
