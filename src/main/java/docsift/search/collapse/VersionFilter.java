package docsift.search.collapse;

import docsift.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The {@code version} filter: the folders whose version folder is the one asked for ({@code v25.4} and
 * {@code v25.4/sql}), as one term-set filter on {@link Fields#FOLDER}. A corpus has hundreds of folders at
 * most, so reading their names per search is cheap. Stateless.
 */
public final class VersionFilter {
    private VersionFilter() {
    }

    /** Matches the documents of the articles in {@code version}'s folders; nothing when there are none. */
    public static Query folders(IndexReader reader, VersionFolders versions, String version) throws IOException {
        List<BytesRef> folders = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, Fields.FOLDER);
        if (terms != null) {
            TermsEnum names = terms.iterator();
            for (BytesRef name = names.next(); name != null; name = names.next()) {
                String folder = name.utf8ToString();
                // A folder's own name counts too: "v25.4" is a version folder of articles "v25.4/x.md".
                boolean in = versions.locate(folder + "/").map(l -> l.version().equals(version)).orElse(false);
                if (in) {
                    folders.add(BytesRef.deepCopyOf(name));
                }
            }
        }
        return new TermInSetQuery(Fields.FOLDER, folders);
    }
}
