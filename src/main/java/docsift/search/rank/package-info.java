/**
 * Ranking: field weights, the switchable ranking features, and the second stage ({@code Rescorer}) that
 * reweighs the first stage's best hits by coverage (own text over headings, one passage of a catch-all),
 * topicality, whole headings, hierarchy, page priors and version.
 * Uses {@code index} (fields) and {@code search.view}.
 */
package docsift.search.rank;
