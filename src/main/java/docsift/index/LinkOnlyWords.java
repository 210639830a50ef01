package docsift.index;

import docsift.markdown.CodeBlock;
import docsift.markdown.Section;
import docsift.markdown.UseCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a section says only as the text of links: "In [`REFRESH MATERIALIZED VIEW`](refresh.md), after the
 * view name" names the page about refreshing views, it does not discuss them. A word counts as link-only when
 * each of its forms (as written and stemmed, as the query analysis sees them, see {@link HeadingWords}) occurs
 * in the prose no more often than in the link texts, and never in the section's code or use cases; its heading
 * and breadcrumb are labels, judged elsewhere. Worked out once when a section is indexed. Stateless.
 */
final class LinkOnlyWords {
    private LinkOnlyWords() {
    }

    /** Every form of each word the section has only in link text; empty when it has no links. */
    static Set<String> of(Section section, HeadingWords analysis) {
        if (section.linkTexts().isEmpty()) {
            return Set.of();
        }
        Map<String, Integer> inLinks = new HashMap<>();
        List<String> linked = new ArrayList<>();
        for (String text : section.linkTexts()) {
            List<String> words = words(analysis.encode(text));
            words.forEach(word -> forms(word).forEach(form -> inLinks.merge(form, 1, Integer::sum)));
            linked.addAll(words);
        }
        Map<String, Integer> inProse = new HashMap<>();
        words(analysis.encode(section.prose())).forEach(word -> forms(word).forEach(form -> inProse.merge(form, 1, Integer::sum)));
        Set<String> candidates = new LinkedHashSet<>();
        for (String word : linked) {
            if (forms(word).stream().allMatch(form -> inProse.getOrDefault(form, 0) <= inLinks.get(form))) {
                candidates.addAll(forms(word));
            }
        }
        if (!candidates.isEmpty()) {
            candidates.removeAll(formsElsewhere(section, analysis));
        }
        return candidates;
    }

    /** The forms of the words of the section's code blocks and use cases. */
    private static Set<String> formsElsewhere(Section section, HeadingWords analysis) {
        List<String> texts = new ArrayList<>();
        section.codeBlocks().stream().map(CodeBlock::text).forEach(texts::add);
        section.useCases().stream().map(UseCase::text).forEach(texts::add);
        Set<String> forms = new LinkedHashSet<>();
        for (String text : texts) {
            words(analysis.encode(text)).forEach(word -> forms.addAll(forms(word)));
        }
        return forms;
    }

    private static List<String> words(String encoded) {
        return encoded.isEmpty() ? List.of() : List.of(encoded.split(" "));
    }

    private static List<String> forms(String word) {
        return List.of(word.split("\\|"));
    }
}
