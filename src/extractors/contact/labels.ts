/**
 * The labels of contact text: what opens a contacts block ("Media contact:"), what opens a
 * part that is not a media contact ("Patient inquiries:", "Fax:"), and field labels.
 * @packageDocumentation
 */
import { labelKind } from '../../parse/sections.js';

/**
 * A contact label at the start of a line ("Media contact", "Available for interview", the "About research:" and
 * "About media:" of a list of inquiries, a statistics office's "Information: Name, Office, tel. …" line, a book's "Review copies and interviews" or "Publicity", an Italian "Ufficio stampa" ("Ufficio stampa e comunicazione", or with its university's name after it: "Ufficio Stampa Università di Padova"), a Portuguese "Assessoria de imprensa" (perhaps with its office's name after it: "Assessoria de Imprensa UFRJ") or "Assessoria de Comunicação (do X)", an "Additional information" heading, or "Contactos para a imprensa", a bare Portuguese "Contactos:" or "Contato:", a Dutch "Perskontakt", a Swedish "Kontakt för media", an Austrian "Wissenschaftlicher Kontakt" or a German "Inhaltlicher Kontakt" or "Presse und Kommunikation:" or "Rückfragehinweis", a German "(Für) Rückfragen", a Spanish "Contacto:" or an Italian "Contatti:", a US office's "Source: Name, email" line (only with an email on it), a Quebec office's "Source :" alone on its line (French spacing before the colon), a Czech "Kontakt pro média", a Polish "Kontakt dla mediów", an Icelandic "Nánari/Frekari upplýsingar (veitir)", an "Issued by:" line naming the issuing office or its Swahili "Imetolewa na:", a Swedish "För mer information, kontakta (gärna):", a Dutch "Meer informatie", a Spanish "Más información", a Portuguese "Mais informações", a Lithuanian "Daugiau informacijos" or "Kontaktai žiniasklaidai", a Hungarian "Sajtókapcsolat", "Sajtóinformáció" or "További információ",, a Norwegian "Kontaktpersoner", a Croatian "Kontakt za medije" a French "Renseignements :" or "Demandes des médias" (as Ottawa's office heads its contact), "Personne-ressource (pour les médias) :" or "Relations médias :", a German "Medienanfragen" or "Ansprechpartner(in) für (die) Medien", a Finnish "Lisätietoja" ("Lisätietoja antaa"), an Estonian "Lisainfo", a German "Weitere Auskünfte", a Latvian "Papildu informācija" or "Informāciju sagatavoja", a Catalan "Gabinet de Premsa (de la X)", a Malay "Untuk maklumat lanjut, sila hubungi", a Turkish "Basın İletişim" or "İletişim:", or a bare "For inquiries:"; a bare "Press" heading or "Press:" alone on its line; "For more information please contact the press office:" with the desk it names), followed by a
 * colon, a dash, a tab or the end; a media or press label may name what it is for ("Press enquiries for the podcast:"). A list number or a thread post's counter ("3.", "7/", "7/7") may come first.
 */
const CONTACT_PREFIX =
  /^(?:\d{1,2}(?:[.)]|\/(?:\d{1,2}(?![\d/]))?)\s{1,3})?(?:(?:news\s+media|media|press|news|journalist|reporter)s?\s+(?:contacts?|enquiries|inquiries|relations|office|queries)(?:\s{1,3}(?:for|about|regarding|concerning|on)\s{1,3}(?:the|this|our)\s{1,3}[a-z][a-z-]{1,20}(?:\s{1,3}[a-z][a-z-]{1,20})?(?=\s{0,2}:))?|(?:inquiries|enquiries|queries|questions)\s{1,3}(?:about|regarding|concerning|on|for)\s{1,3}(?:the\s{1,3}|this\s{1,3})?(?:research|study|studies|paper|results?|findings|media|press|reporting|coverage|(?:(?:blog|news)\s{1,3})?(?:post|story|article|report|release|book)(?=\s{0,2}:)|news\s+coverage|interviews?|(?:research|media|press)\s+(?:content|coverage|matters|activities))|(?:research|study)\s+(?:enquiries|inquiries)|(?:about|regarding|concerning)\s{1,3}(?:research|media|press|reporting|coverage|interviews?)(?=\s{0,2}:)|(?:media\s+|press\s+)?contacts?(?:\s+(?:for\s+(?:more|further)\s+information|information|details|person|persons))?|(?:media\s+)?(?:inquiries|enquiries)(?:\s+media)?|for\s+(?:media|press|journalists?|reporters?)\b[^:\n]{0,60}?(?:enquiries|inquiries|information|queries|requests|interviews)(?:,?\s{1,3}(?:please\s{1,3})?contact\s{1,3}(?:the\s{1,3})?[^:\n]{0,50}?\b(?:office|team|desk|unit|relations|communications|newsroom)(?=\s{0,3}:))?|for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact(?:\s{1,3}(?:the|our)\s{1,3}[^:\n]{0,40}?\b(?:office|team|desk|unit|relations|communications|newsroom)(?=\s{0,3}:))?|(?:for|to\s+arrange)\s+(?:an\s+)?interviews?(?:\s+requests?)?|interview\s+requests?|(?:(?:experts?|spokes(?:people|persons?)|researchers?|scientists?)\s+)?available\s+for\s+(?:media\s+)?(?:interviews?|comment)|requests?\s+for\s+interviews?|press\s+office|media\s+(?:and|&)\s+\w{2,20}\s+contacts?|(?:corporate|company|communications?|public\s+(?:relations|affairs)|pr|news\s+office|newsroom)\s+contacts?|(?:scientific|technical|study|research|researchers?|expert|academic)\s+contacts?|(?:wissenschaftliche[rn]?\s+)?ansprechpartner(?:in|innen)?|(?:wissenschaftliche|inhaltliche)[rn]?\s+kontakte?|presse\s+und\s+(?:kommunikation|öffentlichkeitsarbeit)(?=\s{0,2}:)|(?:f(?:ü|ue)r\s+)?r(?:ü|ue)ckfrage(?:hinweise?|n)?|contac?tos?(?=\s{0,2}:)|sources?(?=\s{0,2}:\s{0,3}[A-Z][^:\n@]{1,80}@)|source(?=[ \u00a0\u202f]{1,2}:\s{0,3}$)|contatt[oi](?=\s{0,2}:)|renseignements(?:\s{1,3}(?:aux|pour\s{1,3}les)\s{1,3}m[ée]dias)?(?=\s{0,2}:)|demandes?\s{1,3}(?:des\s{1,3}|de\s{1,3}(?:renseignements\s{1,3}(?:des\s{1,3})?)?)?m[ée]dias|personnes?-ressources?(?:\s{1,3}pour\s{1,3}les\s{1,3}m[ée]dias)?(?=[ \u00a0\u202f]{0,2}:)|relations\s{1,3}(?:avec\s{1,3}les\s{1,3})?m[ée]dias(?=[ \u00a0\u202f]{0,2}:)|medienanfragen|ansprechpartner(?:in)?\s{1,3}f(?:ü|ue)r\s{1,3}(?:die\s{1,3})?(?:medien|presse)|contact\s+(?:for\s+)?(?:journalists|media|the\s+press|press(?=\s{0,2}\/\s{0,2}media\b))(?:\s{0,2}\/\s{0,2}media)?|(?:for\s+)?(?:further|more|additional)\s+information|information(?=\s{0,2}:\s{0,3}[^\s:][^:\n]{0,80}(?:@|\+\d|\btel\b))|(?:presse|pers|medien|medie|media|press)kontakte?|kontakt(?:persone[rn]|\s+za\s+(?:medije|novinare)|\s+f(?:ü|ue)r\s+(?:medien|journalist\w*|die\s+presse)|\s+f(?:ö|oe)r\s+(?:media|pressen?|journalister)|\s+pro\s+(?:m[ée]dia|novin[áa]ře)|\s+dla\s+(?:medi(?:ó|o)w|prasy|dziennikarzy))?|contacts?\s+(?:presse|m[ée]dias?)|contactos?\s+(?:(?:de|para)\s+(?:la\s+|los\s+)?)?(?:prensa|medios)|contac?tos?\s+(?:(?:de|para|com)\s+(?:a\s+)?)?(?:imprensa|m[íi]dia)|contatt[oi]\s+(?:stampa|media)|uffici[oi]\s+stampa(?:\s+e\s+(?:comunicazione|relazioni\s+con\s+i\s+media))?(?:\s+(?:dell['’]\s?|della\s+|del\s+)?(?:Universit[àa]|Ateneo|Politecnico|Istituto|Scuola)(?:\s+(?:di|degli|della|del)\s+|\s+)[A-ZÀ-Ý][^:\n.]{0,40})?|assessoria\s+de\s+(?:imprensa(?:\s+(?:(?:do|da|de)\s+)?[A-ZÀ-Ý][^:\n.]{0,40})?|comunica(?:ç|c)(?:ã|a)o(?:\s+social)?(?:\s+(?:do|da|de)\s+[^:\n]{1,40})?)|perscontact|persvoorlichting|daugiau\s+informacijos|meer\s+informatie|m(?:á|a)s\s+informaci(?:ó|o)n|mais\s+informa(?:ç|c)(?:õ|o)es|(?:n(?:á|a)nari|frekari)\s+uppl(?:ý|y)singar(?:\s+veit(?:a|ir))?|issued\s+by(?=\s{0,2}:)|imetolewa\s+na(?=\s{0,2}:)|f(?:ö|oe)r\s+mer\s+information,?\s+kontakta(?:\s+g(?:ä|a)rna)?(?=\s{0,2}:)|(?:kontaktai|informacija)\s+(?:ž|z)iniasklaidai|sajt(?:ó|o)(?:kapcsolat|inform(?:á|a)ci(?:ó|o))|lis(?:ä|a)tietoja(?:\s+antaa|\s+antavat)?|lisainfo(?:rmatsioon)?|weitere\s+ausk(?:ü|ue|u)nfte|papildu\s+inform(?:ā|a)cija|inform(?:ā|a)ciju\s+sagatavoja|gabinet\s+de\s+premsa(?:\s+de\s+la\s+[^:\n]{1,30})?|untuk\s+(?:maklumat|keterangan)\s+lanjut(?:,?\s+sila\s+hubungi)?|bas(?:ı|i)n\s+(?:i|İ)leti(?:ş|s)im(?:i)?|(?:i|İ)leti(?:ş|s)im(?=\s{0,2}:)|for\s+(?:inquiries|enquiries)(?=\s{0,2}:)|tov(?:á|a)bbi\s+inform(?:á|a)ci(?:ó|o)|press(?=\s{0,2}:?\s{0,2}$)|(?:requests?\s+for\s+)?review\s+copies(?:\s+(?:and|&)\s+interviews?)?|(?:book\s+)?publicity(?:\s+(?:contacts?|enquiries|inquiries))?|[^:\n]{0,60}\bcontact(?:s|\s+persons?)?(?=\s*:\s*$))\s*(?::|\s[-–—]\s|\t|$|\s{0,2}\/\s{0,2}(?=[^\s\/]))/i;

/**
 * Text before a colon that opens something other than a media contact: a fax, a hotline, a social-media handle,
 * or a video-call handle or room ("Teams:", "Zoom personal room:", "Skype:"), whose ID is no phone and whose text is no name.
 */
const EXCLUDED =
  /^(?:for\s+)?(?:the\s+)?(?:(?:investors?|ir|shareholders?|analysts?)(?![^:\n]{0,40}\b(?:media|press|news|journalists?|reporters?)\b)(?:\s+(?:relations|inquiries|enquiries))?|consumers?|patients?|caregivers?|families|(?:general\s+)?public(?!\s+(?:relations|affairs)\b)|customers?|readers?|parents?|enrol\w*|licensing|business\s+development|partnering|trial\s+(?:enrol\w*|information|recruitment|sites?)|study\s+(?:enrol\w*|recruitment)|clinical\s+trials?\b|recruitment|help\s*line|hot\s*line|out[\s-]+of[\s-]+(?:hours|office)|after[\s-]+hours|appointments?|donations?|(?:main\s+|central\s+)?switchboard|general\s+(?:enquiries|inquiries|information|contact)|reception|fax|facsimile|f|twitter|x|facebook|instagram|linkedin|bluesky|mastodon|youtube|web(?:site)?|url|online|follow\s+us|(?:microsoft\s+)?teams|zoom|skype|webex|google\s+meet)\b[^:\n]{0,60}$/i;

/** Text before a colon that opens a part for patients, consumers, enrolment or licensing: it ends a contacts block. */
const EXCLUDED_PART =
  /^(?:for\s+)?(?:the\s+)?(?:(?:investors?|ir|shareholders?|analysts?)(?![^:\n]{0,40}\b(?:media|press|news|journalists?|reporters?)\b)(?:\s+(?:relations|inquiries|enquiries))?|consumers?|patients?|caregivers?|families|(?:general\s+)?public(?!\s+(?:relations|affairs)\b)|customers?|readers?|parents?|enrol\w*|licensing|business\s+development|partnering|trial\s+(?:enrol\w*|information|recruitment|sites?)|study\s+(?:enrol\w*|recruitment)|clinical\s+trials?\b|recruitment|help\s*line|hot\s*line|appointments?|donations?)\b[^:\n]{0,60}$/i;

/** A label that names a field of a contact ("Email", "t", "Tel.", "Mobile", "Pager", "Móvil", "Celular", "Teléfono", "Correo", "携帯", the Scandinavian "E-post" and "Telefon", the Turkish "E-posta", the Portuguese "Telefone", the Icelandic "Netfang" and "Sími", "GSM", the Swahili "Barua pepe" and "Simu", the Latvian "Tālr." and "E-pasts"). */
const FIELD =
  /^(?:e-?mail|e-?posta?|telefone?|netfang|s[íi]mi|gsm|barua\s+pepe|simu|t(?:ā|a)lr\.?|e-?pasts|mail|e|t|tel\.?|telephone|phone|ph|p|m|mob\.?|mobile|cell(?:phone)?|mobil|handy|whats\s?app|signal|t[ée]l\.?|t[ée]l[ée]phone|office|pager|pgr|beeper|direct(?:\s+line)?|work|desk|main|w|media|m[óo]vil|celular|tel[ée]fono|correo(?:\s+electr[óo]nico)?|cellulare|cel\.?|telem[óo]vel|携帯(?:電話)?|電話|휴대폰|핸드폰)$/iu;

/**
 * The first letter of every label the section parser reads as contacts (its `CONTACTS_LABEL`
 * opens with "media", "press", "news", "contact" or "for", matched ASCII-case-insensitively):
 * a cheap test before `labelKind`, which most lines fail.
 */
export const CONTACTS_LABEL_START = /^[mpncf]/i;

/** True when `line` opens a contacts block: a label the section parser knows or "Contact: …". */
export function isContactLabel(line: string): boolean {
  const l = line.replace(/^[#*_>\s]+/, '').trim();
  if (l.length <= 140 && CONTACTS_LABEL_START.test(l) && labelKind(l) === 'contacts') return true;
  return prefixLength(l) > 0;
}

/**
 * The length of the contact label that opens `text`, or 0. A label in two languages
 * ("Contacto de prensa / Press contact:") counts only when both halves are labels.
 */
function prefixLength(text: string): number {
  const m = CONTACT_PREFIX.exec(text);
  if (!m) return 0;
  if (!m[0].trimEnd().endsWith('/')) return m[0].length;
  const second = CONTACT_PREFIX.exec(text.slice(m[0].length));
  return second && !second[0].trimEnd().endsWith('/') ? m[0].length + second[0].length : 0;
}

/** The length of the contact label that starts `line`, so the rest can be read ("Contact: Jane Doe"). */
export function contactLabelLength(line: string): number {
  const lead = /^[#*_>\s]+/.exec(line)?.[0].length ?? 0;
  const n = prefixLength(line.slice(lead));
  if (n > 0) return lead + n;
  return line.length <= 140 && labelKind(line) === 'contacts' ? line.length : 0;
}

/** True when `label` (text before a colon, or a short line) opens a part that is not a media contact. */
export const isExcludedLabel = (label: string): boolean => EXCLUDED.test(label.replace(/^[#*_\s]+|[*_\s:]+$/g, ''));

/** True when `label` opens a part for patients, consumers or enrolment, which ends a contacts block. */
export const isExcludedPart = (label: string): boolean => EXCLUDED_PART.test(label.replace(/^[#*_\s]+|[*_\s:]+$/g, ''));

/** True when `label` names a field of a contact ("Email", "Tel."). */
export const isFieldLabel = (label: string): boolean => FIELD.test(label.trim());

/** Words before a phone that make it a fax, a hotline or an after-hours line ("Tel./Fax" is a phone that also takes faxes). */
export const NOT_A_CONTACT_PHONE =
  /\b(?:(?<!\b(?:tel|telephone|phone|ph)\.?\s{0,2}(?:[/&+]|and)\s{0,2})(?:fax|facsimile)|switchboard|help\s*line|hot\s*line|toll[\s-]free|free\s*phone|out[\s-]+of[\s-]+hours|after[\s-]+hours|outside\s+(?:of\s+)?(?:office|business|working)\s+hours|consumers?|patients?|enrol\w*|appointments?)\b|\bf\s*[:.]\s*$/i;

/** The words of an out-of-hours line ("Out of hours", "After-hours", "Outside office hours"). */
export const OUT_OF_HOURS_WORDS = /^(?:out[\s-]+of[\s-]+(?:hours|office)|after[\s-]+hours|outside\s+(?:of\s+)?(?:office|business|working)\s+hours)\b/i;

/**
 * A label for a desk's spare line that is not read as the out-of-hours words at its start: out-of-hours words
 * later in it ("Duty press officer (out of hours):", "Press office, after hours:") or a duty or on-call line
 * ("24-hour duty line:", "On-call phone:"). Its number is the desk's spare, as "Out of hours:" gives.
 */
export const SPARE_LINE_LABEL =
  /\b(?:out[\s-]+of[\s-]+hours|after[\s-]+hours|outside\s+(?:of\s+)?(?:office|business|working)\s+hours)\b|^\W{0,3}(?:24[\s-]*(?:hour|hr|h)\s+)?(?:duty|on[\s-]call)\s+(?:line|phone|number|mobile|telephone)\b/i;

/** Words after a phone that make it a fax ("555-0100 (fax)"); "Fax:" before a number labels that next number ("TEL: 052-555-2016  FAX: 052-555-2020"). */
export const FAX_AFTER = /^\s*[(\[]?\s*(?:fax|facsimile)\b(?!\s{0,3}[:.]?\s{0,3}[+(]?\d)/i;

/** A sentence offering someone as a contact: "please contact", "may contact", "To contact", "register with the press office", "questions about this post go to", "can message the press officer, X, on WhatsApp at …" ("message" and "text" offer one only before a person or a desk: see `contactWindows`). */
export const CONTACT_TRIGGER = /(?<!\b(?:in|close|skin|eye|physical|direct|social|no|of|with)\s)\bcontact(?:ing)?\b(?!\s+(?:with|lens|lenses|tracing|sports?|dermatitis|details\s+for)\b)|\breach(?:ed)?\b|\bcall\b|\b(?:directed|addressed|sent|forwarded)\s+to\b|(?<=\b(?:queries|questions|enquiries|inquiries|requests)\s(?:\S{1,20}\s){0,6}?(?:should\s|can\s|may\s)?)go\s+to\b|\barranged?\s+(?:through|via|with)\b|\be-?mail\b|\bwrite\s+to\b|\b(?:register|rsvp)\s+(?:with|to)\b|\b(?:message|text)\b/giu;

/** Words that make a sentence about the press: only then do "call" and "reach" offer a contact. */
export const MEDIA_WORDS = /\b(?:journalists?|reporters?|media|press|interviews?|editors?|newsrooms?|embargoed|copies\s+of)\b/i;

/** Words that make a sentence about patients, consumers, enrolment or licensing ("Companies interested in licensing … can contact …") rather than the press. */
export const NOT_MEDIA_WORDS =
  /\b(?:patients?|consumers?|enrol\w*|enroll|particip\w*|eligib\w*|volunteers?|help\s*line|hot\s*line|appointments?|caregivers?|the\s+public|toll[\s-]free|donat\w*|recruit\w*|licensing|business\s+development|partnering)\b/i;

/**
 * Words that open a sentence about the out-of-hours line ("Out of hours, please call the press
 * mobile: …", "Outside office hours, call …"): the same desk's second number, not a contact of its own.
 */
export const OUT_OF_HOURS = /^\W{0,3}(?:out[\s-]+of[\s-]+(?:hours|office)|after[\s-]+hours|outside\s+(?:of\s+)?(?:office|business|working)\s+hours|(?:in\s+the\s+)?evenings?\s+(?:and|or|&)\s+(?:at\s+)?weekends?|at\s+weekends?)\b/i;
