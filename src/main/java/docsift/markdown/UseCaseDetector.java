package docsift.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds "use cases" lists in a section: every list of a section whose heading mentions use cases, and the list
 * right after a label paragraph such as {@code **Use cases:**} or "Here are some common use cases for ...:".
 * Stateless and thread-safe.
 */
final class UseCaseDetector {

    private static final Pattern MENTION = Pattern.compile("(?i)\\buse[ -]cases?\\b");
    /** The last sentence of a paragraph: a label may follow explanatory sentences. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s+");

    private UseCaseDetector() {
    }

    static List<UseCase> detect(String heading, List<Node> blocks, LineIndex lines) {
        boolean aboutUseCases = mentionsUseCases(heading);
        List<UseCase> useCases = new ArrayList<>();
        Node previous = null;
        for (Node block : blocks) {
            if (block instanceof ListBlock && (aboutUseCases || isLabel(previous)) && !TocDetector.isTocList(block)) {
                block.getChildren().forEach(item -> useCases.add(useCase(item, lines)));
            }
            previous = block;
        }
        return useCases;
    }

    static boolean mentionsUseCases(String text) {
        return MENTION.matcher(text).find();
    }

    /** A paragraph introducing a list of use cases: a bold label, or a last sentence ending with a colon. */
    private static boolean isLabel(Node block) {
        if (!(block instanceof Paragraph)) {
            return false;
        }
        String[] sentences = SENTENCE_END.split(PlainText.of(block));
        String last = sentences[sentences.length - 1].strip();
        return mentionsUseCases(last) && (last.endsWith(":") || isBoldOnly(block));
    }

    private static boolean isBoldOnly(Node paragraph) {
        return boldLead(paragraph).filter(bold -> bold.equals(PlainText.singleLine(paragraph))).isPresent();
    }

    private static UseCase useCase(Node item, LineIndex lines) {
        Optional<String> title = Optional.ofNullable(item.getFirstChild()).flatMap(UseCaseDetector::boldLead);
        String text = new SectionContent(lines).add(item).prose();
        return new UseCase(title.map(PlainText::withoutColon).orElse(""), text);
    }

    /** The text of the bold run a paragraph starts with, if it starts with one. */
    private static Optional<String> boldLead(Node block) {
        if (!(block instanceof Paragraph)) {
            return Optional.empty();
        }
        Node first = block.getFirstChild();
        while (first != null && first.getChars().isBlank()) {
            first = first.getNext();
        }
        return first instanceof StrongEmphasis strong ? Optional.of(PlainText.singleLine(strong)) : Optional.empty();
    }
}
