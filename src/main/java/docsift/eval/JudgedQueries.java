package docsift.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads judged queries from JSON Lines, one {@link JudgedQuery} per non-blank line. Stateless. */
public final class JudgedQueries {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private JudgedQueries() {
    }

    /** The queries of a {@code .jsonl} file, in file order. */
    public static List<JudgedQuery> load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The queries of JSON Lines text.
     *
     * @throws IllegalArgumentException naming the line that is not a judged query
     */
    public static List<JudgedQuery> parse(String jsonl, String source) {
        List<JudgedQuery> queries = new ArrayList<>();
        String[] lines = jsonl.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                queries.add(parseLine(lines[i], source + ":" + (i + 1)));
            }
        }
        return List.copyOf(queries);
    }

    private static JudgedQuery parseLine(String line, String where) {
        try {
            return JSON.readValue(line, JudgedQuery.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(where + ": not a judged query: " + e.getMessage(), e);
        }
    }
}
