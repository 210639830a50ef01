// The search page: searches as you type, keeps the search in the URL, moves through hits with the keyboard.
// No framework and no innerHTML: text goes in with textContent, and the API's highlighted HTML passes
// through marked(), which keeps nothing but text and <mark>.

const DEBOUNCE_MS = 120;
const PAGE_SIZE = 10;
const MAX_QUERY = 1000;
const KINDS = [['section', 'Sections'], ['code', 'Code'], ['usecase', 'Use cases']];

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), input: $('q'), toolbar: $('toolbar'), status: $('status'),
  suggestion: $('suggestion'), suggestionButton: $('suggestion-button'), kindChips: $('kind-chips'),
  topicChips: $('topic-chips'), folderChips: $('folder-chips'), results: $('results'), more: $('more'),
  moreButton: $('more-button'), empty: $('empty'), emptyQuery: $('empty-query'), emptyFilters: $('empty-filters'),
  error: $('error'), errorText: $('error-text'), intro: $('intro'), articles: $('articles'),
};

const state = { q: '', topic: null, folder: null, kind: 'section', hits: [], total: 0, active: -1 };
let debounce = 0;
let inflight = null;
let generation = 0;

// ---- DOM helpers ----

function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value != null && value !== false) node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children.filter((c) => c != null));
  return node;
}

const parser = new DOMParser();

/** The API's pre-escaped HTML as DOM nodes, keeping only text and <mark> (defence in depth). */
function marked(html) {
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

// ---- URL and history ----

function readUrl() {
  const params = new URLSearchParams(location.search);
  const kind = params.get('kind');
  state.q = (params.get('q') || '').slice(0, MAX_QUERY);
  state.topic = params.get('topic') || null;
  state.folder = params.get('folder') || null;
  state.kind = KINDS.some(([value]) => value === kind) ? kind : 'section';
}

function urlOf() {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q);
  if (state.topic) params.set('topic', state.topic);
  if (state.folder) params.set('folder', state.folder);
  if (state.kind !== 'section') params.set('kind', state.kind);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** While typing, one history entry follows the box; the first keystroke after a committed search adds it. */
function recordTyping() {
  const url = urlOf();
  if (url === location.pathname + location.search) return;
  if (history.state?.committed) history.pushState({ committed: false }, '', url);
  else history.replaceState({ committed: false }, '', url);
}

/** A committed search (Enter, chip, suggestion) gets its own entry, so Back returns to the previous one. */
function recordCommit() {
  const url = urlOf();
  if (url === location.pathname + location.search) {
    history.replaceState({ committed: true }, '', url);
  } else {
    history.replaceState({ committed: true }, '');
    history.pushState({ committed: true }, '', url);
  }
}

// ---- searching ----

function schedule() {
  clearTimeout(debounce);
  debounce = setTimeout(() => search(false), DEBOUNCE_MS);
}

async function search(append) {
  clearTimeout(debounce);
  inflight?.abort();
  const q = state.q.trim();
  document.title = q ? `${q} · docsift` : 'docsift · search the articles';
  if (!q) {
    showOnly(ui.intro);
    return;
  }
  const mine = ++generation;
  inflight = new AbortController();
  const params = new URLSearchParams({ q, limit: PAGE_SIZE, offset: append ? state.hits.length : 0, kind: state.kind });
  if (state.topic) params.set('topic', state.topic);
  if (state.folder) params.set('folder', state.folder);
  setLoading(true);
  try {
    const response = await fetch(`/search?${params}`, { signal: inflight.signal, headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (mine !== generation) return;
    if (!response.ok || !body) throw new Error(body?.message || `The server answered with status ${response.status}.`);
    render(body, append);
  } catch (error) {
    if (error.name === 'AbortError' || mine !== generation) return;
    showError(error instanceof TypeError ? 'Could not reach the server. Check the connection and try again.' : error.message);
  } finally {
    if (mine === generation) setLoading(false);
  }
}

function setLoading(loading) {
  ui.form.classList.toggle('loading', loading);
  ui.results.setAttribute('aria-busy', String(loading));
}

// ---- rendering ----

function showOnly(...visible) {
  for (const part of [ui.intro, ui.toolbar, ui.empty, ui.error, ui.more]) part.hidden = !visible.includes(part);
  if (!visible.includes(ui.results)) {
    ui.results.replaceChildren();
    delete ui.results.dataset.query;
    state.hits = [];
    setActive(-1);
  }
  ui.input.setAttribute('aria-expanded', String(ui.results.childElementCount > 0));
}

function render(body, append) {
  state.total = body.total;
  if (!append) {
    ui.results.replaceChildren();
    state.hits = [];
    setActive(-1);
  }
  body.hits.forEach((hit) => ui.results.append(hitElement(hit, state.hits.push(hit) - 1)));
  renderStatus(body);
  renderSuggestion(body.suggestion);
  renderFacets(body.facets || {});
  const parts = [ui.toolbar, ui.results];
  if (state.hits.length === 0) {
    ui.emptyQuery.textContent = state.q.trim();
    ui.emptyFilters.hidden = !state.topic && !state.folder && state.kind === 'section';
    parts.push(ui.empty);
  }
  if (state.hits.length < state.total) parts.push(ui.more);
  showOnly(...parts);
  ui.results.dataset.query = body.query;
}

function renderStatus(body) {
  const count = body.total === 1 ? '1 result' : `${body.total.toLocaleString('en')} results`;
  const ms = body.tookMs < 1 ? '<1' : Math.round(body.tookMs);
  const partial = body.timedOut ? ' (time limit reached; results may be incomplete)' : '';
  ui.status.textContent = `${count} · ${ms} ms${partial}`;
}

function renderSuggestion(suggestion) {
  ui.suggestion.hidden = !suggestion;
  ui.suggestionButton.textContent = suggestion || '';
}

/**
 * Topic and folder chips shown before "more": a large corpus has dozens of topics per query, and 25 chips in
 * seven rows pushed the first hit below the fold.
 */
const CHIPS_SHOWN = 8;
/** The query whose topic (or folder) chips were all shown: a new query starts short again. */
const expandedFor = { topic: null, folder: null };

function renderFacets(facets) {
  const kinds = facets.kind || {};
  ui.kindChips.replaceChildren(...KINDS.map(([value, label]) =>
    chip(label, kinds[value] ?? 0, state.kind === value, () => state.kind = value)));
  // Folders are a site's versions or parts ("current/v25.4"): worth chips once the hits come from two or more.
  const folders = Object.entries(facets.folder || {});
  const showFolders = folders.length > 1 || state.folder != null;
  ui.folderChips.replaceChildren(...(showFolders
    ? valueChips('folder', folders, 'All folders', (folder) => (folder === '.' ? 'Top folder' : folder), facets)
    : []));
  // Topics are the top-level headings of one article; across a site's folders they are every page's "Examples"
  // and "See also", so they wait until a folder is chosen (or a topic already is).
  const showTopics = !showFolders || state.folder != null || state.topic != null;
  ui.topicChips.replaceChildren(...(showTopics
    ? valueChips('topic', Object.entries(facets.topic || {}), 'All topics', (topic) => topic, facets)
    : []));
}

/** The chips of one facet ('topic' or 'folder'): "All", the first values, the chosen one, and "N more". */
function valueChips(facet, entries, allLabel, labelOf, facets) {
  if (state[facet] && !entries.some(([value]) => value === state[facet])) entries.push([state[facet], 0]);
  const expanded = expandedFor[facet] === state.q;
  const hidden = expanded ? [] : entries.slice(CHIPS_SHOWN).filter(([value]) => value !== state[facet]);
  const shown = entries.filter((entry) => !hidden.includes(entry));
  const chips = [chip(allLabel, null, !state[facet], () => state[facet] = null),
    ...shown.map(([value, count]) =>
      chip(labelOf(value), count, state[facet] === value, () => state[facet] = state[facet] === value ? null : value))];
  if (hidden.length) chips.push(moreChipsButton(facet, hidden.length, facets));
  return chips;
}

/** Shows a facet's other chips in place, without searching again. */
function moreChipsButton(facet, count, facets) {
  const button = h('button', { type: 'button', class: 'chip chip-more' },
    `${count.toLocaleString('en')} more`);
  button.addEventListener('click', () => {
    expandedFor[facet] = state.q;
    renderFacets(facets);
    const group = facet === 'folder' ? ui.folderChips : ui.topicChips;
    group.querySelectorAll('.chip')[CHIPS_SHOWN + 1]?.focus();
  });
  return button;
}

function chip(label, count, pressed, apply) {
  const button = h('button', { type: 'button', class: 'chip', 'aria-pressed': String(pressed) }, label,
    count == null ? null : h('span', { class: 'chip-count' }, count.toLocaleString('en')));
  button.addEventListener('click', () => {
    apply();
    recordCommit();
    search(false);
  });
  return button;
}

function hitElement(hit, index) {
  const link = h('a', { class: 'hit-link', href: hitHref(hit), tabindex: '-1' },
    h('span', { class: 'hit-crumbs' }, ...crumbs(hit)),
    h('span', { class: 'hit-title' }, headingElement(hit), ...badges(hit)),
    hit.snippet ? h('span', { class: 'hit-snippet' }, marked(hit.snippet)) : null,
    hit.code ? h('pre', { class: 'hit-code', 'data-language': hit.language || null }, h('code', {}, marked(dedent(hit.code)))) : null,
    useCases(hit.useCases));
  const option = h('li', { class: 'hit', role: 'option', id: `hit-${index}`, 'aria-selected': 'false' }, link);
  option.addEventListener('mousemove', () => state.active !== index && setActive(index, false));
  return option;
}

/** The hit's heading, marked; a heading with no words ("##" alone) would leave nothing to read or click. */
function headingElement(hit) {
  if (!(hit.heading || '').trim()) return h('span', { class: 'hit-heading untitled' }, 'Untitled section');
  return h('span', { class: 'hit-heading' }, hit.headingHtml ? marked(hit.headingHtml) : hit.heading);
}

/** The hit's page with the query, so the article page can mark the words: /articles/id?q=...#anchor. */
function hitHref(hit) {
  const url = typeof hit.url === 'string' && hit.url.startsWith('/') && !hit.url.startsWith('//') ? hit.url : '/';
  const hash = url.indexOf('#');
  const [page, fragment] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
  return `${page}?q=${encodeURIComponent(state.q.trim())}${fragment}`;
}

/** Code lines without the indentation they share, so an excerpt from a nested block starts at the left. */
function dedent(code) {
  const lines = code.replace(/^\s*\n|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => line.match(/^[ \t]*/)[0].length));
  return Number.isFinite(indent) ? lines.map((line) => line.slice(indent)).join('\n') : lines.join('\n');
}

/**
 * Where the hit is: its article's folder (versioned docs repeat a title in every version), title and headings;
 * a page whose H1 is its title names it once.
 */
function crumbs(hit) {
  const article = typeof hit.article === 'string' ? hit.article : '';
  const folder = article.includes('/') ? article.slice(0, article.lastIndexOf('/')) : null;
  return [folder, hit.title, ...(hit.path || [])].filter(Boolean)
    .map((text) => text.replace(/:\s*$/, ''))
    .filter((text, i, all) => i === 0 || text !== all[i - 1])
    .map((text) => h('span', { class: 'crumb' }, text));
}

function badges(hit) {
  const list = [];
  if (hit.kind === 'code') list.push(h('span', { class: 'badge' }, hit.language || 'code'));
  if (hit.kind === 'usecase') list.push(h('span', { class: 'badge' }, 'use case'));
  if (hit.weak) list.push(h('span', { class: 'badge weak', title: 'Matches only part of the query' }, 'partial match'));
  return list;
}

function useCases(items) {
  if (!items || items.length === 0) return null;
  return h('ul', { class: 'hit-usecases', 'aria-label': 'Matching use cases' },
    ...items.slice(0, 3).map((item) => h('li', {}, marked(item))));
}

function showError(message) {
  ui.errorText.textContent = message;
  showOnly(ui.error);
}

// ---- keyboard and selection ----

function setActive(index, scroll = true) {
  ui.results.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
  state.active = index;
  const option = index >= 0 ? $(`hit-${index}`) : null;
  if (option) {
    option.setAttribute('aria-selected', 'true');
    ui.input.setAttribute('aria-activedescendant', option.id);
    if (scroll) option.scrollIntoView({ block: 'nearest' });
  } else {
    ui.input.removeAttribute('aria-activedescendant');
  }
}

function move(delta) {
  const count = state.hits.length;
  if (count === 0) return;
  setActive(state.active < 0 ? (delta > 0 ? 0 : count - 1) : (state.active + delta + count) % count);
}

function commit() {
  state.q = ui.input.value;
  recordCommit();
  search(false);
}

function clear() {
  ui.input.value = '';
  state.q = '';
  recordTyping();
  search(false);
}

const KEYS = {
  ArrowDown: () => move(1),
  ArrowUp: () => move(-1),
  Enter: () => {
    const link = state.active >= 0 ? $(`hit-${state.active}`)?.querySelector('a') : null;
    if (link) location.assign(link.href);
    else commit();
  },
  Escape: () => (state.active >= 0 ? setActive(-1) : clear()),
};

ui.input.addEventListener('keydown', (event) => {
  const action = KEYS[event.key];
  if (!action || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
  event.preventDefault();
  action();
});

ui.input.addEventListener('input', () => {
  state.q = ui.input.value;
  recordTyping();
  if (state.q.trim()) schedule();
  else search(false);
});

document.addEventListener('keydown', (event) => {
  const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    ui.input.focus();
    ui.input.select();
  }
});

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit();
});

ui.suggestionButton.addEventListener('click', () => {
  ui.input.value = ui.suggestionButton.textContent;
  commit();
  ui.input.focus();
});

for (const example of document.querySelectorAll('.example')) {
  example.addEventListener('click', () => {
    ui.input.value = example.textContent;
    commit();
    ui.input.focus();
  });
}

$('clear-filters').addEventListener('click', () => {
  state.topic = null;
  state.folder = null;
  state.kind = 'section';
  recordCommit();
  search(false);
});
$('retry').addEventListener('click', () => search(false));
ui.moreButton.addEventListener('click', () => search(true));

window.addEventListener('popstate', () => {
  readUrl();
  ui.input.value = state.q;
  search(false);
});

// ---- the article list on the start page ----

/** Articles listed on the start page: a site of 15,000 pages is searched, not browsed (its list was 2.5 MB). */
const ARTICLES_SHOWN = 100;

async function loadArticles() {
  try {
    const response = await fetch(`/api/articles?limit=${ARTICLES_SHOWN}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const articles = await response.json();
    const total = Number(response.headers.get('X-Total-Count')) || articles.length;
    const items = articles.map((article) => h('li', {},
      h('a', { href: article.url?.startsWith('/') ? article.url : '/' }, article.title),
      h('span', { class: 'muted' }, ` ${article.sections} sections`)));
    if (total > articles.length) {
      items.push(h('li', { class: 'muted articles-more' },
        `and ${(total - articles.length).toLocaleString('en')} more: search to find them`));
    }
    ui.articles.replaceChildren(...items);
    // Say what is searched: the article's title when there is one, else how many there are.
    if (total === 1) ui.input.placeholder = `Search ${articles[0].title}…`;
    else if (total > 1) ui.input.placeholder = `Search ${total.toLocaleString('en')} articles…`;
  } catch (error) {
    // The list is a convenience beside the search box: without it the page still works.
    console.warn('docsift: could not load the article list', error);
  }
}

/**
 * The example chips were written for the bundled article; on another corpus they would find nothing. Each is
 * kept only if it finds something here, and the row goes when none does.
 */
async function keepUsefulExamples() {
  const examples = [...document.querySelectorAll('.example')];
  const found = await Promise.all(examples.map(async (example) => {
    try {
      const params = new URLSearchParams({ q: example.textContent, limit: 1 });
      const response = await fetch(`/search?${params}`, { headers: { Accept: 'application/json' } });
      const body = response.ok ? await response.json() : null;
      return body != null && body.total > 0;
    } catch {
      return true; // a failed check says nothing about the example
    }
  }));
  examples.forEach((example, i) => { if (!found[i]) example.remove(); });
  if (!found.some(Boolean)) $('examples').hidden = true;
  $('examples').dataset.checked = 'true';
}

// ---- start ----

readUrl();
ui.input.value = state.q;
history.replaceState({ committed: true }, '');
search(false);
loadArticles();
keepUsefulExamples();
if (!state.q && matchMedia('(pointer: fine)').matches) ui.input.focus();
