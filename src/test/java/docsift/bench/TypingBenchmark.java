package docsift.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.http.TestServer;
import docsift.web.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.Keys;

/**
 * Keystroke to results painted, in the search dialog on the article page: a real server (in this JVM) over
 * the bundled article and headless Chromium type each judged query of {@code relevance/queries.jsonl} letter by
 * letter, the next letter {@value #GAP_MS} ms after the last one's results were painted (a fast typist; the
 * dialog's 40 ms throttle is included whenever it holds a search back). One sample per keystroke: from the
 * input event to the second animation frame after the dialog rendered the answer for that text (the frame that
 * paints it). Timed inside the page ({@code performance.now()}), so WebDriver's round trips are not counted.
 * Prints p50, p95 and max with the load. Run with {@code mvn -q test-compile exec:exec@typing}. Not a test.
 */
public final class TypingBenchmark {
    static final int GAP_MS = 60;
    private static final Path QUERIES = Path.of("src/test/resources/relevance/queries.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Types one query in the page and answers with its keystroke latencies (ms). */
    private static final String TYPE = """
            const [query, gap, done] = arguments;
            const input = document.querySelector('.sd-input');
            const list = document.querySelector('.sd-list');
            const frame = () => new Promise(r => requestAnimationFrame(r));
            const pause = (ms) => new Promise(r => setTimeout(r, ms));
            const answered = async (text) => {
              while (list.dataset.answered !== text) await new Promise(r => setTimeout(r, 0));
              await frame(); await frame();
            };
            (async () => {
              const samples = [];
              input.value = ''; input.dispatchEvent(new Event('input'));
              await pause(gap);
              for (let i = 1; i <= query.length; i++) {
                const text = query.slice(0, i);
                if (!text.trim()) continue;
                delete list.dataset.answered;
                const start = performance.now();
                input.value = text; input.dispatchEvent(new Event('input'));
                await answered(text.trim());
                samples.push(performance.now() - start);
                await pause(gap);
              }
              done(samples);
            })().catch(e => done('failed: ' + e));""";

    private TypingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> queries = queries();
        Path root = Files.createTempDirectory("docsift-typing-");
        try (TestServer server = new TestServer(root).start(); Browser browser = Browser.start()) {
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
            browser.open(server.uri("/articles/advanced-topics.md").toString());
            browser.driver().findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.chord(Keys.CONTROL, "k"));
            type(browser, queries.subList(0, Math.min(10, queries.size()))); // warm-up: JIT, caches of the page
            List<Double> samples = type(browser, queries);
            report(samples, queries.size());
        }
    }

    private static List<Double> type(Browser browser, List<String> queries) {
        List<Double> samples = new ArrayList<>();
        for (String query : queries) {
            Object result = browser.driver().executeAsyncScript(TYPE, query, GAP_MS);
            if (result instanceof String failure) {
                throw new IllegalStateException(query + ": " + failure);
            }
            for (Object sample : (List<?>) result) {
                samples.add(((Number) sample).doubleValue());
            }
        }
        return samples;
    }

    private static List<String> queries() throws IOException {
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(QUERIES)) {
            if (!line.isBlank()) {
                queries.add(JSON.readTree(line).get("q").asText());
            }
        }
        return queries;
    }

    private static void report(List<Double> samples, int queries) throws IOException {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%d keystrokes of %d queries, keystroke to results painted: p50 %.1f ms, p95 %.1f ms, "
                        + "max %.1f ms%n", sorted.length, queries, percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1]);
        System.out.println("load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0]
                + (Files.exists(Path.of("/proc/pressure/cpu"))
                ? ", CPU pressure " + Files.readString(Path.of("/proc/pressure/cpu")).split("\\s+")[1] : ""));
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
