package docsift.markdown;

import java.util.Objects;

/**
 * One item of a "use cases" list. Immutable.
 *
 * @param title the bold lead of the item without its trailing colon ("Rate Limiting"); empty when the item has none
 * @param text  the whole item as plain text, title included
 */
public record UseCase(String title, String text) {
    public UseCase {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }
}
