package docsift.eval;

import docsift.corpus.CorpusFile;
import docsift.corpus.CorpusReader;
import docsift.corpus.PageTexts;
import docsift.markdown.Article;
import docsift.markdown.MarkdownParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a corpus folder, for an evaluation: every Markdown file {@link CorpusReader} lists, with its
 * includes expanded ({@link PageTexts}), parsed by
 * {@link MarkdownParser} under its corpus id, as {@link docsift.corpus.CorpusIndexer} reads them for the
 * service. Unlike the indexer, which keeps going and reports a bad file, a file that cannot be read or parsed
 * fails here: a judged corpus is evaluated whole or not at all. Stateless.
 */
public final class CorpusArticles {
    private CorpusArticles() {
    }

    /**
     * Every article under {@code folder}, sorted by id.
     *
     * @throws docsift.corpus.CorpusFileException when a file cannot be read as text
     * @throws IllegalArgumentException when the folder holds no Markdown file
     */
    public static List<Article> read(Path folder) throws IOException {
        CorpusReader reader = new CorpusReader(folder);
        PageTexts pages = new PageTexts(reader);
        MarkdownParser parser = new MarkdownParser();
        List<Article> articles = new ArrayList<>();
        for (CorpusFile file : reader.list()) {
            articles.add(parser.parse(file.id(), pages.read(file).text()));
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no Markdown articles under " + folder);
        }
        return List.copyOf(articles);
    }
}
