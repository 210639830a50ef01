/**
 * Site dialects: the markup of documentation site generators that readers never see as text (Jekyll Liquid,
 * Hugo TOML front matter and shortcodes, MDN macros, MyST directives and roles, MDX module statements,
 * container and PyMdown fences, MkDocs tabs, heading attribute lists, GitHub alert markers) is rewritten into
 * plain CommonMark with the file's lines kept, before sections are collected. One door: {@link
 * docsift.markdown.site.SiteText}; everything else is package-private. Uses flexmark only, no other docsift
 * package.
 */
package docsift.markdown.site;
