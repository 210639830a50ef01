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
 *
 * <p>The prose and the code are analysed only as far as the answer needs (a full build spent 13% of its CPU
 * analysing them to the end): the prose until every linked word has a form it says more often than the links
 * do, the code until no candidate is left. Counts only grow, so stopping there changes nothing.
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
        Map<String, Integer> inProse = new ProseCount(linked, inLinks).count(section.prose(), analysis);
        Set<String> candidates = new LinkedHashSet<>();
        for (String word : linked) {
            if (forms(word).stream().allMatch(form -> inProse.getOrDefault(form, 0) <= inLinks.get(form))) {
                candidates.addAll(forms(word));
            }
        }
        removeFormsElsewhere(candidates, section, analysis);
        return candidates;
    }

    /** Removes from {@code candidates} the forms of the words of the section's code blocks and use cases. */
    private static void removeFormsElsewhere(Set<String> candidates, Section section, HeadingWords analysis) {
        List<String> texts = new ArrayList<>();
        section.codeBlocks().stream().map(CodeBlock::text).forEach(texts::add);
        section.useCases().stream().map(UseCase::text).forEach(texts::add);
        for (String text : texts) {
            if (candidates.isEmpty()) {
                return;
            }
            analysis.forEachTerm(text, form -> {
                candidates.remove(form);
                return !candidates.isEmpty();
            });
        }
    }

    private static List<String> words(String encoded) {
        return encoded.isEmpty() ? List.of() : List.of(encoded.split(" "));
    }

    private static List<String> forms(String word) {
        return List.of(word.split("\\|"));
    }

    /**
     * How often the prose says each form of a linked word, counted until no linked word can be link-only any
     * more: then each has a form counted more often than in the links, which further counting cannot undo.
     * Not thread-safe; one per section.
     */
    private static final class ProseCount {
        private final Map<String, Integer> inLinks;
        private final Map<String, Integer> inProse = new HashMap<>();
        /** Each linked form to the distinct linked words that have it. */
        private final Map<String, List<String>> wordsOfForm = new HashMap<>();
        /** The distinct linked words none of whose forms the prose has said more often than the links yet. */
        private final Set<String> possible;

        ProseCount(List<String> linked, Map<String, Integer> inLinks) {
            this.inLinks = inLinks;
            this.possible = new LinkedHashSet<>(linked);
            for (String word : possible) {
                forms(word).forEach(form -> wordsOfForm.computeIfAbsent(form, f -> new ArrayList<>()).add(word));
            }
        }

        /** The counts of the linked forms in {@code prose} (partial once no linked word is possible). */
        Map<String, Integer> count(String prose, HeadingWords analysis) {
            if (!possible.isEmpty()) {
                analysis.forEachTerm(prose, this::add);
            }
            return inProse;
        }

        /** Counts one term of the prose; false once no linked word is possible. */
        private boolean add(String form) {
            Integer linkCount = inLinks.get(form);
            if (linkCount != null && inProse.merge(form, 1, Integer::sum) == linkCount + 1) {
                wordsOfForm.get(form).forEach(possible::remove);
            }
            return !possible.isEmpty();
        }
    }
}
