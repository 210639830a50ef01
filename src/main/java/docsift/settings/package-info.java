/**
 * Site settings: the optional {@code docsift.yml} at the corpus root (site title, live-site links, excluded
 * folders, version folders, start-page examples, embedding origins), read once at start by {@code index},
 * {@code serve} and {@code eval} into an immutable {@link docsift.settings.SiteSettings}. A leaf package: it
 * uses Jackson's YAML module and nothing of docsift, so every stage may depend on it.
 */
package docsift.settings;
