package docsift.search.collapse;

import docsift.index.Fields;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

/**
 * The collapse keys of each open segment, computed from its dictionaries once and dropped when the segment
 * closes (a refresh reopens only the segments that changed, so the keys of the others are kept). A document's
 * key is a 64-bit hash of its page key (article id without its version folder) and its {@link Fields#LOCAL_ID}:
 * the same section in every version has the same key. 64-bit hashes rather than strings, so that no string is
 * built per match; two different sections share a key with a probability of about n²/2⁶⁵ (1e-9 for 200,000
 * sections). One per {@code SearchService}; thread-safe.
 */
public final class CollapseKeys {
    private final VersionFolders versions;
    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();
    /** Every version folder met in a segment, numbered for the collectors to compare (see {@link VersionRanks}). */
    private final VersionRanks ranks;

    public CollapseKeys(VersionFolders versions) {
        this.versions = versions;
        this.ranks = new VersionRanks(versions.preference());
    }

    /** The numbers of the version folders met so far, and their ranks by preference. */
    VersionRanks ranks() {
        return ranks;
    }

    /** The version folders the keys were made with. */
    public VersionFolders versions() {
        return versions;
    }

    /**
     * What a segment's articles and local ids hash to, by ordinal.
     *
     * @param pageHash  per article ordinal, the hash of its page key
     * @param articleHash per article ordinal, the hash of its id (the page when versions are not collapsed)
     * @param version   per article ordinal, the number of its version folder ({@link VersionRanks#id}), or -1
     * @param localHash per local-id ordinal, the hash of that id
     * @param versions  the distinct version folders of the segment's articles
     * @param valueHashes per faceted field, the hash of each value by ordinal ({@link #valueHashes}), as first needed
     */
    record Segment(long[] pageHash, long[] articleHash, int[] version, long[] localHash, Set<String> versions,
                   Map<String, long[]> valueHashes) {
        /** True when some article of the segment is in a version folder. */
        boolean versioned() {
            return !versions.isEmpty();
        }
    }

    /** The segment's keys, computed on first use. */
    Segment of(LeafReaderContext context) throws IOException {
        IndexReader.CacheHelper helper = context.reader().getCoreCacheHelper();
        if (helper == null) {
            return compute(context.reader());
        }
        Segment known = segments.get(helper.getKey());
        if (known != null) {
            return known;
        }
        Segment computed = compute(context.reader());
        if (segments.putIfAbsent(helper.getKey(), computed) == null) {
            helper.addClosedListener(segments::remove);
        }
        return computed;
    }

    /**
     * Reads the keys of one segment's documents, in increasing document order; {@code byVersion} false gives
     * every document a key of its own and the article as its page, for listing every copy.
     */
    LeafKeys leaf(LeafReaderContext context, boolean byVersion) throws IOException {
        return new LeafKeys(of(context), context, byVersion);
    }

    /**
     * The hash of each value of a segment's sorted doc values field, by ordinal ({@code | 1}, never 0), computed
     * once per segment: the facet counts of a collapsed search tell values apart across segments by them.
     */
    long[] valueHashes(LeafReaderContext context, String field) throws IOException {
        try {
            return of(context).valueHashes().computeIfAbsent(field, f -> hashValues(context.reader(), f));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static long[] hashValues(LeafReader reader, String field) {
        try {
            SortedDocValues values = DocValues.getSorted(reader, field);
            long[] hashes = new long[values.getValueCount()];
            for (int ord = 0; ord < hashes.length; ord++) {
                hashes[ord] = hash(values.lookupOrd(ord).utf8ToString()) | 1;
            }
            return hashes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A segment's key reader: {@link #key(int)} positions it on a document, whose page and version it then holds.
     * Asked again for the same document, it answers from what it holds: the facet counts and the collapsing
     * collector of one search share it (see {@link CollapsingCollectorManager#keysOf}).
     */
    static final class LeafKeys {
        private final LeafReaderContext context;
        private final Segment segment;
        private final SortedDocValues articles;
        private final SortedDocValues locals;
        private final int base;
        private final boolean byVersion;
        private long page;
        private int version;
        private int lastDoc = -1;
        private long lastKey;

        LeafKeys(Segment segment, LeafReaderContext context, boolean byVersion) throws IOException {
            this.context = context;
            this.segment = segment;
            this.byVersion = byVersion;
            this.articles = DocValues.getSorted(context.reader(), Fields.ARTICLE);
            this.locals = DocValues.getSorted(context.reader(), Fields.LOCAL_ID);
            this.base = context.docBase;
        }

        /** The document's collapse key; documents are asked in increasing order, each any number of times. */
        long key(int doc) throws IOException {
            if (doc != lastDoc) {
                lastKey = read(doc);
                lastDoc = doc;
            }
            return lastKey;
        }

        /** True when this reads the keys of that segment with version copies collapsed as asked. */
        boolean reads(LeafReaderContext other, boolean collapsed) {
            return context == other && byVersion == collapsed;
        }

        private long read(int doc) throws IOException {
            int article = articles.advanceExact(doc) ? articles.ordValue() : -1;
            page = article < 0 ? 0 : (byVersion ? segment.pageHash() : segment.articleHash())[article];
            version = article < 0 ? -1 : segment.version()[article];
            if (!byVersion) {
                return ~(long) (base + doc);
            }
            // A document without a local id (written before there were any) is a key of its own.
            long local = locals.advanceExact(doc) ? segment.localHash()[locals.ordValue()] : ~(long) (base + doc);
            return combine(page, local);
        }

        /** The page hash of the document last keyed. */
        long page() {
            return page;
        }

        /** The number of the version folder of the document last keyed ({@link VersionRanks#id}), or -1. */
        int version() {
            return version;
        }
    }

    /** Every version folder of the view, preferred first. */
    public List<String> versions(IndexReader reader) throws IOException {
        TreeSet<String> all = new TreeSet<>(versions.preference());
        for (LeafReaderContext leaf : reader.leaves()) {
            all.addAll(of(leaf).versions());
        }
        return List.copyOf(all);
    }

    /** True when any article of the view is in a version folder: only then is there anything to collapse. */
    public boolean versioned(IndexReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            if (of(leaf).versioned()) {
                return true;
            }
        }
        return false;
    }

    private Segment compute(LeafReader reader) throws IOException {
        SortedDocValues articles = DocValues.getSorted(reader, Fields.ARTICLE);
        long[] pageHash = new long[articles.getValueCount()];
        long[] articleHash = new long[pageHash.length];
        int[] version = new int[pageHash.length];
        Set<String> inSegment = new HashSet<>();
        for (int ord = 0; ord < pageHash.length; ord++) {
            String article = articles.lookupOrd(ord).utf8ToString();
            Optional<VersionFolders.Located> located = versions.locate(article);
            version[ord] = located.map(l -> ranks.id(l.version())).orElse(-1);
            located.ifPresent(l -> inSegment.add(l.version()));
            articleHash[ord] = hash(article);
            pageHash[ord] = located.isPresent() ? hash(located.get().pageKey()) : articleHash[ord];
        }
        SortedDocValues locals = DocValues.getSorted(reader, Fields.LOCAL_ID);
        long[] localHash = new long[locals.getValueCount()];
        for (int ord = 0; ord < localHash.length; ord++) {
            localHash[ord] = hash(locals.lookupOrd(ord).utf8ToString());
        }
        return new Segment(pageHash, articleHash, version, localHash, Set.copyOf(inSegment), new ConcurrentHashMap<>());
    }

    /** FNV-1a over the UTF-16 units, then SplitMix64's finaliser, so that similar ids spread over all bits. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** The key of a section: its page's hash combined with its local id's. */
    static long combine(long page, long local) {
        return mix(page * 31 + local);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
