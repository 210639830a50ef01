/**
 * The index schema and the write side: {@code Fields} (every field name), {@code Analyzers} (every analyzer,
 * shared by indexing and searching), the mapping of an {@code Article} to Lucene documents, and the one
 * IndexWriter ({@code IndexStore}). Uses {@code markdown} records only.
 */
package docsift.index;
