// The article page: the search dialog, highlighted code, and the landing from a hit. The words to mark come
// from the server (/api/marks: the forms the result snippets mark, with the same analysis), so the page marks
// what the results marked and nothing else; "n of N" with next and previous walks through them, starting at
// the landed section (or the landed line of a code hit). Marks are made from text nodes (no innerHTML).

import { SearchDialog } from './search-dialog.js';
import { enhanceCode, markLine } from './code.js';
import { h, fetchJson } from './hits.js';
import { formPattern, markForms } from './marks.js';

const article = document.querySelector('main.article');
const toc = document.querySelector('nav.toc');
const params = new URLSearchParams(location.search);
const query = (params.get('q') || '').slice(0, 1000).trim();
const codeBlock = /^\d{1,4}$/.test(params.get('code') || '') ? Number(params.get('code')) : null;

// ---- n of N, next and previous ----

/** The bar that counts the marks and moves between them; keys n and Shift+N do the same. */
class MarkNavigator {
  constructor(marks) {
    this.marks = marks;
    this.current = -1;
    this.count = h('span', { class: 'mark-count', role: 'status' });
    const previous = this.button('Previous match', 'Shift+N', '↑', () => this.go(this.current - 1));
    const next = this.button('Next match', 'N', '↓', () => this.go(this.current + 1));
    const clear = h('button', { type: 'button', class: 'mark-clear' }, 'Clear');
    clear.addEventListener('click', () => this.clear());
    this.bar = h('div', { class: 'mark-info', role: 'group', 'aria-label': 'Matches on this page' },
      this.count, previous, next, clear);
    document.querySelector('.topbar').append(this.bar);
    this.keys = (event) => this.onKey(event);
    document.addEventListener('keydown', this.keys);
  }

  button(label, keys, text, action) {
    const button = h('button', { type: 'button', class: 'mark-step', 'aria-label': label, 'aria-keyshortcuts': keys,
      title: `${label} (${keys})` }, text);
    button.addEventListener('click', action);
    return button;
  }

  /** Makes mark {@code index} (wrapping around) the current one; scrolls to it unless {@code scroll} is false. */
  go(index, scroll = true) {
    if (this.marks.length === 0) return;
    this.marks[this.current]?.classList.remove('current');
    this.current = (index + this.marks.length) % this.marks.length;
    const mark = this.marks[this.current];
    mark.classList.add('current');
    if (scroll) mark.scrollIntoView({ block: 'center', inline: 'center' });
    this.count.textContent = `${this.current + 1} of ${this.marks.length} for “${query}”`;
  }

  onKey(event) {
    const typing = event.target.closest?.('input, textarea, select, [contenteditable], dialog');
    if (typing || event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== 'n') return;
    event.preventDefault();
    this.go(this.current + (event.shiftKey ? -1 : 1));
  }

  clear() {
    for (const mark of article.querySelectorAll('mark.query-mark')) mark.replaceWith(mark.textContent);
    article.normalize();
    document.removeEventListener('keydown', this.keys);
    history.replaceState(history.state, '', location.pathname + location.hash);
    this.bar.remove();
  }
}

// ---- landing ----

function target() {
  if (!location.hash) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

const headings = [...article.querySelectorAll(':is(h1, h2, h3, h4, h5, h6)[id]')];

/** The elements of the section that starts at {@code heading}: up to the next heading. */
function inSection(heading, node) {
  const next = headings[headings.indexOf(heading) + 1];
  const after = heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
  return after && (!next || next.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING);
}

/** The code block a code hit named (its number within the section), or null. */
function landedBlock(section) {
  if (codeBlock == null || !section) return null;
  return [...article.querySelectorAll('pre')].filter((pre) => inSection(section, pre))[codeBlock] || null;
}

/** Which line of {@code pre} holds {@code mark}, counting from 0. */
function lineOf(pre, mark) {
  const range = document.createRange();
  range.setStart(pre.querySelector('code') || pre, 0);
  range.setEndBefore(mark);
  return range.toString().split('\n').length - 1;
}

/**
 * Brings the landing into view: a code hit's matching line (highlighted), else the section's heading; the
 * current match is the first one there. Returns the index of that match.
 */
function land(marks) {
  const section = target();
  const block = landedBlock(section);
  const first = (inside) => marks.findIndex(inside);
  if (block) {
    const index = first((mark) => block.contains(mark));
    const band = markLine(block, index >= 0 ? lineOf(block, marks[index]) : 0);
    // The match itself, not just its line: a long line scrolls its block sideways to show it.
    (index >= 0 ? marks[index] : band).scrollIntoView({ block: 'center', inline: 'center' });
    return index;
  }
  if (section) {
    section.scrollIntoView({ block: 'start' });
    return first((mark) => section.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
  }
  return marks.length ? 0 : -1;
}

async function markQuery() {
  let forms = [];
  if (query) {
    try {
      const url = `/api/marks?${new URLSearchParams({ q: query, article: article.dataset.article })}`;
      forms = (await fetchJson(url)).body.forms;
    } catch (error) {
      // Without the server's forms nothing is marked: guessing them is what marked "do" in "document".
      console.warn('docsift: could not load the words to mark', error);
    }
  }
  const marks = forms.length ? markForms(article, formPattern(forms), 'query-mark', 'script, style, .code-bar') : [];
  // The bar first: on a phone it makes the top bar taller, and the landing scrolls to just below it.
  const navigator = query ? new MarkNavigator(marks) : null;
  updateTopBar();
  const landed = land(marks);
  if (landed >= 0) navigator?.go(landed, false);
  else if (navigator) navigator.count.textContent = marks.length ? `${marks.length} matches for “${query}”` : `No matches for “${query}” here`;
  article.dataset.marked = String(marks.length);
  followReader();
}

// ---- what axe asked for: labelled task boxes, keyboard-reachable wide tables ----

function labelTaskBoxes() {
  for (const box of article.querySelectorAll('li input[type="checkbox"]')) {
    const text = box.closest('li').textContent.trim().replace(/\s+/g, ' ');
    box.setAttribute('aria-label', text.slice(0, 120) || 'Task');
  }
}

function reachableTables() {
  for (const table of article.querySelectorAll('table')) {
    if (table.scrollWidth > table.clientWidth) table.tabIndex = 0;
  }
}

// ---- missing images show their alt text ----

function replaceBrokenImage(img) {
  if (img.alt.trim()) {
    img.replaceWith(h('span', { class: 'img-missing', role: 'img', 'aria-label': img.alt }, img.alt));
  } else {
    img.remove();
  }
}

function watchImages() {
  for (const img of article.querySelectorAll('img')) {
    if (img.complete && img.naturalWidth === 0) replaceBrokenImage(img);
    else img.addEventListener('error', () => replaceBrokenImage(img), { once: true });
  }
}

// ---- table of contents: where am I? ----

const tocLinks = new Map();
for (const link of toc?.querySelectorAll('a[href^="#"]') || []) {
  tocLinks.set(decodeURIComponent(link.hash.slice(1)), link);
}

function currentHeading() {
  const line = 96;
  let current = null;
  for (const heading of headings) {
    if (heading.getBoundingClientRect().top > line) break;
    current = heading;
  }
  return current ?? headings[0];
}

let shown = null;
function followReader() {
  const link = tocLinks.get(currentHeading()?.id);
  if (!link || link === shown) return;
  shown?.removeAttribute('aria-current');
  link.setAttribute('aria-current', 'location');
  shown = link;
  keepVisible(link);
}

/** Scrolls the sidebar (not the page) so the current entry stays in sight. */
function keepVisible(link) {
  const box = toc.getBoundingClientRect();
  const item = link.getBoundingClientRect();
  if (toc.scrollHeight <= toc.clientHeight) return;
  if (item.top < box.top + 40 || item.bottom > box.bottom - 40) toc.scrollTop += item.top - box.top - box.height / 3;
}

let frame = 0;
function onScroll() {
  if (!frame) frame = requestAnimationFrame(() => { frame = 0; followReader(); });
}

/**
 * On narrow screens the contents fold away; their button sits in the sticky top bar, so they are one tap away
 * wherever the reader landed.
 */
function addTocToggle() {
  if (!toc) return;
  const list = toc.querySelector('ul');
  list.id = 'toc-list';
  const toggle = h('button', { type: 'button', class: 'toc-toggle', 'aria-expanded': 'false', 'aria-controls': 'toc-list' },
    'Contents');
  const setOpen = (open) => {
    toc.style.top = `${document.querySelector('.topbar').getBoundingClientRect().bottom}px`;
    toc.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!toc.classList.contains('open')));
  list.addEventListener('click', (event) => { if (event.target.closest('a')) setOpen(false); });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toc.classList.contains('open')) {
      setOpen(false);
      toggle.focus();
    }
  });
  document.querySelector('.topbar .brand').after(toggle);
}

/** Headings scroll to just below the sticky top bar, whose height grows with the matches bar on a phone. */
function updateTopBar() {
  const height = Math.ceil(document.querySelector('.topbar').offsetHeight);
  document.documentElement.style.setProperty('--topbar-now', `${height}px`);
}

function trackTopBar() {
  new ResizeObserver(updateTopBar).observe(document.querySelector('.topbar'));
}

// ---- start ----

new SearchDialog().install();
watchImages();
addTocToggle();
enhanceCode(article);
labelTaskBoxes();
reachableTables();
trackTopBar();
addEventListener('scroll', onScroll, { passive: true });
addEventListener('hashchange', followReader);
markQuery();
