package docsift.corpus;

import docsift.index.IndexDump;
import docsift.index.IndexStore;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;

/** Test helper: the two real versions of the article, and what a full rebuild of a corpus contains. */
public final class Articles {
    /** The article's file name in the test corpora. */
    public static final String ID = "advanced-topics.md";
    /** Occurs only in v1 (a code sample removed in v2). */
    public static final String ONLY_IN_V1 = "update_product_quantity";
    /** Occurs only in v2 (the "FastAPI related topics" sections). */
    public static final String ONLY_IN_V2 = "FastAPI";

    private Articles() {
    }

    public static String v1() {
        return resource("advanced-topics.v1.md");
    }

    public static String v2() {
        return resource("advanced-topics.v2.md");
    }

    private static String resource(String name) {
        try (InputStream in = Articles.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every document a fresh full build of {@code corpus} holds, built in {@code scratch} (a new folder each
     * call): what an incrementally maintained index must equal.
     */
    public static SortedMap<String, String> fullRebuild(Path corpus, Path scratch) throws IOException {
        Path index = Files.createTempDirectory(Files.createDirectories(scratch), "rebuild-");
        try (IndexStore store = IndexStore.open(index)) {
            CorpusIndexer indexer = new CorpusIndexer(new CorpusReader(corpus), new MarkdownParser(), store, () -> { });
            SyncReport report = indexer.rebuild();
            if (!report.problems().isEmpty()) {
                throw new AssertionError("the reference build has problems: " + report.problems());
            }
        }
        return IndexDump.of(index);
    }
}
