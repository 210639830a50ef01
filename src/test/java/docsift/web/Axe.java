package docsift.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core 4.11 (vendored under {@code src/test/resources/axe}, nothing fetched) run inside the page under test:
 * the violations of impact serious or critical, one line each with the first few elements. Stateless.
 */
final class Axe {
    private static final Path SOURCE = Path.of("src/test/resources/axe/axe.min.js");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations'], preload: arguments[0]})
              .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 4)
                  .map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' '))})))))
              .catch(e => done('failed: ' + e));""";

    private Axe() {
    }

    /** The serious and critical violations on the page as it is now; empty when clean. */
    static List<String> seriousViolations(Browser browser) {
        return seriousViolations(browser, true);
    }

    /**
     * ... with axe's preloading of stylesheets off when {@code preloadStylesheets} is false: axe reads a
     * cross-origin stylesheet by fetching it and inserting its text as a {@code <style>}, which a host page's
     * strict CSP (rightly) refuses; only its css-orientation-lock rule needs them.
     */
    static List<String> seriousViolations(Browser browser, boolean preloadStylesheets) {
        if (!Boolean.TRUE.equals(browser.js("return typeof window.axe === 'object'"))) {
            browser.js(source());
        }
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        String answer = (String) browser.driver().executeAsyncScript(RUN, preloadStylesheets);
        if (answer.startsWith("failed: ")) {
            throw new AssertionError("axe-core " + answer);
        }
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(answer)) {
                lines.add(violation.get("impact").asText() + " " + violation.get("id").asText() + " "
                        + violation.get("nodes"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String source() {
        try {
            return Files.readString(SOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is vendored at " + SOURCE, e);
        }
    }
}
