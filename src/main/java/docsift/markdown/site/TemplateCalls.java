package docsift.markdown.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the reader of a built page sees of a template output that stands for words in the sentence: the
 * cross-reference macros of MDN ({@code {{jsxref("Array.prototype.map()")}}}, {@code {{domxref("Element.innerHTML",
 * "innerHTML")}}}, {@code {{Glossary("CORS", "cross-origin")}}}, {@code {{HTMLElement("div")}}}) and Hugo
 * shortcodes with a {@code text} parameter ({@code {{< glossary_tooltip text="Pods" term_id="pod" >}}}, all over
 * the Kubernetes docs) or naming a heading ({@code {{% heading "whatsnext" %}}}). Removing them with the rest of
 * the template markup, as {@link LiquidMarkup} does, left
 * "The method creates a new array" where the page reads "The {@code map()} method creates a new array", and
 * "A is the smallest deployable unit" for "A Pod is ...". Every other output still goes. Stateless.
 */
final class TemplateCalls {
    /** MDN macros shown as code: the display text if given, else the name. */
    private static final Set<String> CODE_REFERENCES = Set.of("jsxref", "domxref", "cssxref", "httpheader",
            "httpmethod", "httpstatus", "webextapiref", "event", "htmlattrxref");
    /** MDN macros shown as an element's tag in code: {@code <div>}. */
    private static final Set<String> ELEMENTS = Set.of("htmlelement", "svgelement", "mathmlelement");
    /** MDN macros shown as plain words. */
    private static final Set<String> WORDS = Set.of("glossary");
    /** Display text of an MDN macro is its second argument, except for these, whose second is something else. */
    private static final Set<String> FIRST_ARGUMENT_ONLY = Set.of("htmlattrxref");

    /** {@code name(arguments)}, the whole output. */
    private static final Pattern CALL = Pattern.compile("([A-Za-z][\\w-]{0,60})\\s*\\((.*)\\)", Pattern.DOTALL);
    /**
     * The Kubernetes docs' {@code heading} shortcode names a heading by a key of the site's translations
     * ({@code ## {{% heading "whatsnext" %}}}); these are its English texts. Any other key reads as itself.
     */
    private static final Map<String, String> HEADING_KEYS = Map.of(
            "whatsnext", "What's next", "prerequisites", "Before you begin", "objectives", "Objectives",
            "cleanup", "Clean up", "synopsis", "Synopsis", "options", "Options", "seealso", "See Also",
            "parentoptionsinherited", "Options inherited from parent commands");
    /** A Hugo {@code heading} shortcode and its key. */
    private static final Pattern HEADING = Pattern.compile("[<%]\\s*heading\\s+\"([\\w-]{1,60})\"\\s*[>%]");
    /** A Hugo shortcode's {@code text="..."} parameter. */
    private static final Pattern TEXT_PARAMETER = Pattern.compile("(?:^|\\s)text\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private TemplateCalls() {
    }

    /**
     * Markdown for what the output shows as text, or "" when it shows none.
     *
     * @param output a whole output, from its opening <code>{{</code> to its closing <code>}}</code>
     */
    static String visibleText(String output) {
        if (output.length() < 4) {
            return "";
        }
        String inner = output.substring(2, output.length() - 2);
        if (inner.startsWith("<") || inner.startsWith("%")) {
            Matcher heading = HEADING.matcher(inner);
            if (heading.matches()) {
                return words(HEADING_KEYS.getOrDefault(heading.group(1), heading.group(1)));
            }
            Matcher text = TEXT_PARAMETER.matcher(inner);
            return text.find() ? words(text.group(1) != null ? text.group(1) : text.group(2)) : "";
        }
        Matcher call = CALL.matcher(inner.strip());
        if (!call.matches()) {
            return "";
        }
        String name = call.group(1).toLowerCase(Locale.ROOT);
        List<String> arguments = arguments(call.group(2));
        if (arguments.isEmpty() || arguments.getFirst().isBlank()) {
            return "";
        }
        String display = arguments.size() > 1 && !FIRST_ARGUMENT_ONLY.contains(name) && !arguments.get(1).isBlank()
                ? arguments.get(1) : arguments.getFirst();
        if (CODE_REFERENCES.contains(name)) {
            return code(display);
        }
        if (ELEMENTS.contains(name)) {
            return code("<" + arguments.getFirst() + ">");
        }
        return WORDS.contains(name) ? words(display) : "";
    }

    /** The macro's arguments: quoted strings without their quotes, anything else as written; none if malformed. */
    private static List<String> arguments(String list) {
        List<String> arguments = new ArrayList<>();
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int j = i + 1;
                while (j < list.length() && list.charAt(j) != c) {
                    if (list.charAt(j) == '\\' && j + 1 < list.length()) {
                        j++;
                    }
                    value.append(list.charAt(j++));
                }
                if (j >= list.length()) {
                    return List.of(); // an unterminated string: not a call MDN would render
                }
                arguments.add(value.toString());
                i = j + 1;
            } else {
                int j = i;
                while (j < list.length() && list.charAt(j) != ',') {
                    j++;
                }
                arguments.add(list.substring(i, j).strip());
                i = j;
            }
        }
        return arguments;
    }

    /** Plain words on one line, Markdown's own characters escaped. */
    private static String words(String text) {
        return SourceEdits.asText(text.strip().replace('\n', ' ').replace('\r', ' '));
    }

    /** A code span, its fence one backtick longer than any run of backticks in it. */
    private static String code(String text) {
        String oneLine = text.strip().replace('\n', ' ').replace('\r', ' ');
        if (oneLine.isEmpty()) {
            return "";
        }
        int longest = 0;
        int run = 0;
        for (int i = 0; i < oneLine.length(); i++) {
            run = oneLine.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String padding = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + padding + oneLine + padding + fence;
    }
}
