package docsift.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Test helper: every live document of an index's last commit as text, keyed by id — stored fields in order,
 * doc values, and each indexed term with its frequency — so two indexes can be compared document by
 * document regardless of segment layout or deleted documents.
 */
public final class IndexDump {
    private IndexDump() {
    }

    /** Id to the document's full description, for the last commit in {@code path}. */
    public static SortedMap<String, String> of(Path path) throws IOException {
        try (Directory directory = FSDirectory.open(path)) {
            return of(directory);
        }
    }

    public static SortedMap<String, String> of(Directory directory) throws IOException {
        SortedMap<String, String> docs = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                dumpLeaf(leaf.reader(), docs);
            }
        }
        return docs;
    }

    /**
     * Null when both indexes hold the same documents, else a short description of the first difference
     * (whole dumps are too long for a readable failure message).
     */
    public static String difference(SortedMap<String, String> expected, SortedMap<String, String> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            List<String> missing = new ArrayList<>(expected.keySet());
            missing.removeAll(actual.keySet());
            List<String> extra = new ArrayList<>(actual.keySet());
            extra.removeAll(expected.keySet());
            return "ids differ: missing " + head(missing) + ", unexpected " + head(extra);
        }
        for (String id : expected.keySet()) {
            if (!expected.get(id).equals(actual.get(id))) {
                return "document " + id + " differs: " + firstDifferentLine(expected.get(id), actual.get(id));
            }
        }
        return null;
    }

    private static String head(List<String> ids) {
        return ids.size() <= 5 ? ids.toString() : ids.subList(0, 5) + " and " + (ids.size() - 5) + " more";
    }

    private static String firstDifferentLine(String expected, String actual) {
        String[] a = expected.split("\n");
        String[] b = actual.split("\n");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "<none>";
            String y = i < b.length ? b[i] : "<none>";
            if (!x.equals(y)) {
                return "expected [" + x + "] but was [" + y + "]";
            }
        }
        return "(same lines)";
    }

    private static void dumpLeaf(LeafReader leaf, SortedMap<String, String> docs) throws IOException {
        Bits live = leaf.getLiveDocs();
        Map<Integer, List<String>> text = new HashMap<>();
        StoredFields stored = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                text.put(doc, new ArrayList<>());
            }
        }
        for (FieldInfo field : leaf.getFieldInfos()) {
            docValues(leaf, field, text);
            if (field.getIndexOptions() != IndexOptions.NONE) {
                terms(leaf, field.name, text);
            }
        }
        for (Map.Entry<Integer, List<String>> entry : text.entrySet()) {
            Document doc = stored.document(entry.getKey());
            // Stored fields keep document order; indexed lines are sorted, as field numbering may differ.
            List<String> indexed = entry.getValue();
            indexed.sort(null);
            String description = storedFields(doc) + String.join("\n", indexed);
            if (docs.put(doc.get(Fields.ID), description) != null) {
                throw new AssertionError("two live documents with id " + doc.get(Fields.ID));
            }
        }
    }

    private static String storedFields(Document doc) {
        StringBuilder out = new StringBuilder();
        for (IndexableField field : doc.getFields()) {
            Object value = field.numericValue() != null ? field.numericValue() : field.stringValue();
            out.append("stored ").append(field.name()).append('=').append(value).append('\n');
        }
        return out.toString();
    }

    private static void docValues(LeafReader leaf, FieldInfo field, Map<Integer, List<String>> text)
            throws IOException {
        switch (field.getDocValuesType()) {
            case NUMERIC -> {
                NumericDocValues values = leaf.getNumericDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    append(text, doc, "dv " + field.name + "=" + values.longValue());
                }
            }
            case SORTED -> {
                SortedDocValues values = leaf.getSortedDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    append(text, doc, "dv " + field.name + "=" + values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
            case BINARY -> {
                BinaryDocValues values = leaf.getBinaryDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    append(text, doc, "dv " + field.name + "=" + values.binaryValue().utf8ToString());
                }
            }
            case NONE -> { }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues values = leaf.getSortedNumericDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    StringBuilder all = new StringBuilder();
                    for (int i = 0; i < values.docValueCount(); i++) {
                        all.append(i == 0 ? "" : ",").append(values.nextValue());
                    }
                    append(text, doc, "dv " + field.name + "=" + all);
                }
            }
            default -> throw new AssertionError("doc values type not dumped yet: " + field.getDocValuesType());
        }
    }

    /** Each term of each live document, with its frequency, sorted per field as the terms dictionary is. */
    private static void terms(LeafReader leaf, String field, Map<Integer, List<String>> text) throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum termsEnum = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            String name = field + ":" + term.utf8ToString() + "x";
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                append(text, doc, name + postings.freq());
            }
        }
    }

    private static void append(Map<Integer, List<String>> text, int doc, String line) {
        List<String> lines = text.get(doc);
        if (lines != null) {
            lines.add(line);
        }
    }
}
