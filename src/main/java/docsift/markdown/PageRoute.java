package docsift.markdown;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Where the page's generator puts it, when its front matter says so: links to the live site use these instead
 * of the file's path. Immutable.
 *
 * @param permalink Jekyll's {@code permalink} or Hugo's {@code url}: the page's path on the site; null when absent
 * @param slug      Docusaurus' or Hugo's {@code slug}: the page's name in its folder, or its path when it starts
 *                  with "/"; null when absent
 */
public record PageRoute(String permalink, String slug) {
    /** A page with neither: its URL follows from its file's path. */
    public static final PageRoute NONE = new PageRoute(null, null);

    static PageRoute of(Document document) {
        String permalink = FrontMatter.value(document, "permalink").or(() -> FrontMatter.value(document, "url"))
                .orElse(null);
        return new PageRoute(permalink, FrontMatter.value(document, "slug").orElse(null));
    }
}
