/**
 * The sub-commands of {@code docsift.jar} (index, search, serve, eval), thin: parse options with picocli, call
 * the stage that does the work, print what it returns. May use every other package; nothing uses it but
 * {@code docsift.Main}.
 */
package docsift.cli;
