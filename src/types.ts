/**
 * The shared shapes of pr2meta: the parsed release, the record it becomes, and the
 * contracts of extractors, emitters and reporters.
 * @packageDocumentation
 */
import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';

/** A 1-based line and column in the decoded input, with its 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Where a value came from: the strategy that found it and the line:column of its evidence. */
export interface Provenance {
  /** `extractor:strategy`, for example `doi:link` or `quotes:said-after`. */
  strategy: string;
  line?: number;
  column?: number;
}

/** A person's name split for citation: given names and family name (particles stay with the family). */
export interface Person {
  given: string | null;
  family: string;
}

/** One research paper the release reports on. */
export interface Article {
  doi: string | null;
  title: string | null;
  authors: Person[];
  journal: string | null;
  volume: string | null;
  issue: string | null;
  pages: string | null;
  year: number | null;
  /** A link to the paper when one is printed (doi.org or the publisher's page). */
  url?: string | null;
}

/** The embargo as printed and as resolved. */
export interface EmbargoDetail {
  /** The embargo line as printed. */
  text: string;
  /** ISO 8601 date-time with offset when the zone is known, else local date-time or date. */
  dateTime: string;
  /** The zone as printed (`ET`, `BST`), or null. */
  zone: string | null;
  /** The resolved UTC offset (`-05:00`), or null when no zone was printed. */
  utcOffset: string | null;
}

/** The release's own facts: headline, date, dateline, embargo. */
export interface ReleaseInfo {
  headline: string | null;
  subheadline: string | null;
  /** `YYYY-MM-DD`. */
  datePublished: string | null;
  /** The place of the dateline as printed, without the date. */
  dateline: string | null;
  /** `YYYY-MM-DDTHH:MM[±HH:MM]` or `YYYY-MM-DD`. */
  embargo: string | null;
  embargoDetail?: EmbargoDetail | null;
}

/** A quoted statement and who made it. */
export interface Quote {
  text: string;
  speaker: string | null;
  role: string | null;
}

/** A media contact: a person or a press desk. */
export interface Contact {
  name: string | null;
  role: string | null;
  organization: string | null;
  email: string | null;
  /** The phone number as printed. */
  phone: string | null;
  /** The phone number in E.164 when the country could be told. */
  phoneE164?: string | null;
}

/** Everything pr2meta extracts from one release, in the shape of the gold files. */
export interface PressRecord {
  source: string | null;
  release: ReleaseInfo;
  articles: Article[];
  quotes: Quote[];
  contacts: Contact[];
  /** JSON path of a value (`articles[0].doi`) → where it came from. */
  provenance: Record<string, Provenance>;
}

/** The input syntaxes pr2meta reads. */
export type InputFormat = 'md' | 'html' | 'txt';

/** The parts a press release has. */
export type SectionKind =
  | 'front'
  | 'label'
  | 'headline'
  | 'subheadline'
  | 'embargo'
  | 'lead'
  | 'body'
  | 'citation'
  | 'boilerplate'
  | 'contacts'
  | 'end';

/** A link found in the release: its text and target. */
export interface Link {
  text: string;
  url: string;
  /** Offset of the link in the decoded input. */
  offset: number;
}

/** One paragraph-level unit of the release, flattened out of the mdast tree. */
export interface Block {
  /** Position in `ReleaseDocument.blocks`. */
  index: number;
  kind: 'heading' | 'paragraph' | 'code' | 'html' | 'tableRow' | 'end';
  /** Heading depth (1-6), else 0. */
  depth: number;
  /** Plain text; soft and hard line breaks kept as `\n`, markup removed. */
  text: string;
  /** Offsets of the block in the decoded input. */
  start: number;
  end: number;
  /** The section the block belongs to. */
  section: SectionKind;
  /** Links inside the block. */
  links: Link[];
  /** Texts set in emphasis or strong inside the block. */
  emphasis: string[];
  /** Nesting depth of block quotes around the block (0 when none). */
  quoteDepth: number;
  /** True when the block is inside a list item. */
  inList: boolean;
  /** The number of the ordered-list item the block opens (an HTML `<ol>` item has no printed number), else absent. */
  ordinal?: number;
  /** The mdast node the block was made from. */
  node: Nodes;
}

/** A run of blocks of one kind, with the label that opened it (`Media contact`). */
export interface Section {
  kind: SectionKind;
  label: string | null;
  blocks: Block[];
}

/** A release parsed once, for every extractor to read. */
export interface ReleaseDocument {
  file: VFile;
  /** The decoded, newline-normalised input text (HTML source for HTML inputs). */
  text: string;
  format: InputFormat;
  tree: Root;
  /** YAML front matter, or HTML `<title>`/`<meta>` values, as key → value. */
  meta: Record<string, string>;
  blocks: Block[];
  sections: Section[];
  /** The line:column of an offset in `text`. */
  pointAt(offset: number): Point;
  /**
   * The offset of `needle` inside `block` in the source text, or the block's start when the
   * source spells it differently (markup, entities).
   */
  locate(block: Block, needle: string): number;
}
