package docsift.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One value of the settings file with where it is (its setting's dotted name and its line), so each check can
 * fail with a message naming the file, the line and the setting. Immutable.
 *
 * @param pointer the value's JSON pointer ({@code /links/urls}, {@code /exclude/1}), for its line
 */
record SettingsNode(Path file, SourceLines lines, String pointer, JsonNode node) {

    /** The setting's name as a user writes it: {@code links.urls}, {@code exclude[1]}. */
    String setting() {
        StringBuilder name = new StringBuilder();
        for (String part : pointer.substring(Math.min(1, pointer.length())).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean index = part.chars().allMatch(Character::isDigit);
            name.append(index ? "[" + part + "]" : (name.isEmpty() ? "" : ".") + part.replace("~1", "/").replace("~0", "~"));
        }
        return name.isEmpty() ? "(the file)" : name.toString();
    }

    SettingsException error(String message) {
        return new SettingsException(file + " line " + lines.lineOf(pointer) + ": " + setting() + ": " + message);
    }

    /** The value under this key, absent when the key is missing or has no value ({@code title:}). */
    Optional<SettingsNode> child(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(new SettingsNode(file, lines, pointer + "/" + key.replace("~", "~0").replace("/", "~1"), value));
    }

    /** Checks this is a mapping whose keys are all known. */
    void requireKeys(Set<String> known) {
        if (!node.isObject()) {
            throw error("must be a mapping of " + String.join(", ", new TreeSet<>(known)) + ", not " + kind());
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!known.contains(key)) {
                SettingsNode unknown = new SettingsNode(file, lines, pointer + "/" + key, node.get(key));
                throw unknown.error("unknown setting (known here: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    /** A piece of text, not blank. */
    String text() {
        if (!node.isTextual()) {
            throw error("must be text, not " + kind() + (node.isNumber() ? " (put it in quotes)" : ""));
        }
        if (node.textValue().isBlank()) {
            throw error("must not be empty");
        }
        return node.textValue().strip();
    }

    /** A list, each element converted by {@code element}. */
    <T> List<T> list(Function<SettingsNode, T> element) {
        if (!node.isArray()) {
            throw error("must be a list, such as [a, b], not " + kind());
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            values.add(element.apply(new SettingsNode(file, lines, pointer + "/" + i, node.get(i))));
        }
        return values;
    }

    /** One piece of text or a list of them. */
    <T> List<T> textOrList(Function<SettingsNode, T> element) {
        return node.isArray() ? list(element) : List.of(element.apply(this));
    }

    /** One of the enum's constants, written in lower case with hyphens ({@code python-markdown}). */
    <E extends Enum<E>> E choice(Class<E> type) {
        String value = text();
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(constant)).findFirst()
                .orElseThrow(() -> error("\"" + value + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                        .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "))));
    }

    /** An absolute http or https URL with a host. */
    URI httpUrl() {
        String value = text();
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw error("\"" + value + "\" must be an absolute http or https URL, such as https://docs.example.com/");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw error("\"" + value + "\" is not a valid URL: " + e.getReason());
        }
    }

    private String kind() {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "a mapping";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case STRING -> "text";
            default -> "empty";
        };
    }
}
