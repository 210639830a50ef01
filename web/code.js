// Code blocks of an article page: syntax highlighting (highlight.js, vendored under vendor/highlight), a
// language badge only when the block is in a language we know (an info string such as "angular2html" on Python
// is detected from the content instead, or shows no language), a copy button, and the line a code hit landed on.
// highlight.js escapes the code; its output is still copied node by node, keeping only text and its <span>s.

import hljs from './vendor/highlight/core.min.js';
import bash from './vendor/highlight/languages/bash.min.js';
import css from './vendor/highlight/languages/css.min.js';
import diff from './vendor/highlight/languages/diff.min.js';
import dockerfile from './vendor/highlight/languages/dockerfile.min.js';
import go from './vendor/highlight/languages/go.min.js';
import ini from './vendor/highlight/languages/ini.min.js';
import java from './vendor/highlight/languages/java.min.js';
import javascript from './vendor/highlight/languages/javascript.min.js';
import json from './vendor/highlight/languages/json.min.js';
import markdown from './vendor/highlight/languages/markdown.min.js';
import plaintext from './vendor/highlight/languages/plaintext.min.js';
import python from './vendor/highlight/languages/python.min.js';
import shell from './vendor/highlight/languages/shell.min.js';
import sql from './vendor/highlight/languages/sql.min.js';
import typescript from './vendor/highlight/languages/typescript.min.js';
import xml from './vendor/highlight/languages/xml.min.js';
import yaml from './vendor/highlight/languages/yaml.min.js';
import { h } from './hits.js';
import { LANGUAGE_NAMES, languageName } from './languages.js';

const GRAMMARS = {
  bash, css, diff, dockerfile, go, ini, java, javascript, json, markdown, plaintext, python, shell, sql, typescript,
  xml, yaml,
};
for (const [name, grammar] of Object.entries(GRAMMARS)) hljs.registerLanguage(name, grammar);
hljs.registerAliases(['toml'], { languageName: 'ini' });
hljs.registerAliases(['console', 'shell-session'], { languageName: 'shell' });
hljs.registerAliases(['postgresql', 'psql', 'cockroachdb', 'mysql'], { languageName: 'sql' });

/** Languages a block without a usable info string may be detected as: the ones the corpora write. */
const DETECTABLE = ['python', 'sql', 'bash', 'javascript', 'json', 'yaml', 'xml', 'go', 'java', 'css'];
/** highlight.js's relevance below which a guess is no better than none (short or plain blocks). */
const MIN_RELEVANCE = 6;
/** Blocks longer than this are left plain: highlighting them would hold up the page. */
const MAX_LENGTH = 50_000;

/** Highlights, labels and adds a copy button to every block of code under {@code root}. */
export function enhanceCode(root) {
  for (const pre of root.querySelectorAll('pre')) enhanceBlock(pre);
}

function enhanceBlock(pre) {
  const code = pre.querySelector('code') || pre;
  const text = code.textContent;
  const declared = [...code.classList].find((c) => c.startsWith('language-'))?.slice('language-'.length).toLowerCase();
  const language = text.length <= MAX_LENGTH ? languageOf(declared, text) : null;
  if (language) {
    copyHighlighted(hljs.highlight(text, { language, ignoreIllegals: true }).value, code);
    code.classList.add('hljs');
  }
  pre.dataset.language = language || '';
  // A block that scrolls sideways must be reachable by keyboard; its language names it for screen readers.
  pre.tabIndex = 0;
  const name = language ? languageName(declared) || LANGUAGE_NAMES[language] || language : null;
  pre.setAttribute('aria-label', name ? `${name} code` : 'Code');
  const bar = h('div', { class: 'code-bar' }, name ? h('span', { class: 'code-language' }, name) : null, copyButton(code));
  const block = h('div', { class: 'code-block' });
  pre.replaceWith(block);
  block.append(bar, pre);
}

/**
 * The block's language: its info string when highlight.js knows it; for an info string it does not know (a
 * site's own label, "angular2html" on Python), a confident guess from the content; none without an info string
 * (command output, a psql table, read as YAML by a guess, is better left plain).
 */
function languageOf(declared, text) {
  if (!declared || !text.trim()) return null;
  if (hljs.getLanguage(declared)) return canonical(declared);
  const guess = hljs.highlightAuto(text, DETECTABLE);
  return guess.relevance >= MIN_RELEVANCE ? guess.language : null;
}

function canonical(name) {
  const language = hljs.getLanguage(name);
  return Object.keys(GRAMMARS).find((key) => hljs.getLanguage(key) === language) || name;
}

/** highlight.js's HTML as nodes: text and <span class="hljs-..."> only. */
function copyHighlighted(html, target) {
  const body = new DOMParser().parseFromString(`<!doctype html><body><pre>${html}</pre>`, 'text/html').body.firstChild;
  target.replaceChildren();
  copyNodes(body, target);
}

function copyNodes(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(node.data);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const span = document.createElement('span');
      const classes = (node.getAttribute('class') || '').split(/\s+/).filter((c) => /^(hljs-|language_)[\w-]*$|^[\w]+_$/.test(c));
      if (classes.length) span.className = classes.join(' ');
      to.append(span);
      copyNodes(node, span);
    }
  }
}

function copyButton(code) {
  const label = h('span', {}, 'Copy');
  const button = h('button', { type: 'button', class: 'copy-button', 'aria-label': 'Copy code' }, label);
  const said = h('span', { class: 'visually-hidden', role: 'status' });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      label.textContent = 'Copied';
    } catch {
      // No clipboard (an insecure origin, a refused permission): select the code for Ctrl+C instead.
      getSelection().selectAllChildren(code);
      label.textContent = 'Press Ctrl+C';
    }
    said.textContent = label.textContent;
    setTimeout(() => { label.textContent = 'Copy'; said.textContent = ''; }, 2000);
  });
  return h('span', { class: 'copy' }, button, said);
}

/**
 * Marks line {@code index} (0-based) of a block as the one a hit landed on: a band behind the line, placed by
 * its line height, and returns it (to scroll to).
 */
export function markLine(pre, index) {
  const style = getComputedStyle(pre);
  const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.5;
  const band = h('span', { class: 'hit-line', 'aria-hidden': 'true' });
  band.style.top = `${parseFloat(style.paddingTop) + index * lineHeight}px`;
  band.style.height = `${lineHeight}px`;
  pre.classList.add('has-hit-line');
  pre.prepend(band);
  return band;
}
