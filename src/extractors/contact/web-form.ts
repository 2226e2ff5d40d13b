/**
 * A press contact reached only through a web form: "For media enquiries, contact Jo Ames in
 * the press office through the online enquiry form at https://…". The person is offered
 * though the release prints no email or phone for them.
 * @packageDocumentation
 */

/** A form named as the way to reach someone: "web form", "online enquiry form", "the form at https://…". */
const FORM_WORDS = /\b(?:(?:web|online|contact|enquiry|inquiry|request|media|press)[\s-]{1,3}(?:(?:enquiry|inquiry|request|contact)[\s-]{1,3})?form|form\s{1,3}(?:at|on)\s{1,3}(?:https?:\/\/|www\.))/i;

/** A web address: the form the words name has to be printed. */
const WEB_ADDRESS = /(?:https?:\/\/|\bwww\.)[^\s<>"]{3,}/i;

/**
 * True when `text` (the part of a contact sentence after its trigger) offers its person through
 * a web form whose address it prints. A sentence naming a form without an address is not enough.
 */
export function offersWebForm(text: string): boolean {
  return FORM_WORDS.test(text) && WEB_ADDRESS.test(text);
}
