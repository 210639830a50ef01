package docsift.eval;

import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One judged query set and the text it is judged on: one article, or every article of a corpus folder. Immutable.
 *
 * @param name    a short name for reports ("own v2", "Fastify")
 * @param queries the judged queries, JSON Lines
 * @param source  the article file, or the corpus folder when {@code corpus}
 * @param corpus  true when {@code source} is a folder whose every Markdown file is an article
 */
public record JudgedSet(String name, Path queries, Path source, boolean corpus) {
    /** The judged queries of the repository, paths relative to its root. */
    private static final Path RELEVANCE = Path.of("src/test/resources/relevance");

    /**
     * Every judged set of the project, in the order of the reports: the article's own set, its held-out set, the
     * own set on the article's older version, the CockroachDB sample and the Fastify docs. The one place that
     * lists them ({@code docsift eval --all} and the relevance tests use it).
     */
    public static final List<JudgedSet> ALL = List.of(
            article("own v2", "queries.jsonl", Path.of("corpus/advanced-topics.md")),
            article("held-out", "heldout.jsonl", Path.of("corpus/advanced-topics.md")),
            article("own v1", "queries.jsonl", Path.of("src/test/resources/articles/advanced-topics.v1.md")),
            corpus("CockroachDB", "cockroachdb-queries.jsonl",
                    Path.of("src/test/resources/corpora/cockroachdb-sample/v25.4")),
            corpus("Fastify", "fastify-queries.jsonl", Path.of("src/test/resources/corpora/fastify-sample/docs")));

    public JudgedSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(source, "source");
    }

    private static JudgedSet article(String name, String queries, Path article) {
        return new JudgedSet(name, RELEVANCE.resolve(queries), article, false);
    }

    private static JudgedSet corpus(String name, String queries, Path folder) {
        return new JudgedSet(name, RELEVANCE.resolve(queries), folder, true);
    }

    /** The set on {@code root}: its paths resolved against a repository checked out there. */
    public JudgedSet under(Path root) {
        return new JudgedSet(name, root.resolve(queries), root.resolve(source), corpus);
    }

    /** The articles the queries are judged on, parsed as the service parses them. */
    public List<Article> articles() throws IOException {
        if (corpus) {
            return CorpusArticles.read(source);
        }
        String text = Files.readString(source, StandardCharsets.UTF_8);
        return List.of(new MarkdownParser().parse(source.getFileName().toString(), text));
    }
}
