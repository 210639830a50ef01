package docsift.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.regex.Pattern;

/**
 * Parses Markdown with the syntax extensions a text uses: MkDocs admonitions only when some line starts one,
 * since their parser costs every document half as much parsing time again (see
 * {@link FlexmarkOptions#WITH_ADMONITIONS}). Thread-safe, like flexmark's parsers.
 */
final class DocumentParser {
    /** A line that opens an admonition: "!!! note", "??? tip", "???+ warning". */
    private static final Pattern ADMONITION = Pattern.compile("^ {0,3}(?:!!!|\\?\\?\\?\\+?)[ \\t]", Pattern.MULTILINE);

    private final Parser plain = Parser.builder(FlexmarkOptions.OPTIONS).build();
    private final Parser withAdmonitions = Parser.builder(FlexmarkOptions.WITH_ADMONITIONS).build();

    Document parse(String text) {
        boolean admonitions = (text.contains("!!!") || text.contains("???")) && ADMONITION.matcher(text).find();
        return (admonitions ? withAdmonitions : plain).parse(text);
    }
}
