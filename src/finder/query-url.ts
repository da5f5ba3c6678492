/**
 * The finder's query in the page URL (`?q=`), so that a reload, a bookmark or a shared link keeps it.
 * A paste too long for a URL is kept cut to a length every browser and server accepts.
 */

export const queryParam = 'q';
/** The most characters the encoded query may take in the URL. */
export const maxEncodedQueryLength = 1_800;

/** Lone surrogates (from binary garbage, or a cut between a pair) cannot be encoded in a URL. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const encodedLength = (text: string) => new URLSearchParams({ [queryParam]: text }).toString().length - queryParam.length - 1;

/** The longest start of the query whose encoded form fits in the URL. */
export function queryForUrl(query: string): string {
  const wellFormed = query.slice(0, maxEncodedQueryLength + 1).replace(loneSurrogate, '\uFFFD');
  if (encodedLength(wellFormed) <= maxEncodedQueryLength) return wellFormed;
  let low = 0;
  let high = wellFormed.length;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (encodedLength(wellFormed.slice(0, middle).replace(loneSurrogate, '')) <= maxEncodedQueryLength) low = middle;
    else high = middle - 1;
  }
  return wellFormed.slice(0, low).replace(loneSurrogate, '');
}

/** The query a URL's search part carries, or an empty one. */
export function queryFromSearch(search: string): string {
  return new URLSearchParams(search).get(queryParam) ?? '';
}

/** The URL (path, search and hash) with its query set to this one, or without it when the query is blank. */
export function urlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  if (query.trim() === '') url.searchParams.delete(queryParam);
  else url.searchParams.set(queryParam, queryForUrl(query));
  return `${url.pathname}${url.search}${url.hash}`;
}
