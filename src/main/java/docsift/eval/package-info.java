/**
 * Relevance evaluation: judged queries, metrics (S@k, MRR, nDCG), docsift against a plain BM25 baseline,
 * and ablation of each ranking feature. Uses {@code markdown}, {@code index} and {@code search}.
 */
package docsift.eval;
