package docsift.markdown.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the includes of one page, as its site generator does before Markdown: Jekyll's {@code {% include %}}
 * ({@link JekyllIncludes}), MkDocs snippets ({@link SnippetIncludes}) and MyST's {@code {include}} directive
 * ({@link MystIncludes}), in included files too. Depth-limited and cycle-safe: a file never includes itself,
 * directly or through others, and expansion stops {@link #MAX_DEPTH} levels down or once the page has grown by
 * {@link #MAX_ADDED_CHARS}; an include that is not expanded stays as it was written (Liquid is neutralised
 * later, like any other tag). One instance per page; not thread-safe.
 */
final class IncludeExpander {
    /** Jekyll sites nest includes three or four deep; ten levels is only reached by a mistake. */
    static final int MAX_DEPTH = 10;
    /** Guards against a page multiplying includes (each including another several times) into gigabytes. */
    static final int MAX_ADDED_CHARS = 4 * 1024 * 1024;

    private final IncludeFiles files;
    private final String pageId;
    private final String version;
    private final Set<String> looked = new HashSet<>();
    /** Files being expanded, the page at the bottom: an include of any of them is a cycle. */
    private final Deque<String> stack = new ArrayDeque<>();
    private long added;

    /**
     * @param version the page's version folder, Jekyll's {@code page.version.version} as cockroachdb-docs sets it,
     *                or null when the page is in none
     */
    IncludeExpander(IncludeFiles files, String pageId, String version) {
        this.files = files;
        this.pageId = pageId;
        this.version = version;
    }

    Expanded run(String text) {
        stack.push(pageId);
        String expanded = expand(text, pageId, Map.of(), true);
        return expanded.equals(text) && looked.isEmpty() ? Expanded.plain(text) : new Expanded(expanded, looked);
    }

    /** One file's text with every include in it expanded. */
    private String expand(String text, String fileId, Map<String, String> params, boolean page) {
        String out = JekyllIncludes.expand(text, new JekyllIncludes.Scope(this, fileId, params, page));
        out = SnippetIncludes.expand(out, this);
        return MystIncludes.expand(out, this, fileId);
    }

    /**
     * The first of the candidate files that exists, expanded with these {@code include.*} parameters; empty when
     * none exists, or when including it would be a cycle or go too deep or too far.
     */
    Optional<String> include(List<String> candidates, Map<String, String> params) {
        if (stack.size() > MAX_DEPTH || added > MAX_ADDED_CHARS) {
            return Optional.empty();
        }
        for (String id : candidates) {
            looked.add(id);
            if (stack.contains(id)) {
                return Optional.empty();
            }
            Optional<String> text = files.read(id);
            if (text.isPresent()) {
                stack.push(id);
                try {
                    String expanded = expand(text.get(), id, params, false);
                    added += expanded.length();
                    return Optional.of(expanded);
                } finally {
                    stack.pop();
                }
            }
        }
        return Optional.empty();
    }

    /** The page's version folder ({@code page.version.version}), or null. */
    String version() {
        return version;
    }

    /** The folder of the page being expanded ("" at the corpus root). */
    String pageFolder() {
        return IncludePaths.folderOf(pageId);
    }
}
