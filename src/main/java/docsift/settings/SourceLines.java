package docsift.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of each value of a YAML document, by JSON pointer: Jackson's tree keeps no locations, so the
 * document's tokens are walked once more to know them. Immutable.
 */
final class SourceLines {
    private final Map<String, Integer> lines;

    private SourceLines(Map<String, Integer> lines) {
        this.lines = Map.copyOf(lines);
    }

    /** Lines of a document the mapper has already parsed without error. */
    static SourceLines of(ObjectMapper yaml, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // The first token at a path is its key (or, in a list, the element itself): the line a user looks at.
                lines.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // Unreachable for a document that parsed; without lines, errors still name the setting.
            return new SourceLines(lines);
        }
        return new SourceLines(lines);
    }

    /** The line of the value at this pointer, or of its nearest enclosing value; 1 when unknown. */
    int lineOf(String pointer) {
        for (String at = pointer; ; at = at.substring(0, at.lastIndexOf('/'))) {
            Integer line = lines.get(at);
            if (line != null && line > 0) {
                return line;
            }
            if (at.isEmpty()) {
                return 1;
            }
        }
    }
}
