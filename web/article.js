// The article page: marks the words of ?q= in the article, brings the linked section into view, follows
// the reader in the table of contents. Marks are made from text nodes with a TreeWalker (no innerHTML).

const article = document.querySelector('main.article');
const toc = document.querySelector('nav.toc');
const search = document.querySelector('.topbar-search input[name="q"]');
const query = (new URLSearchParams(location.search).get('q') || '').slice(0, 1000);
const MAX_MARKS = 2000;
const OPERATORS = new Set(['or', 'and', 'not']);

/** The words of a query worth marking: no excluded words, operators, quotes or wildcards. */
function queryWords(q) {
  const words = q.replace(/(^|\s)-("[^"]*"?|\S+)/g, ' ')
    .replace(/["|+()*~^]/g, ' ')
    .split(/\s+/)
    .map((word) => word.toLowerCase().replace(/^[^\p{L}\p{N}_@]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter((word) => word.length >= 2 && !OPERATORS.has(word));
  return [...new Set(words.map(stem))];
}

/** A crude English stem, so "signals" also marks "signal" (the index stems prose the same way). */
function stem(word) {
  if (/[_.@]/.test(word)) return word;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function wordPattern(words) {
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

function markWords(root, pattern) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest('mark, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let count = 0;
  for (const node of nodes) {
    if (count >= MAX_MARKS) break;
    count += markNode(node, pattern);
  }
  return count;
}

function markNode(node, pattern) {
  const text = node.data;
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), markElement(match[0]));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return 0;
  parts.push(text.slice(last));
  node.replaceWith(...parts.filter((part) => part !== ''));
  return parts.length >> 1;
}

function markElement(text) {
  const mark = document.createElement('mark');
  mark.className = 'query-mark';
  mark.textContent = text;
  return mark;
}

function clearMarks() {
  for (const mark of article.querySelectorAll('mark.query-mark')) mark.replaceWith(mark.textContent);
  article.normalize();
  history.replaceState(history.state, '', location.pathname + location.hash);
  document.querySelector('.mark-info')?.remove();
}

function showMarkInfo(count) {
  const info = document.createElement('p');
  info.className = 'mark-info';
  info.setAttribute('role', 'status');
  const clear = document.createElement('button');
  clear.type = 'button';
  clear.className = 'link-button';
  clear.textContent = 'Clear';
  clear.addEventListener('click', clearMarks);
  info.append(`${count} ${count === 1 ? 'match' : 'matches'} for “${query}” `, clear);
  document.querySelector('.topbar').append(info);
}

// ---- missing images show their alt text ----

function replaceBrokenImage(img) {
  if (img.alt.trim()) {
    const alt = document.createElement('span');
    alt.className = 'img-missing';
    alt.setAttribute('role', 'img');
    alt.setAttribute('aria-label', img.alt);
    alt.textContent = img.alt;
    img.replaceWith(alt);
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

const headings = [...article.querySelectorAll(':is(h1, h2, h3, h4, h5, h6)[id]')];
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

function addTocToggle() {
  if (!toc) return;
  const list = toc.querySelector('ul');
  list.id = 'toc-list';
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toc-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', 'toc-list');
  toggle.textContent = 'Contents';
  toggle.addEventListener('click', () => {
    const open = toc.classList.toggle('open');
    toggle.setAttribute('aria-expanded', String(open));
  });
  list.addEventListener('click', (event) => {
    if (event.target.closest('a') && toc.classList.contains('open')) toggle.click();
  });
  toc.insertBefore(toggle, list);
}

// ---- start ----

function target() {
  if (!location.hash) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

watchImages();
addTocToggle();
if (search) search.value = query;
const words = queryWords(query);
if (words.length > 0) showMarkInfo(markWords(article, wordPattern(words)));
const section = target();
if (section) section.scrollIntoView({ block: 'start' });
else if (words.length > 0) article.querySelector('mark.query-mark')?.scrollIntoView({ block: 'center' });
followReader();
addEventListener('scroll', onScroll, { passive: true });
addEventListener('hashchange', followReader);
document.addEventListener('keydown', (event) => {
  const typing = event.target.closest?.('input, textarea, select, [contenteditable]');
  if (event.key === '/' && search && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    search.focus();
    search.select();
  }
});
