// Marking a query's words on a page: the article page and, through the embeddable script, a documentation
// site's own page. The words are the forms the server names (GET /api/marks: what the result snippets mark in
// that article, with the same analysis), matched as whole words; marks are made from text nodes, never innerHTML.

import { h } from './hits.js';

/** At most this many marks per page: a pathological page must not hang the tab. */
const MAX_MARKS = 2000;

/** A pattern that finds any of {@code forms} as a whole word (not inside another word), longest first. */
export function formPattern(forms) {
  const escaped = [...forms].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/**
 * Wraps every match of {@code pattern} in text under {@code root} in <mark class="{className}">, skipping
 * what {@code skip} (a selector) matches; returns the marks in document order.
 */
export function markForms(root, pattern, className, skip = 'script, style') {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest(`mark, ${skip}`)
      ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let count = 0;
  for (const node of nodes) {
    if (count >= MAX_MARKS) break;
    count += markNode(node, pattern, className);
  }
  return [...root.querySelectorAll(`mark.${className}`)];
}

function markNode(node, pattern, className) {
  const text = node.data;
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), h('mark', { class: className }, match[0]));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return 0;
  parts.push(text.slice(last));
  node.replaceWith(...parts.filter((part) => part !== ''));
  return parts.length >> 1;
}
