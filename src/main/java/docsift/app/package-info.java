/**
 * What the running application lets its edge do, as one small interface: report its health, queue a full
 * rebuild and follow it, count its indexing work, and show article pages ({@link docsift.app.Articles}). {@link docsift.app.Operations} is the door; its records are
 * the JSON shapes. May use {@code corpus}, {@code index} and {@code search}; {@code http} uses only this
 * package and {@code search}, never the indexing internals behind it.
 */
package docsift.app;
