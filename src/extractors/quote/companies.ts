/**
 * Company names in a release ("Vexa Therapeutics Inc."): the capitalised word before a
 * corporate word, so a quote credited to the company alone ("said Vexa") is not given a
 * person as its speaker.
 * @packageDocumentation
 */

/** Words that end a company's name. */
const CORPORATE =
  /^(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|LLP|plc|PLC|GmbH|AG|SA|SE|NV|BV|Pharmaceuticals?|Pharma|Therapeutics|Biosciences|Bioscience|Biotech|Biotherapeutics|Biopharma|Technologies|Holdings|Company|Industries|Networks|Diagnostics|Genomics|Medical\s+Devices)\.?$/;

/** A capitalised word followed by another word, overlapping matches allowed, bounded. */
const PAIR = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]{1,40})(?=[ \t\u00a0]{1,3}(\p{Lu}[\p{L}]{0,30}\.?))/gu;

/**
 * What every corporate word that {@link PAIR} can capture starts with, after the space before
 * it: a cheap test that lets a paragraph without one skip the scan.
 */
const CORPORATE_HINT = /[ \t\u00a0](?:Inc|Corp|Ltd|Limited|LL[CP]|plc|PLC|GmbH|AG|S[AE]|[NB]V|Pharma|Therapeutics|Bio|Technologies|Holdings|Company|Industries|Networks|Diagnostics|Genomics)/;

/** The first words of the company names printed in a release, folded to lower case. */
export class CompanyWords {
  private readonly words = new Set<string>();

  /** Adds the company names of one paragraph. */
  addText(text: string): void {
    if (!text || !CORPORATE_HINT.test(text)) return;
    PAIR.lastIndex = 0;
    for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) {
      if (CORPORATE.test(m[2]!)) this.words.add(m[1]!.toLowerCase());
    }
  }

  /** True when `word` opens a company name printed in the release. */
  has(word: string): boolean {
    return this.words.has(word.toLowerCase());
  }
}
