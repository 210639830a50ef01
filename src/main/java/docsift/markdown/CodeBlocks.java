package docsift.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import docsift.markdown.site.SiteText;
import java.util.Optional;

/** Converts flexmark code block nodes to {@link CodeBlock} records. Stateless and thread-safe. */
final class CodeBlocks {

    private CodeBlocks() {
    }

    /** The code block for {@code node}, or empty when it is not a fenced or indented code block. */
    static Optional<CodeBlock> of(Node node, LineIndex lines) {
        if (node instanceof FencedCodeBlock fenced) {
            String info = fenced.getInfo().toString().strip();
            return Optional.of(new CodeBlock(SiteText.codeLanguage(info), info, text(fenced), startLine(node, lines)));
        }
        if (node instanceof IndentedCodeBlock indented) {
            return Optional.of(new CodeBlock("", "", text(indented), startLine(node, lines)));
        }
        return Optional.empty();
    }

    private static String text(Block block) {
        String code = block.getContentChars().toString();
        // Blank lines before the code (a MyST code directive's options, removed) are no part of it.
        int start = 0;
        for (int line = 0; line < code.length() && (code.charAt(line) == '\n' || code.charAt(line) == '\r'); line++) {
            start = line + 1;
        }
        code = code.substring(start);
        int end = code.length();
        while (end > 0 && (code.charAt(end - 1) == '\n' || code.charAt(end - 1) == '\r')) {
            end--;
        }
        return code.substring(0, end);
    }

    private static int startLine(Node node, LineIndex lines) {
        return lines.lineOf(node.getStartOffset());
    }
}
