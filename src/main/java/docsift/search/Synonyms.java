package docsift.search;

import docsift.index.Fields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Groups of words that mean the same thing in software documentation ("delete", "remove", "purge"), from the
 * curated {@code synonyms.txt}: a reader asking how rows are "removed" is answered by the section on when
 * they are "deleted". Words are compared by their analysed forms (stems), so every form of a word finds its
 * group. Immutable and thread-safe.
 */
final class Synonyms {
    private static final String RESOURCE = "/docsift/synonyms.txt";

    private final Analyzer analyzer;
    /** Analysed form of a word to the words of its groups, as written in the file. */
    private final Map<String, Set<String>> groupsByForm = new HashMap<>();
    /** The analysed forms of each word of the file. */
    private final Map<String, List<String>> formsOfGroupWords = new HashMap<>();

    Synonyms(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
        for (List<String> group : read()) {
            for (String word : group) {
                formsOfGroupWords.put(word, forms(word));
                for (String form : formsOfGroupWords.get(word)) {
                    groupsByForm.computeIfAbsent(form, f -> new LinkedHashSet<>()).addAll(group);
                }
            }
        }
    }

    /** The other words of the groups {@code word} belongs to; empty when it is in none. */
    List<String> of(String word) {
        List<String> typed = forms(word);
        Set<String> others = new LinkedHashSet<>();
        for (String form : typed) {
            others.addAll(groupsByForm.getOrDefault(form, Set.of()));
        }
        others.removeIf(other -> formsOfGroupWords.get(other).stream().anyMatch(typed::contains));
        return List.copyOf(others);
    }

    /** The terms the English query chain makes of a word: its form as written and its stem. */
    private List<String> forms(String word) {
        List<String> forms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Fields.PROSE, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                forms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a word in memory", e);
        }
        return forms;
    }

    private static List<List<String>> read() {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(Synonyms.class.getResourceAsStream(RESOURCE), RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String group = line.strip();
                if (!group.isEmpty() && !group.startsWith("#")) {
                    groups.add(List.of(group.split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        return groups;
    }
}
