// The search page: searches as you type, keeps the search in the URL, moves through hits with the keyboard.
// No framework and no innerHTML: text goes in with textContent, and the API's highlighted HTML passes
// through marked(), which keeps nothing but text and <mark>.

import {
  h, marked, plural, hitHref, dedent, crumbTexts, headingElement, fetchJson, searchUrl, rememberSearch,
  withoutLeastUsefulWord,
} from './hits.js';
import { languageName } from './languages.js';
import { SearchDialog } from './search-dialog.js';
import { optionOpened } from './beacon.js';

/** At most one search starts per this many ms while typing; the last keystroke is always searched. */
const THROTTLE_MS = 40;
/** A reader who paused this long has finished the word: only then does nothing found say "no results". */
const SETTLED_MS = 800;
const PAGE_SIZE = 10;
const MAX_QUERY = 1000;
const KINDS = [['section', 'Sections'], ['code', 'Code'], ['usecase', 'Use cases']];

const $ = (id) => document.getElementById(id);
const ui = {
  form: $('search-form'), input: $('q'), toolbar: $('toolbar'), status: $('status'),
  suggestion: $('suggestion'), suggestionLead: $('suggestion-lead'), suggestionButton: $('suggestion-button'),
  suggestionTail: $('suggestion-tail'), kindChips: $('kind-chips'), topicChips: $('topic-chips'),
  folderChips: $('folder-chips'), results: $('results'), more: $('more'), moreButton: $('more-button'),
  empty: $('empty'), emptyQuery: $('empty-query'), emptyHelp: $('empty-help'), emptyFilters: $('empty-filters'),
  typingHint: $('typing-hint'), error: $('error'), errorText: $('error-text'), intro: $('intro'),
  articles: $('articles'),
};

const state = { q: '', topic: null, folder: null, kind: 'section', hits: [], total: 0, active: -1 };
/** The name the site gives itself in docsift.yml; "docsift" is the name without settings. */
const DEFAULT_TITLE = 'docsift';
/** The site's name in the window title, once GET /api/site said it. */
let siteName = DEFAULT_TITLE;
let timer = 0;
let settleTimer = 0;
let typing = false;
let lastStart = 0;
let inflight = null;
let generation = 0;

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

/** Searches now when none started within THROTTLE_MS, else once that time is up (with the latest text). */
function schedule() {
  clearTimeout(timer);
  const wait = lastStart + THROTTLE_MS - performance.now();
  if (wait <= 0) search(false);
  else timer = setTimeout(() => search(false), wait);
}

async function search(append) {
  clearTimeout(timer);
  inflight?.abort();
  const q = state.q.trim();
  document.title = q ? `${q} · ${siteName}` : `${siteName} · search the articles`;
  if (!q) {
    showOnly(ui.intro);
    return;
  }
  const mine = ++generation;
  inflight = new AbortController();
  lastStart = performance.now();
  setLoading(true);
  try {
    const { body } = await fetchJson(searchUrl('', q, { limit: PAGE_SIZE, offset: append ? state.hits.length : 0,
      kind: state.kind, ...filters() }), inflight.signal);
    if (mine !== generation) return;
    render(body, append);
  } catch (error) {
    if (error.name === 'AbortError' || mine !== generation) return;
    showError(q, error instanceof TypeError ? 'Could not reach the server. Check the connection and try again.' : error.message);
  } finally {
    if (mine === generation) setLoading(false);
  }
}

/** The topic and folder filters as search parameters. */
function filters() {
  return { ...(state.topic ? { topic: state.topic } : {}), ...(state.folder ? { folder: state.folder } : {}) };
}

function setLoading(loading) {
  ui.form.classList.toggle('loading', loading);
  ui.results.setAttribute('aria-busy', String(loading));
}

// ---- rendering ----

function showOnly(...visible) {
  for (const part of [ui.intro, ui.toolbar, ui.empty, ui.error, ui.more, ui.typingHint]) {
    part.hidden = !visible.includes(part);
  }
  if (!visible.includes(ui.results)) {
    ui.results.replaceChildren();
    delete ui.results.dataset.query;
    state.hits = [];
    setActive(-1);
  }
  ui.input.setAttribute('aria-expanded', String(ui.results.childElementCount > 0));
}

/** The last word may be half typed: nothing found is not yet "no results". */
function stillTyping(body) {
  return body.total === 0 && typing && !/\s$/.test(ui.input.value) && state.kind === 'section'
    && !state.topic && !state.folder;
}

function render(body, append) {
  if (!append && stillTyping(body)) {
    // Keep what the earlier letters found; say nothing final until the reader pauses.
    ui.typingHint.hidden = false;
    if (state.hits.length === 0) showOnly(ui.typingHint);
    return;
  }
  state.total = body.total;
  if (!append) {
    ui.results.replaceChildren();
    state.hits = [];
    setActive(-1);
  }
  body.hits.forEach((hit) => ui.results.append(hitElement(hit, state.hits.push(hit) - 1)));
  renderStatus(body);
  renderSuggestion(body);
  renderFacets(body.facets || {});
  const parts = [ui.toolbar, ui.results];
  if (state.hits.length === 0) {
    parts.push(ui.empty);
    renderEmpty(body);
  }
  if (state.hits.length < state.total) parts.push(ui.more);
  showOnly(...parts);
  // The first hit is preselected, so Enter opens it, as in every search-as-you-type box.
  if (!append && state.hits.length > 0) setActive(0, false);
  ui.results.dataset.query = body.query;
}

function renderStatus(body) {
  const ms = body.tookMs < 1 ? '<1' : Math.round(body.tookMs);
  const partial = body.timedOut ? ' (time limit reached; results may be incomplete)' : '';
  ui.status.textContent = `${plural(body.total, 'result')} · ${ms} ms${partial}`;
}

/**
 * A correction: with results, they already include the corrected words ("Showing results for"); without any,
 * it is a question. Nothing when it is the query itself.
 */
function renderSuggestion(body) {
  const suggestion = body.suggestion;
  const useful = suggestion && suggestion.trim().toLowerCase() !== body.query.trim().toLowerCase();
  ui.suggestion.hidden = !useful;
  ui.suggestionLead.textContent = body.total > 0 ? 'Showing results for ' : 'Did you mean ';
  ui.suggestionTail.textContent = body.total > 0 ? ' too' : '?';
  ui.suggestionButton.textContent = useful ? suggestion : '';
}

/** No results: what the reader can do instead, each a search that finds something. */
async function renderEmpty(body) {
  ui.emptyQuery.textContent = body.query;
  ui.emptyFilters.hidden = !state.topic && !state.folder && state.kind === 'section';
  ui.emptyHelp.replaceChildren();
  const mine = generation;
  const shorter = await withoutLeastUsefulWord('', body.query, { kind: state.kind, ...filters() });
  if (mine !== generation) return;
  const items = [];
  if (shorter) {
    items.push(h('li', {}, 'Leave a word out: ', queryButton(shorter.query), ` (${plural(shorter.total, 'result')})`));
  }
  const examples = [...document.querySelectorAll('#examples .example')].map((e) => e.textContent);
  if (examples.length) {
    items.push(h('li', {}, 'Or try one of these: ', ...examples.flatMap((q, i) => [i ? ', ' : '', queryButton(q)])));
  }
  if (!shorter && !body.suggestion) items.push(h('li', {}, 'Check the spelling, or use another or a broader word.'));
  ui.emptyHelp.replaceChildren(...items);
}

function queryButton(q) {
  const button = h('button', { type: 'button', class: 'link-button' }, q);
  button.addEventListener('click', () => {
    ui.input.value = q;
    commit();
    ui.input.focus();
  });
  return button;
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
  // A kind that finds nothing is no choice: its chip goes, unless it is the one chosen.
  ui.kindChips.replaceChildren(...KINDS.filter(([value]) => (kinds[value] ?? 0) > 0 || state.kind === value)
    .map(([value, label]) => chip(label, kinds[value] ?? 0, state.kind === value, () => state.kind = value)));
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
  if (entries.length === 0) return [];
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

/** A hit: the option is the link itself, so nothing interactive sits inside an option. */
function hitElement(hit, index) {
  const option = h('a', {
    class: 'hit hit-link', role: 'option', id: `hit-${index}`, href: hitHref('', hit, state.q), 'aria-selected': 'false',
    'data-hit-id': hit.id, 'data-rank': index + 1,
  },
  h('span', { class: 'hit-crumbs' }, ...crumbTexts(hit).map((text) => h('span', { class: 'crumb' }, text))),
  h('span', { class: 'hit-title' }, headingElement(hit), ...badges(hit)),
  hit.snippet ? h('span', { class: 'hit-snippet' }, marked(hit.snippet)) : null,
  hit.code ? h('pre', { class: 'hit-code', 'data-language': hit.language || null }, h('code', {}, marked(dedent(hit.code)))) : null,
  useCases(hit.useCases));
  option.addEventListener('mousemove', () => state.active !== index && setActive(index, false));
  option.addEventListener('focus', () => setActive(index, false));
  option.addEventListener('click', () => {
    rememberSearch(state.q);
    optionOpened(option, state.q.trim());
  });
  return option;
}

function badges(hit) {
  const list = [];
  if (hit.kind === 'code') list.push(h('span', { class: 'badge' }, languageName(hit.language) || 'code'));
  if (hit.kind === 'usecase') list.push(h('span', { class: 'badge' }, 'use case'));
  if (hit.weak) list.push(h('span', { class: 'badge weak', title: 'Matches only part of the query' }, 'partial match'));
  return list;
}

function useCases(items) {
  if (!items || items.length === 0) return null;
  return h('ul', { class: 'hit-usecases', 'aria-label': 'Matching use cases' },
    ...items.slice(0, 3).map((item) => h('li', {}, marked(item))));
}

/** The error state names the query it failed for, so a later answer can never be mistaken for it. */
function showError(q, message) {
  ui.errorText.textContent = message;
  ui.error.dataset.query = q;
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
  typing = false;
  recordCommit();
  search(false);
}

/** Esc empties the box as a search of its own, so Back brings the query back. */
function clear() {
  ui.input.value = '';
  state.q = '';
  recordCommit();
  search(false);
}

function open(option) {
  rememberSearch(state.q);
  optionOpened(option, state.q.trim());
  location.assign(option.href);
}

const KEYS = {
  ArrowDown: () => move(1),
  ArrowUp: () => move(-1),
  Enter: () => {
    const option = state.active >= 0 ? $(`hit-${state.active}`) : null;
    if (option && ui.results.dataset.query === state.q.trim()) open(option);
    else commit();
  },
  Escape: () => clear(),
};

ui.input.addEventListener('keydown', (event) => {
  const action = KEYS[event.key];
  if (!action || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
  event.preventDefault();
  action();
});

ui.input.addEventListener('input', () => {
  state.q = ui.input.value;
  typing = true;
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    typing = false;
    if (!ui.typingHint.hidden) search(false);
  }, SETTLED_MS);
  recordTyping();
  if (state.q.trim()) schedule();
  else search(false);
});

// Arrows move from hit to hit once one has focus (Tab reaches them); a letter goes back to the box.
ui.results.addEventListener('keydown', (event) => {
  const option = event.target.closest('[role="option"]');
  if (!option || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    move(event.key === 'ArrowDown' ? 1 : -1);
    $(`hit-${state.active}`)?.focus();
  } else if (event.key.length === 1 && event.key !== ' ') {
    ui.input.focus();
  }
});

document.addEventListener('keydown', (event) => {
  const typingInField = event.target.closest?.('input, textarea, select, [contenteditable]');
  if (event.key === '/' && !typingInField && !event.ctrlKey && !event.metaKey && !event.altKey) {
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

/** An example chip: clicking it searches for its text. */
function exampleChip(q) {
  const chip = h('button', { type: 'button', class: 'chip example' }, q);
  chip.addEventListener('click', () => {
    ui.input.value = q;
    commit();
    ui.input.focus();
  });
  return chip;
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
      h('span', { class: 'muted' }, ` ${plural(article.sections, 'section')}`)));
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
 * The site's title and example queries (GET /api/site): the examples its settings give, else words of its own
 * headings, each checked by the server to find something here, so another corpus never offers the bundled
 * article's Django examples. Text only (textContent), never HTML.
 */
async function loadSite() {
  const examples = $('examples');
  try {
    const { body } = await fetchJson('/api/site');
    const chips = body.examples.map(exampleChip);
    examples.replaceChildren('Try ', ...chips.flatMap((chip, i) => (i ? [' ', chip] : [chip])));
    examples.hidden = chips.length === 0;
    if (body.title && body.title !== DEFAULT_TITLE) {
      siteName = body.title;
      $('intro-title').textContent = `Search ${body.title}`;
      document.title = state.q ? `${state.q} · ${siteName}` : `${siteName} · search the articles`;
    }
  } catch (error) {
    // Examples are a convenience: without them the page still searches.
    console.warn('docsift: could not load the site', error);
  }
  examples.dataset.checked = 'true';
}

// ---- start ----

readUrl();
ui.input.value = state.q;
history.replaceState({ committed: true }, '');
search(false);
loadArticles();
loadSite();
if (!state.q && matchMedia('(pointer: fine)').matches) ui.input.focus();
// The same dialog as on article pages (Ctrl/Cmd+K); here "/" keeps focusing the page's own box.
new SearchDialog({ slashKey: false }).install();
