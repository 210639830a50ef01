/**
 * Search analytics: what readers search for, what they find and which hit they open, recorded off the request
 * path by one writer thread into an embedded H2 database, and summarised over a period. Holds no IP address or
 * user id. May use {@code java.sql} and H2; nothing here knows HTTP or Lucene.
 */
package docsift.analytics;
