package docsift.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import docsift.index.Fields.Kind;
import docsift.search.Grouping;
import docsift.search.SearchRequest;
import docsift.search.SearchService;
import docsift.search.rank.RankingFeatures;
import docsift.settings.SiteSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * Prints the answer to every query of the mix in several shapes (listed, grouped by page, every copy, the second
 * page, code blocks), as JSON without {@code tookMs}, so two builds' answers can be compared with {@code diff}
 * over the paths the command line does not take (collapse and grouping on a versioned site). Runs on
 * {@code -Ddocsift.index} or a temporary index of {@code -Ddocsift.corpus}; a generous time limit keeps a
 * loaded machine from cutting answers short. Usage: {@code AnswerDump > answers.txt}.
 */
public final class AnswerDump {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerDump() {
    }

    /** The shapes each query is asked in: what a reader can get over HTTP. */
    private static List<SearchRequest> shapes(String query) {
        return List.of(
                new SearchRequest(query, 10, 0, null, null, null, Kind.SECTION, null, Grouping.NONE, true),
                new SearchRequest(query, 10, 0, null, null, null, Kind.SECTION, null, Grouping.PAGE, true),
                new SearchRequest(query, 10, 0, null, null, null, Kind.SECTION, null, Grouping.NONE, false),
                new SearchRequest(query, 10, 10, null, null, null, Kind.SECTION, null, Grouping.NONE, true),
                new SearchRequest(query, 10, 0, null, null, null, Kind.CODE, null, Grouping.NONE, true));
    }

    public static void main(String[] args) throws IOException {
        try (Fixture fixture = Fixture.forSearch();
             SearchService search = new SearchService(fixture.searchers, RankingFeatures.ALL, Duration.ofMinutes(1),
                     SiteSettings.DEFAULTS)) {
            for (String query : Workload.queries()) {
                for (SearchRequest request : shapes(query)) {
                    ObjectNode answer = JSON.valueToTree(search.search(request));
                    answer.remove("tookMs");
                    System.out.println(request.group() + " " + request.collapse() + " " + request.offset() + " "
                            + request.kind() + " " + query);
                    System.out.println(answer);
                }
            }
        }
    }
}
