package docsift.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content hashes for change detection: the one definition of {@code Article.contentHash}, used by the corpus
 * too to skip unchanged files. Stateless and thread-safe.
 */
public final class Hashes {

    private Hashes() {
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256, so this is a broken JDK, not bad input.
            throw new IllegalStateException("SHA-256 not available", e);
        }
    }
}
