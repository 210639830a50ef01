// The search dialog: Ctrl/Cmd+K or "/" on any page opens a modal search box (WAI-ARIA dialog and combobox
// patterns) that searches as you type and lists the best sections grouped by article. The first hit is
// preselected, so Enter opens it; arrows move through the hits and Tab reaches each of them; Esc closes and
// gives focus back. Recent searches are kept in this browser and can be removed.
//
// One module for every page that wants it, docsift's own or another site's:
//   import { SearchDialog } from '/search-dialog.js';
//   new SearchDialog({ base: 'https://docs.example.com' }).install();
// It builds its own DOM (nothing to put in the page), links its stylesheet when the page has not, and turns any
// <form data-search-dialog> into a button that opens it. Given a {@code root} (a shadow root: the embeddable
// script, embed/docsift.js, passes one), its DOM and stylesheet go there instead, so nothing of it reaches the
// host page's styles or scripts. Every opened hit is reported to the analytics beacon (position = its rank). Text goes in with textContent; the API's marked HTML
// passes through marked(), which keeps only text and <mark>.

import {
  h, marked, plural, hitHref, dedent, crumbTexts, headingElement, fetchJson, searchUrl,
  recentSearches, rememberSearch, forgetSearch, withoutLeastUsefulWord,
} from './hits.js';
import { languageName } from './languages.js';
import { optionOpened } from './beacon.js';

/** At most one search starts per this many ms while typing; the last keystroke is always searched. */
const THROTTLE_MS = 40;
/** A reader who paused this long has finished the word: only then does nothing found say "no results". */
const SETTLED_MS = 800;
const HITS = 20;
const PER_ARTICLE = 4;
let instances = 0;

/** A search dialog bound to one docsift server ({@code base}: its origin, '' for this one). */
export class SearchDialog {
  constructor({
    base = '', placeholder = 'Search the articles…', slashKey = true, stylesheet = true, root = null,
  } = {}) {
    this.base = base.replace(/\/$/, '');
    this.root = root;
    this.placeholder = placeholder;
    this.slashKey = slashKey;
    this.stylesheet = stylesheet;
    this.id = `sd${instances++ || ''}`;
    this.hits = [];
    this.active = -1;
    this.inflight = null;
    this.generation = 0;
    this.lastStart = 0;
    this.timer = 0;
    this.settleTimer = 0;
    this.opener = null;
  }

  /** Builds the dialog, binds Ctrl/Cmd+K (and "/"), upgrades <form data-search-dialog>; returns this. */
  install() {
    const sheets = this.root || document.head;
    if (this.stylesheet && !sheets.querySelector('link[data-search-dialog]')) {
      sheets.append(dialogStylesheet());
    }
    this.build();
    document.addEventListener('keydown', (event) => this.onGlobalKey(event));
    for (const form of document.querySelectorAll('form[data-search-dialog]')) form.replaceWith(this.trigger());
    return this;
  }

  /** A button that opens the dialog, styled as a search box. */
  trigger() {
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    const button = h('button', {
      type: 'button', class: 'sd-trigger', 'aria-haspopup': 'dialog', 'aria-keyshortcuts': 'Control+K Meta+K /',
    }, h('span', { class: 'sd-trigger-label' }, 'Search'),
    h('span', { class: 'sd-trigger-keys', 'aria-hidden': 'true' }, h('kbd', {}, mac ? '⌘' : 'Ctrl'), h('kbd', {}, 'K')));
    button.addEventListener('click', () => this.open());
    return button;
  }

  // ---- building ----

  build() {
    const id = this.id;
    this.input = h('input', {
      id: `${id}-q`, type: 'text', class: 'sd-input', role: 'combobox', 'aria-autocomplete': 'list',
      'aria-expanded': 'false', 'aria-controls': `${id}-list`, 'aria-describedby': `${id}-keys`,
      autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false', enterkeyhint: 'search', maxlength: '1000',
      placeholder: this.placeholder,
    });
    this.list = h('div', { id: `${id}-list`, class: 'sd-list', role: 'listbox', 'aria-label': 'Search results' });
    this.status = h('p', { class: 'sd-status', role: 'status', 'aria-live': 'polite' });
    this.help = h('div', { class: 'sd-help' });
    this.recent = h('section', { class: 'sd-recent', 'aria-labelledby': `${id}-recent-title` });
    this.all = h('a', { class: 'sd-all', href: `${this.base}/` }, 'Open the search page');
    this.dialog = h('dialog', { class: 'sd', 'aria-label': 'Search' },
      h('div', { class: 'sd-panel' },
        h('form', { class: 'sd-form', role: 'search' },
          h('label', { class: 'visually-hidden', for: `${id}-q` }, 'Search the articles'),
          this.input,
          h('button', { type: 'button', class: 'sd-close', 'aria-label': 'Close search' }, 'Esc')),
        h('div', { class: 'sd-body' }, this.status, this.recent, this.list, this.help),
        h('div', { class: 'sd-footer' }, this.all, h('p', { class: 'sd-keys', id: `${id}-keys` },
          h('kbd', {}, '↑'), h('kbd', {}, '↓'), ' move ', h('kbd', {}, 'Enter'), ' open ', h('kbd', {}, 'Esc'), ' close'))));
    (this.root || document.body).append(this.dialog);
    this.bind();
  }

  bind() {
    this.input.addEventListener('input', () => this.onInput());
    this.input.addEventListener('keydown', (event) => this.onInputKey(event));
    this.list.addEventListener('keydown', (event) => this.onOptionKey(event));
    this.list.addEventListener('focusin', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.setActive(Number(option.dataset.index), false);
    });
    this.list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (!option) return;
      rememberSearch(this.input.value);
      optionOpened(option, this.input.value.trim());
    });
    this.all.addEventListener('click', () => rememberSearch(this.input.value));
    this.dialog.querySelector('.sd-close').addEventListener('click', () => this.close());
    this.dialog.querySelector('form').addEventListener('submit', (event) => event.preventDefault());
    this.dialog.addEventListener('close', () => this.restoreFocus());
    // A click on the backdrop (outside the panel) closes, as in every modal search.
    this.dialog.addEventListener('click', (event) => { if (event.target === this.dialog) this.close(); });
  }

  // ---- opening and closing ----

  /** Opens the dialog with {@code text} in the box (or what was there). */
  open(text) {
    if (this.dialog.open) return;
    this.opener = deepActiveElement();
    if (text != null) this.input.value = text;
    this.dialog.showModal();
    this.input.focus();
    this.input.select();
    this.refresh();
  }

  close() {
    if (this.dialog.open) this.dialog.close();
  }

  restoreFocus() {
    this.inflight?.abort();
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
  }

  onGlobalKey(event) {
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
    const slash = this.slashKey && event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (!k && !slash) return;
    event.preventDefault();
    if (this.dialog.open) this.input.focus();
    else this.open();
  }

  // ---- searching ----

  onInput() {
    this.openFirst = null;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.onSettled(), SETTLED_MS);
    this.typing = true;
    this.schedule();
  }

  onSettled() {
    this.typing = false;
    const body = this.lastBody;
    if (this.dialog.open && body && body.total === 0 && body.query === this.input.value.trim()) this.render(body);
  }

  /** Searches now when none started within THROTTLE_MS, else once that time is up (with the latest text). */
  schedule() {
    clearTimeout(this.timer);
    const wait = this.lastStart + THROTTLE_MS - performance.now();
    if (wait <= 0) this.refresh();
    else this.timer = setTimeout(() => this.refresh(), wait);
  }

  refresh() {
    clearTimeout(this.timer);
    this.inflight?.abort();
    const q = this.input.value.trim();
    this.all.href = q ? `${this.base}/?q=${encodeURIComponent(q)}` : `${this.base}/`;
    this.all.textContent = q ? `See all results for “${q}”` : 'Open the search page';
    if (!q) {
      this.showRecent();
      return;
    }
    this.search(q);
  }

  async search(q) {
    const mine = ++this.generation;
    this.inflight = new AbortController();
    this.lastStart = performance.now();
    this.list.setAttribute('aria-busy', 'true');
    try {
      const { body } = await fetchJson(searchUrl(this.base, q, { limit: HITS }), this.inflight.signal);
      if (mine !== this.generation) return;
      this.lastBody = body;
      this.render(body);
    } catch (error) {
      if (error.name === 'AbortError' || mine !== this.generation) return;
      this.showProblem(error instanceof TypeError ? 'Could not reach the server.' : error.message);
    } finally {
      if (mine === this.generation) this.list.setAttribute('aria-busy', 'false');
    }
  }

  // ---- rendering ----

  render(body) {
    // Which query the dialog last answered (results or "keep typing"): for tests and the typing benchmark.
    this.list.dataset.answered = body.query;
    this.recent.hidden = true;
    this.help.replaceChildren();
    if (body.total === 0 && this.typing && !/\s$/.test(this.input.value)) {
      // The last word may be half typed: say nothing final yet, and keep what the earlier letters found.
      this.status.textContent = 'Keep typing…';
      return;
    }
    this.hits = body.hits;
    const groups = groupByArticle(body.hits);
    let index = 0;
    this.list.replaceChildren(...groups.map((group) => this.groupElement(group, () => index++)));
    this.list.dataset.query = body.query;
    this.input.setAttribute('aria-expanded', String(this.hits.length > 0));
    const shown = this.list.querySelectorAll('[role="option"]').length;
    this.status.textContent = body.total === 0 ? `No results for “${body.query}”`
      : `${plural(body.total, 'hit')}${shown < body.total ? `, the best ${shown} shown` : ''}`;
    this.setActive(shown > 0 ? 0 : -1);
    if (body.total === 0) this.showHelp(body);
    const first = this.options()[0];
    if (this.openFirst === body.query && first) this.follow(first);
    this.openFirst = null;
  }

  groupElement(group, next) {
    const title = group.hits[0].title || group.article;
    const folder = group.article.includes('/') ? group.article.slice(0, group.article.lastIndexOf('/')) : null;
    return h('div', { role: 'group', class: 'sd-group', 'aria-label': folder ? `${title} (${folder})` : title },
      h('div', { class: 'sd-group-title', 'aria-hidden': 'true' }, title,
        folder ? h('span', { class: 'sd-folder' }, folder) : null),
      ...group.hits.map((hit) => this.option(hit, next())));
  }

  option(hit, index) {
    const crumbs = crumbTexts(hit, false);
    const code = hit.code ? dedent(hit.code).split('\n').slice(0, 2).join('\n') : null;
    return h('a', {
      role: 'option', id: `${this.id}-hit-${index}`, class: 'sd-hit', href: hitHref(this.base, hit, this.input.value),
      'aria-selected': 'false', 'data-index': index, 'data-hit-id': hit.id, 'data-rank': this.hits.indexOf(hit) + 1,
    },
    crumbs.length ? h('span', { class: 'sd-crumbs' }, crumbs.join(' › ')) : null,
    h('span', { class: 'sd-title' }, headingElement(hit),
      hit.kind === 'code' ? h('span', { class: 'badge' }, languageName(hit.language) || 'code') : null),
    hit.snippet ? h('span', { class: 'sd-snippet' }, marked(hit.snippet)) : null,
    code ? h('code', { class: 'sd-code' }, marked(code)) : null);
  }

  showRecent() {
    this.generation++;
    this.hits = [];
    this.list.replaceChildren();
    delete this.list.dataset.query;
    this.help.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.setActive(-1);
    const recent = recentSearches();
    this.status.textContent = '';
    this.recent.hidden = recent.length === 0;
    this.recent.replaceChildren(h('h2', { id: `${this.id}-recent-title` }, 'Recent searches'),
      h('ul', {}, ...recent.map((q) => this.recentItem(q))));
  }

  recentItem(q) {
    const run = h('button', { type: 'button', class: 'sd-recent-q' }, q);
    run.addEventListener('click', () => {
      this.input.value = q;
      this.input.focus();
      this.refresh();
    });
    const remove = h('button', { type: 'button', class: 'sd-recent-remove', 'aria-label': `Remove “${q}” from recent searches` }, '×');
    remove.addEventListener('click', () => {
      forgetSearch(q);
      this.showRecent();
      this.input.focus();
    });
    return h('li', {}, run, remove);
  }

  /** Nothing found: the corrected query, the query without its least useful word. */
  async showHelp(body) {
    const mine = this.generation;
    const items = [];
    if (body.suggestion && body.suggestion !== body.query) items.push(['Did you mean', body.suggestion]);
    const shorter = await withoutLeastUsefulWord(this.base, body.query);
    if (mine !== this.generation) return;
    if (shorter) items.push(['Search', `${shorter.query}`, ` (${plural(shorter.total, 'hit')})`]);
    if (items.length === 0) items.push(['Check the spelling or use another word.']);
    this.help.replaceChildren(...items.map(([lead, query, tail]) => h('p', {}, `${lead} `,
      query ? this.queryButton(query) : null, tail || '')));
  }

  queryButton(q) {
    const button = h('button', { type: 'button', class: 'link-button' }, q);
    button.addEventListener('click', () => {
      this.input.value = q;
      this.input.focus();
      this.refresh();
    });
    return button;
  }

  showProblem(message) {
    this.status.textContent = `Search failed: ${message}`;
  }

  // ---- keyboard ----

  options() {
    return [...this.list.querySelectorAll('[role="option"]')];
  }

  setActive(index, scroll = true) {
    const options = this.options();
    options[this.active]?.setAttribute('aria-selected', 'false');
    this.active = index;
    const option = options[index];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      if (scroll) option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  move(delta) {
    const count = this.options().length;
    if (count) this.setActive((this.active + delta + count) % count);
  }

  onInputKey(event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = this.options()[this.active];
      if (option && this.list.dataset.query === this.input.value.trim()) this.follow(option);
      else if (this.input.value.trim()) {
        // The answer for what is in the box has not come yet: open its first hit when it does.
        this.openFirst = this.input.value.trim();
        this.refresh();
      }
    }
  }

  follow(option) {
    rememberSearch(this.input.value);
    optionOpened(option, this.input.value.trim());
    location.assign(option.href);
  }

  onOptionKey(event) {
    const option = event.target.closest('[role="option"]');
    if (!option || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.move(event.key === 'ArrowDown' ? 1 : -1);
      this.options()[this.active]?.focus();
    } else if (event.key.length === 1 && event.key !== ' ') {
      this.input.focus(); // typing goes on in the box
    }
  }
}

/** The dialog's stylesheet, next to this module (on docsift's origin when another site imports it). */
export function dialogStylesheet() {
  return h('link', { rel: 'stylesheet', href: new URL('./search-dialog.css', import.meta.url).href, 'data-search-dialog': '' });
}

/** The focused element, looking inside shadow roots: an embedded trigger button lives in one. */
function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Hits by article, in the order of each article's best hit, at most PER_ARTICLE sections each. */
function groupByArticle(hits) {
  const groups = new Map();
  for (const hit of hits) {
    const key = hit.article || '';
    if (!groups.has(key)) groups.set(key, { article: key, hits: [] });
    const group = groups.get(key);
    if (group.hits.length < PER_ARTICLE) group.hits.push(hit);
  }
  return [...groups.values()];
}
