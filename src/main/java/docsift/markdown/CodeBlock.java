package docsift.markdown;

import java.util.Objects;

/**
 * A fenced or indented code block. Immutable.
 *
 * @param language  first word of the info string, lower-cased ("python", "angular2html"); empty when none
 * @param info      the whole info string as written; empty for indented blocks
 * @param text      the code, without fences, ending without a trailing newline
 * @param startLine 1-based source line of the opening fence (or first line of an indented block)
 */
public record CodeBlock(String language, String info, String text, int startLine) {
    public CodeBlock {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
    }
}
