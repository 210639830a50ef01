package docsift.markdown.site;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directives of MyST, the Markdown of Sphinx (pip, setuptools, Jupyter Book and many Python projects),
 * written as code fences: {@code ```{note}} ... {@code ```}. To a CommonMark parser they are code blocks, so an
 * admonition's sentences were indexed as code, shown as code and returned as code hits; a {@code toctree}'s
 * list of file names was code too. This class says what each directive is to a reader. Stateless.
 */
final class MystDirectives {
    /** What a directive's fence holds, for a reader. */
    enum Kind {
        /** Markdown shown as text (admonitions, version notes, tabs): the fences go, the text stays. */
        PROSE,
        /** Markdown whose argument is a file or image, not text (figures, containers): the argument goes too. */
        PROSE_WITHOUT_ARGUMENT,
        /** Not text for a reader (a table of contents, an included file, an image): everything goes. */
        NOTHING,
        /** Code, or a directive this class does not know: stays a code block. */
        CODE
    }

    /** {@code {name}} and an optional argument, as a fence's info string. */
    private static final Pattern INFO = Pattern.compile("\\{([A-Za-z][\\w:.-]*)\\}[ \\t]*(.*)");
    /** A directive option at the start of its body: {@code :maxdepth: 2}, {@code :class: dropdown}. */
    static final Pattern OPTION = Pattern.compile("[ \\t]*:[\\w-]+:(?:[ \\t].*)?");

    private static final Set<String> PROSE = Set.of("admonition", "attention", "caution", "danger", "error", "hint",
            "important", "note", "seealso", "tip", "todo", "warning", "versionadded", "versionchanged",
            "versionremoved", "deprecated", "tab", "tab-item", "dropdown", "card", "grid-item-card", "topic",
            "sidebar", "margin", "rubric");
    private static final Set<String> PROSE_WITHOUT_ARGUMENT = Set.of("figure", "tab-set", "grid", "grid-item",
            "container", "div", "epigraph", "pull-quote", "highlights", "glossary", "only");
    private static final Set<String> NOTHING = Set.of("toctree", "contents", "include", "literalinclude", "image",
            "raw", "tableofcontents", "bibliography");
    private static final Set<String> CODE = Set.of("code-block", "code", "sourcecode", "code-cell");

    private MystDirectives() {
    }

    /**
     * A fence read as a directive.
     *
     * @param name     the directive's name, lower-cased ("note", "admonition", "code-block")
     * @param kind     what it holds
     * @param argument the title, a language or a path; may be ""
     * @param language for a known code directive ({@code {code-block} python}), its language; else null
     */
    record Directive(String name, Kind kind, String argument, String language) {
        /** The admonition type the page shows a text directive as: its name, or "note" / "info" for generic ones. */
        String boxType() {
            if (name.equals("admonition") || name.equals("seealso") || name.equals("todo")) {
                return "note";
            }
            return name.startsWith("version") || name.equals("deprecated") ? "info" : name;
        }
    }

    /** The directive a fence opens, or null when its info string is no {@code {name}}. */
    static Directive of(FencedCodeBlock fence) {
        return of(fence.getInfo().toString().strip());
    }

    /** The directive a fence's info string names, or null when it is no {@code {name}}. */
    private static Directive of(String infoString) {
        Matcher info = INFO.matcher(infoString);
        if (!info.matches()) {
            return null;
        }
        String name = info.group(1).toLowerCase(Locale.ROOT);
        String argument = info.group(2).strip();
        if (PROSE.contains(name)) {
            return new Directive(name, Kind.PROSE, argument, null);
        }
        if (PROSE_WITHOUT_ARGUMENT.contains(name)) {
            return new Directive(name, Kind.PROSE_WITHOUT_ARGUMENT, "", null);
        }
        if (CODE.contains(name)) {
            return new Directive(name, Kind.CODE, argument, firstWord(argument));
        }
        return new Directive(name, NOTHING.contains(name) ? Kind.NOTHING : Kind.CODE, argument, null);
    }

    /**
     * The language of a code block's info string: its first word, or for a MyST code directive
     * ({@code {code-block} python}) the directive's argument.
     */
    static String language(String info) {
        Directive directive = of(info);
        return directive != null && directive.language() != null ? directive.language() : firstWord(info);
    }

    /** The first word of an info string, lower-cased: the language of a plain fence. */
    private static String firstWord(String info) {
        String firstWord = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
        return firstWord.toLowerCase(Locale.ROOT);
    }
}
