package docsift.markdown.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Corpus ids of include candidates: relative paths resolved and kept inside the corpus. Stateless. */
final class IncludePaths {
    private IncludePaths() {
    }

    /** The folder of a corpus id, "" at the root. */
    static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    /** {@code path} resolved against the corpus folder {@code base} ("" for the root), or empty if it leaves the corpus. */
    static Optional<String> resolve(String base, String path) {
        String joined = path.startsWith("/") ? path.substring(1) : (base.isEmpty() ? path : base + "/" + path);
        List<String> parts = new ArrayList<>();
        for (String part : joined.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() || path.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /**
     * Jekyll's {@code _includes} folders that may hold {@code path} for a page in {@code pageFolder}: the page's
     * folder and each one above it up to the corpus root, nearest first. Jekyll itself has one, at the site's
     * root; a corpus may be a folder holding several sites, or the site root itself.
     */
    static List<String> jekyllCandidates(String pageFolder, String path) {
        List<String> candidates = new ArrayList<>();
        for (String folder = pageFolder; ; folder = folderOf(folder)) {
            resolve(folder.isEmpty() ? "_includes" : folder + "/_includes", path).ifPresent(candidates::add);
            if (folder.isEmpty()) {
                return candidates;
            }
        }
    }
}
