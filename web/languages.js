// Names of the programming languages a code block's info string may name, for badges. An info string not
// listed here (a site's own label such as "angular2html") names no language we can vouch for.

/** Display names by highlight.js language (and the info strings that mean it). */
export const LANGUAGE_NAMES = {
  python: 'Python', py: 'Python', python3: 'Python', pycon: 'Python',
  sql: 'SQL', postgresql: 'SQL', psql: 'SQL', mysql: 'SQL', cockroachdb: 'SQL',
  bash: 'Shell', sh: 'Shell', zsh: 'Shell', shell: 'Shell', console: 'Shell', 'shell-session': 'Shell',
  javascript: 'JavaScript', js: 'JavaScript', jsx: 'JavaScript', mjs: 'JavaScript', node: 'JavaScript',
  typescript: 'TypeScript', ts: 'TypeScript', tsx: 'TypeScript',
  yaml: 'YAML', yml: 'YAML',
  json: 'JSON', jsonc: 'JSON',
  xml: 'HTML', html: 'HTML', xhtml: 'HTML', svg: 'SVG',
  ini: 'INI', toml: 'TOML', cfg: 'INI',
  go: 'Go', golang: 'Go',
  java: 'Java',
  css: 'CSS',
  diff: 'Diff', patch: 'Diff',
  dockerfile: 'Dockerfile', docker: 'Dockerfile',
  markdown: 'Markdown', md: 'Markdown',
  plaintext: 'Text', text: 'Text', txt: 'Text',
};

/** The display name of an info string's language, or null when it names none we know. */
export function languageName(info) {
  return (info && LANGUAGE_NAMES[String(info).toLowerCase()]) || null;
}
