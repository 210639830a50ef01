package docsift.markdown.site;

import docsift.markdown.site.LiquidTokens.Span;
import docsift.markdown.site.LiquidTokens.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's {@code {% include file %}}, {@code {% include_cached file %}} and {@code {% include_relative file %}}:
 * the tag becomes the file's text, with {@code {{ include.name }}} taking the values the tag passes
 * ({@code {% include x.md topic="joins" %}}). The file name may use {@code {{ page.version.version }}} (the
 * page's version folder, as cockroachdb-docs sets it) and, inside an include, {@code {{ include.name }}}; a name
 * using any other variable cannot be known without running the site and stays a tag. Like Jekyll, only a page
 * starting with front matter is a template; {@code {% raw %}} content is left alone. HTML includes are skipped:
 * on documentation sites they are widgets (copy buttons, tabs, diagrams as markup), not the page's prose.
 * Stateless.
 */
final class JekyllIncludes {
    private static final Set<String> TAGS = Set.of("include", "include_cached", "include_relative");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final Pattern PARAMETER = Pattern.compile(
            "([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([\\w.\\-\\[\\]]+))");
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(?:.*?\\r?\\n)??---[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);

    /** Where an include is expanded: the expander, the file holding the tag, its parameters, whether it is the page. */
    record Scope(IncludeExpander expander, String fileId, Map<String, String> params, boolean page) {
    }

    private JekyllIncludes() {
    }

    static String expand(String text, Scope scope) {
        Matcher frontMatter = FRONT_MATTER.matcher(text);
        boolean template = frontMatter.lookingAt();
        if (scope.page() && !template) {
            return text;
        }
        List<Span> verbatim = template ? List.of(new Span(0, frontMatter.end())) : List.of();
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        boolean raw = false;
        for (Token token : LiquidTokens.of(text, verbatim)) {
            if (raw || token.name().equals("raw")) {
                raw = !token.name().equals("endraw");
                continue;
            }
            String replacement = replacement(text, token, scope);
            if (replacement != null) {
                out.append(text, last, token.start()).append(replacement);
                last = token.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    /** What the token becomes, or null to keep it. */
    private static String replacement(String text, Token token, Scope scope) {
        if (TAGS.contains(token.name())) {
            return include(token, scope).orElse(null);
        }
        if (token.name().isEmpty() && !scope.page()) {
            // An output inside an included file: {{ include.topic }} and {{ page.version.version }} are known here.
            return value(text.substring(token.start() + 2, token.end() - 2), scope);
        }
        return null;
    }

    private static Optional<String> include(Token token, Scope scope) {
        String argument = token.argument();
        int pathEnd = pathEnd(argument);
        String path = substitute(argument.substring(0, pathEnd), scope);
        if (path == null || path.isBlank() || isHtml(path)) {
            return Optional.empty();
        }
        List<String> candidates = token.name().equals("include_relative")
                ? IncludePaths.resolve(IncludePaths.folderOf(scope.fileId()), path).stream().toList()
                : IncludePaths.jekyllCandidates(scope.expander().pageFolder(), path);
        return scope.expander().include(candidates, parameters(argument.substring(pathEnd), scope));
    }

    /** The file name ends at the first space outside {@code {{ }}}. */
    private static int pathEnd(String argument) {
        int i = 0;
        while (i < argument.length() && !Character.isWhitespace(argument.charAt(i))) {
            int close = argument.startsWith("{{", i) ? argument.indexOf("}}", i) : -1;
            i = close > 0 ? close + 2 : i + 1;
        }
        return i;
    }

    private static boolean isHtml(String path) {
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".svg");
    }

    /** The path with its variables replaced, or null when one of them is not known here. */
    private static String substitute(String path, Scope scope) {
        Matcher variable = VARIABLE.matcher(path);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String value = value(variable.group(1), scope);
            if (value == null) {
                return null;
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(out).toString().strip();
    }

    private static Map<String, String> parameters(String markup, Scope scope) {
        Map<String, String> params = new HashMap<>();
        Matcher parameter = PARAMETER.matcher(markup);
        while (parameter.find()) {
            String quoted = parameter.group(2) != null ? parameter.group(2) : parameter.group(3);
            String value = quoted != null ? quoted : value(parameter.group(4), scope);
            // An unknown variable is nil in Liquid, which prints as nothing.
            params.put(parameter.group(1), value == null ? "" : value);
        }
        return params;
    }

    /** The value of {@code page.version.version} or {@code include.name} (filters ignored), or null. */
    private static String value(String expression, Scope scope) {
        String name = expression.split("\\|", 2)[0].strip();
        if (name.equals("page.version.version")) {
            return scope.expander().version();
        }
        return name.startsWith("include.") ? scope.params().get(name.substring("include.".length())) : null;
    }
}
