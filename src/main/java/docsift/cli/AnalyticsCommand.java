package docsift.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import docsift.analytics.AnalyticsReport;
import docsift.analytics.SearchAnalytics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code docsift analytics}: what readers searched for over the last days, from the analytics database of a
 * stopped server, or from a running one's {@code GET /api/analytics}.
 */
@Command(name = "analytics", mixinStandardHelpOptions = true,
        description = "Top queries, queries without results, queries whose hits were not opened, and positions opened.")
public final class AnalyticsCommand implements Callable<Integer> {
    @Mixin
    AnalyticsDirOption analyticsDirOption;

    @Option(names = "--server", paramLabel = "URL",
            description = "Ask this running server instead (its database is locked while it runs), e.g. http://127.0.0.1:7070.")
    URI server;

    @Mixin
    AdminTokenOption adminTokenOption;

    @Option(names = "--days", defaultValue = "7", description = "The period: the last DAYS days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--limit", defaultValue = "20", description = "Queries per list, 1-100 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the report as the JSON of GET /api/analytics.")
    boolean json;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (days < 1 || limit < 1 || limit > 100) {
            throw new CommandFailure("--days must be 1 or more and --limit between 1 and 100");
        }
        AnalyticsReport report = server != null ? fromServer() : fromFolder();
        System.out.print(json ? JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report) + "\n"
                : AnalyticsTable.text(report));
        return 0;
    }

    private AnalyticsReport fromFolder() throws Exception {
        Path folder = analyticsDirOption.analyticsDir;
        if (!Files.isDirectory(folder)) {
            throw new CommandFailure("no search analytics in " + folder.toAbsolutePath()
                    + " (`docsift serve` records them there unless started with --no-analytics)");
        }
        try (SearchAnalytics analytics = SearchAnalytics.open(new SearchAnalytics.Settings(folder, Duration.ofDays(36500)))) {
            return analytics.report(Duration.ofDays(days), limit);
        }
    }

    private AnalyticsReport fromServer() throws Exception {
        URI uri = server.resolve("/api/analytics?days=" + days + "&limit=" + limit);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        String token = adminTokenOption.token();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new CommandFailure("cannot reach " + server + ": " + e);
        }
        if (response.statusCode() != 200) {
            String message = JSON.readTree(response.body()).path("message").asText(response.body());
            throw new CommandFailure(uri + " answered " + response.statusCode() + ": " + message);
        }
        return JSON.readValue(response.body(), AnalyticsReport.class);
    }
}
