/**
 * Markdown to records: flexmark parses a file (after {@code markdown.site} has turned site dialects into
 * CommonMark) and the AST becomes one {@code Article} of {@code Section}s (heading, breadcrumb, prose, code
 * blocks, inline code, use cases, anchor); also renders an article page as safe HTML. flexmark stays in here
 * and in {@code markdown.site}; only records leave. Uses no other docsift package.
 */
package docsift.markdown;
