// What the search page and the search dialog share: building DOM without innerHTML, the API's marked HTML
// reduced to text and <mark>, hit links, counts in words, recent searches and help for a search that found
// nothing. No page-specific assumptions: every URL is built from a base the caller gives ('' on docsift).

/** An element with attributes (null and false ones left out) and children (null ones left out). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

const parser = new DOMParser();

/** The API's pre-escaped HTML as DOM nodes, keeping only text and <mark> (defence in depth). */
export function marked(html) {
  const fragment = document.createDocumentFragment();
  if (html) copyMarked(parser.parseFromString(`<!doctype html><body>${html}`, 'text/html').body, fragment);
  return fragment;
}

function copyMarked(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const target = node.localName === 'mark' ? to.appendChild(document.createElement('mark')) : to;
      copyMarked(node, target);
    }
  }
}

/** "1 hit", "2 hits", "1,024 sections": a count with its noun in the right number. */
export function plural(count, one, many = `${one}s`) {
  return `${Number(count).toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * The hit's page with the query, so the article page can mark its words: base + /articles/id?q=...#anchor,
 * plus code=N for a code hit (its N-th block in the section), which the page lands on.
 */
export function hitHref(base, hit, q) {
  const live = siteHref(hit, q);
  if (live) return live;
  const url = typeof hit.url === 'string' && hit.url.startsWith('/') && !hit.url.startsWith('//') ? hit.url : '/';
  const hash = url.indexOf('#');
  const [page, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  const params = new URLSearchParams({ q: q.trim() });
  const code = hit.kind === 'code' && /\/code\/(\d+)$/.exec(hit.id || '');
  if (code) params.set('code', code[1]);
  return `${base}${page}?${params.toString().replace(/\+/g, '%20')}${fragment}`;
}

/** The query parameters a live-site page that includes docsift's embed script marks the words of. */
export const LANDING_QUERY = 'docsift-q';
export const LANDING_ARTICLE = 'docsift-article';

/**
 * The hit's section on the live documentation site (the API's siteUrl, given when the site settings name the
 * site's base URL), with the query and article for the embed script to mark there; null without one.
 */
function siteHref(hit, q) {
  if (typeof hit.siteUrl !== 'string' || !/^https?:\/\//i.test(hit.siteUrl)) return null;
  const url = new URL(hit.siteUrl);
  url.searchParams.set(LANDING_QUERY, q.trim());
  url.searchParams.set(LANDING_ARTICLE, hit.article || '');
  return url.href;
}

/** Code lines without the indentation they share, so an excerpt from a nested block starts at the left. */
export function dedent(code) {
  const lines = code.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length));
  return Number.isFinite(indent) ? lines.map((line) => line.slice(indent)).join('\n') : lines.join('\n');
}

/**
 * Where the hit is: its article's folder (versioned docs repeat a title in every version), title and headings;
 * a page whose H1 is its title names it once. {@code withTitle} false leaves the folder and title out.
 */
export function crumbTexts(hit, withTitle = true) {
  const article = typeof hit.article === 'string' ? hit.article : '';
  const folder = article.includes('/') ? article.slice(0, article.lastIndexOf('/')) : null;
  const head = withTitle ? [folder, hit.title] : [hit.title];
  const texts = [...head, ...(hit.path || [])].filter(Boolean)
    .map((text) => text.replace(/:\s*$/, ''))
    .filter((text, i, all) => i === 0 || text !== all[i - 1]);
  return withTitle ? texts : texts.slice(1);
}

/** The hit's heading, marked; a heading with no words ("##" alone) would leave nothing to read or click. */
export function headingElement(hit) {
  if (!(hit.heading || '').trim()) return h('span', { class: 'hit-heading untitled' }, 'Untitled section');
  return h('span', { class: 'hit-heading' }, hit.headingHtml ? marked(hit.headingHtml) : hit.heading);
}

/** GET a JSON answer of the API; throws an Error with the API's message when it fails. */
export async function fetchJson(url, signal) {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok || !body) throw new Error(body?.message || `The server answered with status ${response.status}.`);
  return { body, response };
}

/** The search URL for a query, with extra parameters. */
export function searchUrl(base, q, extra = {}) {
  return `${base}/search?${new URLSearchParams({ q, ...extra })}`;
}

// ---- recent searches, kept in this browser only ----

const RECENT_KEY = 'docsift.recent';
const RECENT_MAX = 6;

/** Recent searches, newest first; an empty list when storage is off or holds something else. */
export function recentSearches() {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) || '[]');
    return Array.isArray(list) ? list.filter((q) => typeof q === 'string' && q.trim()).slice(0, RECENT_MAX) : [];
  } catch {
    return [];
  }
}

function storeRecent(list) {
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
  } catch {
    // Private windows may refuse storage: recent searches are a convenience.
  }
}

/** Puts a search first in the recent list (once). */
export function rememberSearch(q) {
  const query = q.trim();
  if (query) storeRecent([query, ...recentSearches().filter((other) => other !== query)]);
}

/** Takes a search out of the recent list. */
export function forgetSearch(q) {
  storeRecent(recentSearches().filter((other) => other !== q));
}

// ---- help when nothing is found ----

/** The words of a query a reader could leave out: plain words and phrases, not operators. */
function droppableParts(q) {
  return (q.match(/"[^"]*"?|\S+/g) || []).filter((part) => !/^(OR|AND|NOT|\|)$/.test(part));
}

/**
 * The query without its least useful word: of the queries with one word left out, the one that finds the most
 * (null when none finds anything, or the query has one word). One small search per word, in parallel.
 */
export async function withoutLeastUsefulWord(base, q, extra = {}) {
  const parts = droppableParts(q);
  if (parts.length < 2 || parts.length > 8) return null;
  const tries = parts.map((_, i) => parts.filter((__, j) => j !== i).join(' '));
  const totals = await Promise.all(tries.map(async (query) => {
    try {
      return (await fetchJson(searchUrl(base, query, { ...extra, limit: 1 }))).body.total;
    } catch {
      return 0;
    }
  }));
  const best = totals.indexOf(Math.max(...totals));
  return totals[best] > 0 ? { query: tries[best], total: totals[best] } : null;
}
