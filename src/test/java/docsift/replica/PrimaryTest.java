package docsift.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.search.view.Searchers;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.replicator.nrt.FileMetaData;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** The primary's side on a tiny in-memory index: points per commit, their files, and a replaced writer. */
class PrimaryTest {
    private static void addAndCommit(IndexWriter writer, String id) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        writer.addDocument(doc);
        writer.commit();
    }

    @Test
    void publishesOnePointPerChangeAndServesItsFilesWhole() throws Exception {
        try (Directory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
             Primary primary = new Primary(() -> writer, Searchers.factory())) {
            long first = primary.version().orElseThrow().version();
            addAndCommit(writer, "a");
            primary.publish();
            WirePoint point = primary.latest().orElseThrow();
            assertTrue(point.version() > first, "a commit makes a newer point");
            primary.publish();
            assertEquals(point.version(), primary.version().orElseThrow().version(), "no change, no new point");
            for (var file : point.files().entrySet()) {
                try (InputStream in = primary.open(point.version(), file.getKey(), 0).orElseThrow()) {
                    assertEquals(file.getValue().length(), in.readAllBytes().length, file.getKey());
                }
            }
            String name = point.files().keySet().iterator().next();
            try (InputStream tail = primary.open(point.version(), name, 3).orElseThrow()) {
                assertEquals(point.files().get(name).length() - 3, tail.readAllBytes().length, "read from an offset");
            }
            assertTrue(primary.open(point.version(), "_unknown.cfs", 0).isEmpty(), "not a file of the point");
            assertTrue(primary.open(point.version() + 100, name, 0).isEmpty(), "not a held point");
        }
    }

    @Test
    void aReplacedWriterIsANewGenerationAheadOfEveryEarlierVersion() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            AtomicReference<IndexWriter> writer = new AtomicReference<>(new IndexWriter(directory, new IndexWriterConfig()));
            addAndCommit(writer.get(), "a");
            try (Primary primary = new Primary(writer::get, Searchers.factory())) {
                PointVersion before = primary.version().orElseThrow();
                writer.get().rollback();
                writer.set(new IndexWriter(directory, new IndexWriterConfig()));
                primary.publish();
                PointVersion after = primary.version().orElseThrow();
                assertTrue(after.primaryGen() > before.primaryGen(), "a new primary generation");
                assertTrue(after.version() > before.version(), "versions never go back");
            } finally {
                writer.get().close();
            }
        }
    }

    @Test
    void aPointTravelsAsJsonWithoutLosingWhatIdentifiesItsFiles() throws Exception {
        try (Directory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig());
             Primary primary = new Primary(() -> writer, Searchers.factory())) {
            addAndCommit(writer, "a");
            primary.publish();
            WirePoint sent = primary.latest().orElseThrow();
            ObjectMapper json = new ObjectMapper();
            WirePoint received = json.readValue(json.writeValueAsBytes(sent), WirePoint.class);
            assertEquals(sent.version(), received.toCopyState().version());
            assertArrayEquals(sent.infos(), received.toCopyState().infosBytes());
            for (var file : sent.fileMetaData().entrySet()) {
                FileMetaData copy = received.fileMetaData().get(file.getKey());
                assertArrayEquals(file.getValue().header(), copy.header());
                assertArrayEquals(file.getValue().footer(), copy.footer());
                assertEquals(file.getValue().checksum(), copy.checksum());
            }
        }
    }
}
