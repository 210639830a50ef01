// Search analytics beacon: tells the server which hit a reader opened, so site owners can see which queries
// lead somewhere. Sends only the query, the hit's position and its id: no cookie, no reader id.
//
// Usage, from the search page, the search dialog or an embedded script, when a hit is opened:
//   import { hitOpened } from '/beacon.js';
//   hitOpened({ query: 'django signals', position: 1, id: 'advanced-topics.md#django-signals' });
//
// navigator.sendBeacon survives the page being left for the hit, and a text/plain body keeps it a simple
// request (no CORS preflight) when the script runs on another origin. The server answers 204 or, when
// analytics are off (serve --no-analytics), 404; either way nothing is shown to the reader.

/** Where the beacon goes: the same origin, or the server the importing script came from. */
const ENDPOINT = new URL('/api/analytics/click', import.meta.url).href;

/**
 * Records that the hit at `position` (1 = first) of the results for `query` was opened.
 * Returns true when the browser queued the beacon; never throws.
 * @param {{query: string, position: number, id: string}} hit
 */
export function hitOpened({ query, position, id }) {
  if (typeof query !== 'string' || !query.trim() || !Number.isInteger(position) || position < 1
      || typeof id !== 'string' || !id) {
    return false;
  }
  const body = JSON.stringify({ query: query.slice(0, 200), position, id: id.slice(0, 300) });
  try {
    if (navigator.sendBeacon) {
      return navigator.sendBeacon(ENDPOINT, new Blob([body], { type: 'text/plain' }));
    }
    fetch(ENDPOINT, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'text/plain' } })
      .catch(() => {});
    return true;
  } catch {
    return false;
  }
}

/**
 * Records the opening of a result element that names its hit ({@code data-hit-id}) and the hit's rank in the
 * answer ({@code data-rank}, 1 = first): the search page's and the dialog's hits carry both.
 */
export function optionOpened(option, query) {
  return hitOpened({ query, position: Number(option.dataset.rank), id: option.dataset.hitId || '' });
}
