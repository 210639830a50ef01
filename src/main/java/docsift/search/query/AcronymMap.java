package docsift.search.query;

import docsift.index.Acronyms.Acronym;
import docsift.index.Fields;
import docsift.index.ResourceLines;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The acronyms the indexed articles spell out, read from the index (live documents only), so query
 * expansion follows the corpus as it changes. Immutable once read; one per index view (see QueryFactory).
 */
final class AcronymMap {
    private final Set<Acronym> pairs;

    private AcronymMap(Set<Acronym> pairs) {
        this.pairs = Set.copyOf(pairs);
    }

    /** The pairs defined by at least one live document of {@code reader}, then the curated ones. */
    static AcronymMap read(IndexReader reader) throws IOException {
        Set<Acronym> pairs = new LinkedHashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(Fields.ACRONYMS);
            if (terms == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            TermsEnum iterator = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                postings = iterator.postings(postings, PostingsEnum.NONE);
                if (hasLiveDoc(postings, live)) {
                    pairs.add(Acronym.ofTerm(term.utf8ToString()));
                }
            }
        }
        pairs.addAll(CURATED);
        return new AcronymMap(pairs);
    }

    /** General software acronyms ({@code acronyms.txt}), for corpora that use only one of the two forms. */
    private static final List<Acronym> CURATED = curated("/docsift/acronyms.txt");

    private static List<Acronym> curated(String resource) {
        List<Acronym> pairs = new ArrayList<>();
        for (String line : ResourceLines.read(AcronymMap.class, resource)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                pairs.add(new Acronym(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip().toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(pairs);
    }

    private static boolean hasLiveDoc(PostingsEnum postings, Bits live) throws IOException {
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
                return true;
            }
        }
        return false;
    }

    /** Long forms of a word typed as an acronym ("WSGI"), empty when it is not one. */
    List<String> longForms(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return pairs.stream().filter(p -> p.shortForm().equals(lower)).map(Acronym::longForm).toList();
    }

    /** The pairs whose long form the query spells out ("object-relational mapping" gives orm's). */
    List<Acronym> spelledIn(String query) {
        String words = " " + String.join(" ", words(query)) + " ";
        return pairs.stream().filter(pair -> words.contains(" " + pair.longForm() + " ")).toList();
    }

    /** The words of a text as long forms are written: lower case, split at anything but letters and digits. */
    static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !word.isEmpty()).toList();
    }
}
