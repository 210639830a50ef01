package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import docsift.markdown.Article;
import docsift.markdown.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer: atomic replacement, commit-only visibility, rollback, the lock. */
class IndexStoreTest {
    @TempDir
    Path dir;

    private static Article article(String id, String hash, String... headings) {
        List<Section> sections = new java.util.ArrayList<>();
        for (String heading : headings) {
            String anchor = heading.toLowerCase().replace(' ', '-');
            sections.add(new Section(id, anchor, 2, heading, List.of(), heading, "text about " + heading, List.of(),
                    List.of(), List.of(), 0, "## " + heading, 1, 1));
        }
        return new Article(id, id, hash, sections);
    }

    private int sections(IndexStore store, String article) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(store.directory())) {
            return new IndexSearcher(reader).count(new org.apache.lucene.search.BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.ARTICLE, article)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.KIND, "section")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                    .build());
        }
    }

    @Test
    void replacingAnArticleNeverLeavesTwoVersions() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "v1", "One", "Two", "Three"));
            store.commit();
            store.replaceArticle(article("a.md", "v2", "One", "Four"));
            store.commit();
            assertEquals(2, sections(store, "a.md"));
            assertEquals(Map.of("a.md", "v2"), store.committedArticleHashes());
        }
    }

    @Test
    void uncommittedChangesAreInvisibleAndRollbackRestoresTheLastCommit() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "v1", "One", "Two"));
            store.commit();
            store.deleteArticle("a.md");
            store.replaceArticle(article("b.md", "v1", "Other"));
            assertEquals(2, sections(store, "a.md"));
            store.rollback();
            store.commit();
            assertEquals(2, sections(store, "a.md"));
            assertEquals(0, sections(store, "b.md"));
        }
    }

    @Test
    void anEditRewritesOnlyTheDocumentsThatChangedAndEqualsAFullBuild() throws IOException {
        Article before = article("a.md", "v1", "One", "Two", "Three", "Four");
        Article after = article("a.md", "v2", "One", "Two", "Third", "Four", "Five");
        try (IndexStore store = IndexStore.open(dir.resolve("edited"))) {
            store.replaceArticle(before);
            store.commit();
            store.beginPass();
            // Written again: the first document (it holds the article's hash), "Third" and "Five"; "Three" went.
            assertEquals(3, store.updateArticle(after));
            store.commit();
            assertEquals(5, sections(store, "a.md"));
            assertEquals(Map.of("a.md", "v2"), store.committedArticleHashes());
        }
        try (IndexStore store = IndexStore.open(dir.resolve("full"))) {
            store.replaceArticle(after);
            store.commit();
        }
        assertEquals(null, IndexDump.difference(IndexDump.of(dir.resolve("full")), IndexDump.of(dir.resolve("edited"))));
    }

    @Test
    void anEditWithoutAPassViewReplacesTheWholeArticle() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "v1", "One", "Two"));
            store.commit();
            assertEquals(2, store.updateArticle(article("a.md", "v2", "One", "Three")));
            store.commit();
            assertEquals(2, sections(store, "a.md"));
        }
    }

    @Test
    void aSecondWriterIsRefusedWithANamedError() throws IOException {
        try (IndexStore first = IndexStore.open(dir)) {
            assertThrows(IndexLockedException.class, () -> IndexStore.open(dir));
            first.commit();
        }
    }

    @Test
    void anIndexWrittenWithAnotherSchemaReportsEveryArticleAsStale() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "v1", "One"));
            store.commit();
        }
        try (var directory = org.apache.lucene.store.FSDirectory.open(dir);
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(IndexStore.SCHEMA, "0").entrySet());
            writer.commit();
        }
        try (IndexStore store = IndexStore.open(dir)) {
            assertEquals(Map.of("a.md", IndexStore.STALE_HASH), store.committedArticleHashes());
        }
    }

    @Test
    void deletingAnArticleRemovesAllItsDocuments() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "v1", "One"));
            store.replaceArticle(article("b.md", "v1", "Two"));
            store.commit();
            store.deleteArticle("a.md");
            store.commit();
            assertEquals(0, sections(store, "a.md"));
            assertEquals(Map.of("b.md", "v1"), store.committedArticleHashes());
        }
    }

    @Test
    void aFailedCommitLeavesTheLastCommitAndTheStoreWritesAgainOnceTheFaultGoes() throws IOException {
        var fault = new java.util.concurrent.atomic.AtomicReference<>(FaultyDirectory.Fault.NONE);
        try (IndexStore store = IndexStore.openOrRecover(dir, FaultyDirectory.factory(fault))) {
            store.replaceArticle(article("a.md", "v1", "One"));
            store.commit();
            fault.set(FaultyDirectory.Fault.FULL);
            assertThrows(IndexWriteException.class, () -> {
                store.replaceArticle(article("a.md", "v2", "Two", "Three"));
                store.commit();
            });
            store.rollback();
            assertEquals(Map.of("a.md", "v1"), store.committedArticleHashes());

            fault.set(FaultyDirectory.Fault.NONE);
            store.reopenIfClosed();
            store.replaceArticle(article("a.md", "v2", "Two", "Three"));
            store.commit();
            assertEquals(Map.of("a.md", "v2"), store.committedArticleHashes());
            assertEquals(null, store.writeFault());
        }
    }

    @Test
    void aFolderThatRefusesWritesIsOpenedReadOnlyAndSaysWhy() throws IOException {
        try (IndexStore store = IndexStore.open(dir)) {
            store.replaceArticle(article("a.md", "v1", "One"));
            store.commit();
        }
        var fault = new java.util.concurrent.atomic.AtomicReference<>(FaultyDirectory.Fault.READ_ONLY);
        try (IndexStore store = IndexStore.openOrRecover(dir, FaultyDirectory.factory(fault))) {
            assertEquals(Map.of("a.md", "v1"), store.committedArticleHashes());
            IndexStore.WriteFault why = store.writeFault();
            assertEquals(true, why.readOnly(), why.toString());
            assertThrows(IndexWriteException.class, () -> store.replaceArticle(article("a.md", "v2", "Two")));
            assertThrows(IndexWriteException.class, store::reopenIfClosed);

            fault.set(FaultyDirectory.Fault.NONE);
            store.reopenIfClosed();
            store.replaceArticle(article("a.md", "v2", "Two"));
            store.commit();
            assertEquals(Map.of("a.md", "v2"), store.committedArticleHashes());
        }
    }

    @Test
    void aFolderThatRefusesWritesStillFailsAPlainOpen() {
        var fault = new java.util.concurrent.atomic.AtomicReference<>(FaultyDirectory.Fault.READ_ONLY);
        assertThrows(IOException.class, () -> IndexStore.openOrRecover(dir, FaultyDirectory.factory(fault)),
                "no commit to serve: nothing to open read-only");
    }
}
