package docsift.markdown;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/** Reads single values of a parsed document's YAML front matter (Hugo's TOML is turned into YAML first). Stateless. */
final class FrontMatter {

    private FrontMatter() {
    }

    /** The first non-blank value of {@code key} (case-insensitive), unquoted; empty without front matter or key. */
    static Optional<String> value(Document document, String key) {
        if (!(document.getFirstChild() instanceof YamlFrontMatterBlock frontMatter)) {
            return Optional.empty();
        }
        for (Node entry : frontMatter.getChildren()) {
            if (entry instanceof YamlFrontMatterNode node && node.getKey().strip().equalsIgnoreCase(key)) {
                return node.getValues().stream().map(FrontMatter::unquote).filter(v -> !v.isBlank()).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        String v = value.strip();
        boolean quoted = v.length() >= 2 && v.charAt(0) == v.charAt(v.length() - 1) && "\"'".indexOf(v.charAt(0)) >= 0;
        return quoted ? v.substring(1, v.length() - 1).strip() : v;
    }
}
