package docsift.search.collapse;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The other versions a shown page or section exists in, looked up by id: the same page key in every version
 * folder the index holds, kept where such a section (or article) is indexed. Only the shown hits are looked up,
 * one id per version per hit, each a term seek per segment. Thread-safe; a {@link Lookup} is not.
 */
public final class VersionLinks {
    private final CollapseKeys keys;

    public VersionLinks(CollapseKeys keys) {
        this.keys = keys;
    }

    /** Another version of a page or section: the version and the article id of its copy. */
    public record Other(String version, String article) {
    }

    /** The version folder of an article, or empty when it is in none. */
    public Optional<String> versionOf(String article) {
        return keys.versions().locate(article).map(VersionFolders.Located::version);
    }

    /** The look-ups of one search: every version folder of the searcher's view, preferred first, read once. */
    public Lookup lookup(IndexSearcher searcher) throws IOException {
        return new Lookup(searcher.getIndexReader(), keys.versions(searcher.getIndexReader()));
    }

    /**
     * The other versions (of the look-up's) holding the section {@code anchor} of {@code article} (the article
     * itself when {@code anchor} is null), preferred first.
     */
    public List<Other> others(Lookup lookup, String article, String anchor) throws IOException {
        Optional<VersionFolders.Located> located = keys.versions().locate(article);
        if (located.isEmpty()) {
            return List.of();
        }
        List<Other> others = new ArrayList<>();
        for (String version : lookup.versions) {
            if (!version.equals(located.get().version())) {
                String copy = located.get().in(version);
                Term term = anchor == null ? new Term(Fields.ARTICLE, copy)
                        : new Term(Fields.SECTION_ID, copy + "#" + anchor);
                if (lookup.exists(term)) {
                    others.add(new Other(version, copy));
                }
            }
        }
        return others;
    }

    /**
     * One search's look-ups of ids: a seek in each segment's terms, without the query machinery (a grouped page
     * of thirty hits looks up some three hundred ids), through one terms enumerator per segment and field reused
     * across them. Not thread-safe: one per search.
     */
    public static final class Lookup {
        private final List<LeafReaderContext> leaves;
        private final List<String> versions;
        /** Per field, each segment's enumerator, made on first use ({@link TermsEnum#EMPTY} without the field). */
        private final Map<String, TermsEnum[]> enums = new HashMap<>();
        private PostingsEnum postings;

        private Lookup(IndexReader reader, List<String> versions) {
            this.leaves = reader.leaves();
            this.versions = versions;
        }

        /** True when the view has no version folders: no hit has other versions. */
        public boolean isEmpty() {
            return versions.isEmpty();
        }

        /** True when a live document has the term. */
        private boolean exists(Term term) throws IOException {
            TermsEnum[] perLeaf = enums.computeIfAbsent(term.field(), field -> new TermsEnum[leaves.size()]);
            for (int i = 0; i < perLeaf.length; i++) {
                LeafReader reader = leaves.get(i).reader();
                if (perLeaf[i] == null) {
                    Terms terms = reader.terms(term.field());
                    perLeaf[i] = terms == null ? TermsEnum.EMPTY : terms.iterator();
                }
                if (perLeaf[i].seekExact(term.bytes()) && live(reader.getLiveDocs(), perLeaf[i])) {
                    return true;
                }
            }
            return false;
        }

        /** True when a document of the term the enumerator is on is live (any, in a segment without deletions). */
        private boolean live(Bits liveDocs, TermsEnum positioned) throws IOException {
            if (liveDocs == null) {
                return true;
            }
            postings = positioned.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (liveDocs.get(doc)) {
                    return true;
                }
            }
            return false;
        }
    }
}
