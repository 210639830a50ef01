/**
 * Links to the live documentation site a corpus is the source of: how a generator turns a file path into a
 * page URL ({@code PagePaths}: MkDocs, Jekyll/Hugo, Docusaurus, front matter permalink and slug) and a heading
 * into an element id ({@code LiveAnchors}: GitHub, Python-Markdown, Docusaurus), joined to the site's base URL
 * by {@code SiteLinks}. Pure functions of their inputs; uses {@code settings} for the styles and
 * {@code markdown}'s GitHub slugger, nothing else.
 */
package docsift.links;
