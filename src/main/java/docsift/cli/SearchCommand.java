package docsift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import docsift.index.Fields.Kind;
import docsift.search.Hit;
import docsift.search.InvalidRequestException;
import docsift.search.SearchRequest;
import docsift.search.SearchResponse;
import docsift.search.SearchService;
import docsift.search.view.Searchers;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code docsift search}: ranked hits from the index, printed for a terminal. Reads only; needs no lock. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search the index and print ranked hits.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    IndexOption indexOption;

    @Option(names = "--limit", defaultValue = "10", description = "Number of hits, 1-100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--kind", defaultValue = "section",
            description = "Which documents are hits: section, code or usecase (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--article", description = "Only hits from this article (its id, the path in the corpus).")
    String article;

    @Option(names = "--topic", description = "Only hits under this top-level topic.")
    String topic;

    @Option(names = "--folder", description = "Only hits from articles in this folder of the corpus (. for its top).")
    String folder;

    @Option(names = "--json", description = "Print the answer as the JSON of GET /search.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", -excluded, prefix*.")
    String[] words;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(indexOption.index)) {
            throw new IllegalStateException("no index at " + indexOption.index + ": run `docsift index` first");
        }
        try (Directory directory = FSDirectory.open(indexOption.index)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalStateException("no index at " + indexOption.index + ": run `docsift index` first");
            }
            try (Searchers searchers = new Searchers(directory)) {
                SearchRequest request = new SearchRequest(String.join(" ", words), limit, 0, article, topic, folder,
                        kind(kind));
                SearchResponse response = new SearchService(searchers).search(request);
                if (json) {
                    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                            .writeValueAsString(response));
                } else {
                    print(response);
                }
            }
        }
        return 0;
    }

    private static Kind kind(String value) {
        return Kind.of(value).orElseThrow(() -> new InvalidRequestException("invalid_kind",
                "--kind must be one of section, code, usecase; not '" + value + "'"));
    }

    private static void print(SearchResponse response) {
        System.out.printf("%d hits in %.2f ms%n", response.total(), response.tookMs());
        if (response.suggestion() != null) {
            System.out.println("Did you mean: " + response.suggestion());
        }
        int rank = 1;
        for (Hit hit : response.hits()) {
            System.out.printf("%n%2d. %s%s%n", rank++, hit.heading(), hit.weak() ? "  (weak match)" : "");
            if (!hit.path().isEmpty()) {
                System.out.println("    " + String.join(" › ", hit.path()));
            }
            System.out.println("    " + hit.url());
            if (hit.snippet() != null) {
                System.out.println("    " + Terminal.plain(hit.snippet()));
            }
            if (hit.code() != null) {
                hit.code().lines().limit(3).forEach(line -> System.out.println("    | " + Terminal.plain(line)));
            }
        }
    }
}
