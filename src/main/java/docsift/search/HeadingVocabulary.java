package docsift.search;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/** The frequent words of an index's headings: see {@link Catalog#frequentHeadingWords}. Stateless. */
final class HeadingVocabulary {
    private static final int MIN_LETTERS = 4;
    /** Below this many articles every word may be a subject: a small site has no boilerplate to speak of. */
    private static final int BOILERPLATE_MIN_ARTICLES = 20;
    private static final double BOILERPLATE_SHARE = 0.25;

    private HeadingVocabulary() {
    }

    static List<String> frequent(IndexSearcher searcher, int max) throws IOException {
        Map<String, Integer> sections = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(Fields.HEADING);
            TermsEnum words = terms == null ? TermsEnum.EMPTY : terms.iterator();
            for (BytesRef term = words.next(); term != null; term = words.next()) {
                String word = term.utf8ToString();
                if (isCandidate(word)) {
                    sections.merge(word, words.docFreq(), Integer::sum);
                }
            }
        }
        int articles = searcher.count(IntPoint.newExactQuery(Fields.ORDINAL, 0));
        int ceiling = articles < BOILERPLATE_MIN_ARTICLES ? Integer.MAX_VALUE : (int) (articles * BOILERPLATE_SHARE);
        List<Map.Entry<String, Integer>> ranked = sections.entrySet().stream().filter(e -> e.getValue() <= ceiling)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        return choose(searcher, ranked, max);
    }

    private static boolean isCandidate(String word) {
        return word.length() >= MIN_LETTERS && word.chars().allMatch(Character::isLetter)
                && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word);
    }

    /** The first words that are words of the text (the spelling field has no stems) and no variant of one chosen. */
    private static List<String> choose(IndexSearcher searcher, List<Map.Entry<String, Integer>> ranked, int max)
            throws IOException {
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : ranked) {
            String word = entry.getKey();
            boolean variant = chosen.stream().anyMatch(c -> word.startsWith(c) || c.startsWith(word));
            if (!variant && searcher.getIndexReader().docFreq(new Term(Fields.SPELL, word)) > 0) {
                chosen.add(word);
                if (chosen.size() == max) {
                    break;
                }
            }
        }
        return chosen;
    }
}
