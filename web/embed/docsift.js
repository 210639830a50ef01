// docsift's search on another site, with two tags in its pages:
//   <link rel="stylesheet" href="https://search.example.org/embed/docsift.css">
//   <script type="module" src="https://search.example.org/embed/docsift.js" data-trigger="#search"></script>
// It installs THE search dialog module of docsift's own pages (search-dialog.js, imported from docsift, not a
// copy) inside a shadow root, so the host page's styles and the dialog's never meet: Ctrl/Cmd+K opens it, the
// results come from docsift (CORS for the origins the server is configured with), and hits open the host
// site's own pages when the server knows the site's base URL. On a page opened from a hit, it marks the
// query's words (the forms GET /api/marks names, as docsift's article pages do). Nothing inline, no eval: it
// works under a strict Content-Security-Policy that allows the docsift origin for scripts, styles and connects.
//
// Attributes of the script tag (all optional):
//   data-trigger      a CSS selector: a search button is put inside each element it matches
//   data-placeholder  the search box's placeholder ("Search the docs…")
//   data-content      a CSS selector: where a landed page's words are marked (default: main, article, body)

import { SearchDialog, dialogStylesheet } from '../search-dialog.js';
import { fetchJson, LANDING_QUERY, LANDING_ARTICLE } from '../hits.js';
import { formPattern, markForms } from '../marks.js';

/** docsift's address, from where this module was loaded (docsift may live under a path prefix). */
const BASE = new URL('../', import.meta.url).href.replace(/\/$/, '');
const MARK_CLASS = 'docsift-mark';

/** The script tag that loaded this module (module scripts have no document.currentScript). */
function ownScript() {
  return [...document.querySelectorAll('script[type="module"][src]')].find((script) => script.src === import.meta.url);
}

/** A shadow root in a new element at the end of {@code parent}: what goes in stays out of the host's CSS. */
function shadowHost(parent, name) {
  const host = document.createElement('span');
  host.setAttribute('data-docsift', name);
  parent.append(host);
  return host.attachShadow({ mode: 'open' });
}

function install(options) {
  const root = shadowHost(document.body, 'dialog');
  const dialog = new SearchDialog({
    base: BASE, root, slashKey: false, placeholder: options.placeholder || 'Search the docs…',
  }).install();
  if (options.trigger) {
    for (const place of document.querySelectorAll(options.trigger)) {
      const shadow = shadowHost(place, 'trigger');
      shadow.append(dialogStylesheet(), dialog.trigger());
    }
  }
  return dialog;
}

/** On a page opened from a hit: mark the words docsift names for it, then tidy the address bar. */
async function markLanding(options) {
  const params = new URLSearchParams(location.search);
  const query = (params.get(LANDING_QUERY) || '').slice(0, 1000).trim();
  const article = params.get(LANDING_ARTICLE) || '';
  if (!query || !article) return;
  params.delete(LANDING_QUERY);
  params.delete(LANDING_ARTICLE);
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
  const url = `${BASE}/api/marks?${new URLSearchParams({ q: query, article })}`;
  const { forms } = (await fetchJson(url)).body;
  const content = document.querySelector(options.content || 'main, article, [role="main"]') || document.body;
  const marks = forms.length ? markForms(content, formPattern(forms), MARK_CLASS, 'script, style, [data-docsift]') : [];
  content.dataset.docsiftMarked = String(marks.length);
}

const options = ownScript()?.dataset || {};
install(options);
markLanding(options).catch((error) => console.warn('docsift: could not mark the words of the search', error));
