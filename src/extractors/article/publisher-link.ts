/**
 * Publisher addresses of a single article that hold no DOI: a ScienceDirect PII page
 * ("sciencedirect.com/science/article/pii/S2589537032000417"), an Oxford Academic article
 * page ("academic.oup.com/cercor/article/41/9/bhab318/7731204") and a Nature Portfolio article page,
 * whose address holds the article's number, not its DOI ("nature.com/articles/s41586-036-01234-5").
 */
const PUBLISHER_ARTICLE = /^https?:\/\/(?:www\.)?(?:sciencedirect\.com\/science\/article\/(?:abs\/)?pii\/S?[\dX]{8,}|academic\.oup\.com\/[a-z][\w-]{1,30}\/article(?:-abstract)?\/(?:[\w.-]+\/){1,5}\d{5,9}|nature\.com\/articles\/(?:s\d{5}-\d{3}-\d{5}-[\dx]|[a-z]{4,8}\d{3,6}))(?:[/?#].*)?$/i;

/**
 * True when `url` is a publisher's page of one article whose address holds no DOI (a
 * ScienceDirect PII page, an Oxford Academic or a nature.com article page), so that a link to it names the
 * reported paper as a DOI link would.
 */
export function isPublisherArticleUrl(url: string): boolean {
  return url.length <= 300 && PUBLISHER_ARTICLE.test(url.trim());
}
