/**
 * docsift's meters: one Micrometer registry with every meter name, written in Prometheus' text format for
 * {@code GET /metrics}. May use Micrometer and the records of {@code corpus} and {@code app}; knows no HTTP.
 */
package docsift.metrics;
