package docsift.search.collapse;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
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
 * one id per version per hit, each a term seek per segment. Thread-safe.
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

    /** Every version folder of the searcher's view, preferred first: read once per search. */
    public List<String> versions(IndexSearcher searcher) throws IOException {
        return keys.versions(searcher.getIndexReader());
    }

    /**
     * The other versions (of {@code versions}) holding the section {@code anchor} of {@code article} (the article
     * itself when {@code anchor} is null), preferred first.
     */
    public List<Other> others(IndexSearcher searcher, List<String> versions, String article, String anchor)
            throws IOException {
        Optional<VersionFolders.Located> located = keys.versions().locate(article);
        if (located.isEmpty()) {
            return List.of();
        }
        List<Other> others = new ArrayList<>();
        for (String version : versions) {
            if (!version.equals(located.get().version())) {
                String copy = located.get().in(version);
                Term term = anchor == null ? new Term(Fields.ARTICLE, copy)
                        : new Term(Fields.SECTION_ID, copy + "#" + anchor);
                if (exists(searcher.getIndexReader(), term)) {
                    others.add(new Other(version, copy));
                }
            }
        }
        return others;
    }

    /**
     * True when a live document has the term: a seek in each segment's terms, without the query machinery
     * (a grouped page of thirty hits looks up some three hundred ids).
     */
    private static boolean exists(IndexReader reader, Term term) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            TermsEnum seek = terms == null ? null : terms.iterator();
            if (seek != null && seek.seekExact(term.bytes())) {
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum docs = seek.postings(null, PostingsEnum.NONE);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
