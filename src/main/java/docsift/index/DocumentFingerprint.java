package docsift.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;

/**
 * The fingerprint of a document as {@link SectionDocuments} makes it: 64 bits of a SHA-256 over every field's
 * name, type and value, in order. Two documents with the same fingerprint index, store and sort the same, so
 * an edit need only rewrite the documents whose fingerprint changed. Stateless and thread-safe.
 */
final class DocumentFingerprint {
    private DocumentFingerprint() {
    }

    /** Adds the document's fingerprint to it, as {@link Fields#DOC_FINGERPRINT} doc values. */
    static void add(Document doc) {
        doc.add(new NumericDocValuesField(Fields.DOC_FINGERPRINT, of(doc)));
    }

    /** 64 bits of the SHA-256 of the document's fields (a chance collision between two versions: 2^-64). */
    static long of(Document doc) {
        MessageDigest digest = sha256();
        for (IndexableField field : doc.getFields()) {
            update(digest, field.name());
            updateType(digest, field.fieldType());
            updateValue(digest, field);
        }
        return ByteBuffer.wrap(digest.digest()).getLong();
    }

    private static void updateValue(MessageDigest digest, IndexableField field) {
        if (field.stringValue() != null) {
            digest.update((byte) 's');
            update(digest, field.stringValue());
        } else if (field.numericValue() != null) {
            digest.update((byte) 'n');
            update(digest, field.numericValue().getClass().getSimpleName() + field.numericValue());
        } else if (field.binaryValue() != null) {
            BytesRef bytes = field.binaryValue();
            digest.update((byte) 'b');
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            digest.update(bytes.bytes, bytes.offset, bytes.length);
        } else {
            // A field made from a token stream or reader cannot be read twice: a fingerprint would miss its value.
            throw new IllegalArgumentException("field " + field.name() + " has no value a fingerprint can read");
        }
    }

    /** Length-prefixed, so that field boundaries cannot shift between two documents with the same bytes. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /**
     * How the field is indexed, stored and kept as doc values or points: its type's settings, read one by one (its
     * text, built for each field, was most of the fingerprint's cost).
     */
    private static void updateType(MessageDigest digest, IndexableFieldType type) {
        update(digest, type.indexOptions().name());
        update(digest, type.docValuesType().name());
        digest.update(new byte[] {(byte) (type.stored() ? 1 : 0), (byte) (type.tokenized() ? 1 : 0),
            (byte) (type.omitNorms() ? 1 : 0), (byte) (type.storeTermVectors() ? 1 : 0),
            (byte) type.pointDimensionCount(), (byte) type.pointIndexDimensionCount(), (byte) type.pointNumBytes()});
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
