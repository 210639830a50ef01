package docsift.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import docsift.Main;
import docsift.index.IndexStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sub-commands as a user runs them: index and search on the real article, eval on a tiny corpus. */
class CliTest {
    @TempDir
    Path root;

    /** Exit code and printed text of one command. */
    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        return run(java.util.Map.of(), args);
    }

    /** Runs with these environment variables instead of the real environment. */
    private Run run(java.util.Map<String, String> environment, String... args) {
        return run(() -> Main.commandLine(environment), args);
    }

    /** Runs on the command line {@code main} makes for these arguments: only the sub-command they name. */
    private Run runAsMain(java.util.Map<String, String> environment, String... args) {
        return run(() -> Main.commandLine(environment, args), args);
    }

    /** Makes the command line once standard output is captured: picocli takes System.out as it is then. */
    private Run run(java.util.function.Supplier<CommandLine> commandLine, String... args) {
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            CommandLine cli = commandLine.get();
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(originalOut);
        }
    }

    private Path corpusWithArticle() throws IOException {
        Path corpus = Files.createDirectories(root.resolve("corpus"));
        Files.copy(Path.of("corpus/advanced-topics.md"), corpus.resolve("advanced-topics.md"));
        return corpus;
    }

    @Test
    void indexThenSearchRanksTheRightSectionsFirst() throws IOException {
        Path index = root.resolve("index");
        Run indexed = run("index", "--corpus", corpusWithArticle().toString(), "--index", index.toString());
        assertEquals(0, indexed.exitCode(), indexed.err());
        assertTrue(indexed.out().startsWith("Indexed 1 articles, "), indexed.out());

        Run select = run("search", "--index", index.toString(), "--limit", "3", "select_for_update");
        assertEquals(0, select.exitCode(), select.err());
        assertEquals(" 1. select_for_update in Django", firstHitLine(select.out()));
        Run signals = run("search", "--index", index.toString(), "Django signals");
        assertEquals(" 1. Django signals", firstHitLine(signals.out()));

        // The filters and the JSON of GET /search, for scripts.
        Run code = run("search", "--index", index.toString(), "--kind", "code", "--folder", ".", "--json",
                "select_for_update");
        assertEquals(0, code.exitCode(), code.err());
        JsonNode answer = new ObjectMapper().readTree(code.out());
        assertEquals("code", answer.get("hits").get(0).get("kind").asText());
        assertEquals(1, answer.get("facets").get("folder").get(".").asLong());
        Run nowhere = run("search", "--index", index.toString(), "--folder", "elsewhere", "select_for_update");
        assertTrue(nowhere.out().startsWith("0 hits"), nowhere.out());
        Run badKind = run("search", "--index", index.toString(), "--kind", "image", "x");
        assertEquals(1, badKind.exitCode());
        assertTrue(badKind.err().contains("--kind must be one of section, code, usecase"), badKind.err());
    }

    private static String firstHitLine(String out) {
        List<String> lines = out.lines().filter(l -> l.startsWith(" 1. ")).toList();
        return lines.isEmpty() ? out : lines.getFirst();
    }

    @Test
    void indexHeldByAnotherWriterFailsWithOneClearLine() throws IOException {
        Path index = root.resolve("index");
        try (IndexStore running = IndexStore.open(index)) {
            Run run = run("index", "--corpus", corpusWithArticle().toString(), "--index", index.toString());
            assertEquals(3, run.exitCode());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("in use by another process"), run.err());
            running.commit();
        }
    }

    @Test
    void searchWithoutAnIndexSaysWhatToDo() {
        Run run = run("search", "--index", root.resolve("nothing").toString(), "django");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("run `docsift index` first"), run.err());
    }

    @Test
    void evalOverACorpusFolderPrintsTheTableAndArticleQualifiedMisses() throws IOException {
        Path corpus = Files.createDirectories(root.resolve("docs"));
        Files.writeString(corpus.resolve("a.md"), "# Alpha\n\n## Examples\n\nThe walrus example.\n");
        Files.writeString(corpus.resolve("b.md"), "# Beta\n\n## Examples\n\nThe narwhal example.\n");
        Path queries = root.resolve("queries.jsonl");
        Files.writeString(queries, """
                {"q": "walrus", "kind": "keyword", "rel": {"a.md > Examples": 2}}
                {"q": "narwhal", "kind": "keyword", "rel": {"a.md > Examples": 2}}
                """);
        Run run = run("eval", "--corpus", corpus.toString(), "--queries", queries.toString(), "--verbose");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Corpus " + corpus + ": 2 articles, 4 sections. Queries " + queries
                + ": 2, evaluated 2, skipped 0 (best section not in this corpus)."), run.out());
        assertTrue(run.out().contains("| keyword   |   2 |           0.500 |"), run.out());
        assertTrue(run.out().contains("got: b.md > Examples"), run.out());
    }

    @Test
    void evalTakesAnArticleOrACorpusNotBoth() {
        Run run = run("eval", "--article", "a.md", "--corpus", root.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("mutually exclusive"), run.err());
    }

    @Test
    void evalAllTakesNoSetOfItsOwn() {
        Run run = run("eval", "--all", "--queries", "q.jsonl");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("--all evaluates every judged set: leave out --queries, --article and --corpus"),
                run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("index", "search", "serve", "eval")) {
            Run run = run(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: docsift " + command), run.out());
        }
    }

    @Test
    void mainMakesOnlyTheNamedSubcommandAndAnswersExactlyAsTheWholeCommandLine() throws IOException {
        assertEquals(java.util.Set.of("serve"), Main.commandLine(java.util.Map.of(), new String[] {"serve", "--help"})
                .getSubcommands().keySet());
        assertEquals(List.of("index", "search", "serve", "eval", "analytics"),
                List.copyOf(Main.commandLine(java.util.Map.of(), new String[] {"--help"}).getSubcommands().keySet()));
        Path index = root.resolve("index");
        assertEquals(0, run("index", "--corpus", corpusWithArticle().toString(), "--index", index.toString()).exitCode());
        java.util.Map<String, String> limitOne = java.util.Map.of("DOCSIFT_SEARCH_LIMIT", "1");
        List<List<String>> commands = List.of(List.of("--help"), List.of(), List.of("bogus"), List.of("--version"),
                List.of("serve", "--help"), List.of("search", "--help"), List.of("eval", "--help"),
                List.of("analytics", "--help"), List.of("index", "--help"), List.of("serve", "--bogus"),
                List.of("serve", "--search-time-limit", "0"), List.of("search", "--index", index.toString(), "django", "-async"));
        for (List<String> command : commands) {
            String[] args = command.toArray(String[]::new);
            assertEquals(withoutTimes(run(limitOne, args)), withoutTimes(runAsMain(limitOne, args)), command.toString());
        }
    }

    /** The run with the search's own time ("1 hits in 0.52 ms") taken out: it differs from search to search. */
    private static Run withoutTimes(Run run) {
        return new Run(run.exitCode(), run.out().replaceAll("in [0-9.]+ ms", "in N ms"), run.err());
    }

    @Test
    void indexReportsProgressAndNamesTheFilesItLeavesOutAndWhy() throws IOException {
        Path corpus = corpusWithArticle();
        Files.writeString(corpus.resolve("empty.md"), "---\ntitle: Only front matter\n---\n");
        Files.writeString(corpus.resolve("notes.txt"), "not Markdown");
        Files.write(corpus.resolve("logo.png"), new byte[] {1, 2, 3});
        Path index = root.resolve("index");
        Run run = run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        // Not a terminal here: plain lines, ending with the finished state.
        assertTrue(run.err().contains("Indexing 100%"), run.err());
        assertTrue(run.err().contains(" 2/2 files"), run.err());
        assertTrue(run.err().contains("Skipped 3 of 4 files:"), run.err());
        assertTrue(run.err().contains("  1: no text to index (empty, or only front matter and template tags): empty.md"), run.err());
        assertTrue(run.err().contains("  1: not Markdown (.png): logo.png"), run.err());
        assertTrue(run.err().contains("  1: not Markdown (.txt): notes.txt"), run.err());
        assertTrue(run.out().startsWith("Indexed 1 articles, "), run.out());
    }

    @Test
    void aMissingCorpusFailsInOneLineAndCreatesNothing() {
        Path index = root.resolve("index");
        Run run = run("index", "--corpus", root.resolve("nowhere").toString(), "--index", index.toString());
        assertEquals(1, run.exitCode());
        assertEquals("docsift: corpus folder " + root.resolve("nowhere") + " does not exist\n", run.err());
        assertTrue(Files.notExists(index), "no index folder is created");
        Run serve = run("serve", "--port", "0", "--corpus", root.resolve("nowhere").toString(), "--index", index.toString());
        assertEquals(1, serve.exitCode());
        assertTrue(serve.err().contains("does not exist"), serve.err());
        assertTrue(Files.notExists(index), "no index folder is created");
    }

    @Test
    void aBadSettingsFileStopsIndexAndServeInOneLineNamingTheLineAndCreatesNothing() throws IOException {
        Path corpus = corpusWithArticle();
        Files.writeString(corpus.resolve("docsift.yml"), "title: Docs\nlinks:\n  urls: prety\n");
        Path index = root.resolve("index");
        String expected = "docsift: " + corpus.resolve("docsift.yml")
                + " line 3: links.urls: \"prety\" is not one of pretty, html, mkdocs, docusaurus\n";
        Run run = run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(1, run.exitCode());
        assertEquals(expected, run.err());
        // serve returns instead of serving: it never started a server (it would block here otherwise).
        Run serve = run("serve", "--port", "0", "--no-analytics", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(1, serve.exitCode());
        assertEquals(expected, serve.err());
        Run eval = run("eval", "--corpus", corpus.toString());
        assertEquals(1, eval.exitCode());
        assertEquals(expected, eval.err());
        assertTrue(Files.notExists(index), "no index folder is created");
    }

    @Test
    void underscoreAndExcludedFoldersAreNotPagesAndTheSummarySaysSo() throws IOException {
        Path index = root.resolve("index");
        Run run = run("index", "--corpus", "src/test/resources/corpora/versioned-site", "--index", index.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Indexed 10 articles, "), run.out());
        assertTrue(run.err().contains("  1: in a folder excluded by docsift.yml: archived/old-manual.md"), run.err());
        assertTrue(run.err().contains("  8: in a folder whose name starts with _ (includes, layouts, data: parts of "
                + "pages, not pages): _includes/common/loop.md, "), run.err());
    }

    @Test
    void anIndexFolderThatRefusesWritesSaysPermissionDeniedAndCreatesNothing() throws Exception {
        Path corpus = corpusWithArticle();
        Path folder = Files.createDirectories(root.resolve("read-only"));
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(folder)) {
            for (Path index : List.of(folder, folder.resolve("y"))) {
                String expected = "docsift: cannot write the index in " + index + ": permission denied\n";
                Run indexed = run("index", "--corpus", corpus.toString(), "--index", index.toString());
                assertEquals(1, indexed.exitCode(), readOnly.way().toString());
                assertEquals(expected, indexed.err(), readOnly.way().toString());
                Run serve = run("serve", "--port", "0", "--no-analytics", "--corpus", corpus.toString(), "--index",
                        index.toString());
                assertEquals(1, serve.exitCode(), readOnly.way().toString());
                assertEquals(expected, serve.err(), readOnly.way().toString());
            }
        }
        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.toList(), "nothing was created in the folder");
        }
    }

    @Test
    void anEmptyFolderOrAFileAsCorpusIsAnError() throws IOException {
        Path index = root.resolve("index");
        Path empty = Files.createDirectories(root.resolve("empty"));
        Run run = run("index", "--corpus", empty.toString(), "--index", index.toString());
        assertEquals(1, run.exitCode());
        assertEquals("docsift: corpus folder " + empty + " holds no Markdown files (.md, .markdown or .mdx)\n", run.err());
        Path file = Files.writeString(root.resolve("one.md"), "# One\n\nText.\n");
        Run onFile = run("index", "--corpus", file.toString(), "--index", index.toString());
        assertEquals(1, onFile.exitCode());
        assertEquals("docsift: corpus " + file + " is a file, not a folder of Markdown files\n", onFile.err());
        assertTrue(Files.notExists(index), "no index folder is created");
    }

    @Test
    void anIndexThatCannotBeWrittenSaysWhy() throws IOException {
        Path blocker = Files.writeString(root.resolve("blocker"), "a file where the index's folder would go");
        Path index = blocker.resolve("index");
        Run run = run("index", "--corpus", corpusWithArticle().toString(), "--index", index.toString());
        assertEquals(1, run.exitCode());
        assertEquals("docsift: cannot write the index in " + index + ": " + blocker + " is a file, not a folder\n",
                run.err());
    }

    @Test
    void serveChecksItsPortBeforeIndexing() throws IOException {
        Path index = root.resolve("index");
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Run run = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--corpus",
                    corpusWithArticle().toString(), "--index", index.toString());
            assertEquals(1, run.exitCode());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use"),
                    run.err());
            assertTrue(Files.notExists(index), "nothing is indexed");
        }
    }

    @Test
    void aQueryMayStartWithADash() throws IOException {
        Path index = root.resolve("index");
        assertEquals(0, run("index", "--corpus", corpusWithArticle().toString(), "--index", index.toString()).exitCode());
        Run run = run("search", "--index", index.toString(), "async", "-django");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(" hits in "), run.out());
        Run options = run("search", "--index", index.toString(), "--limit", "1", "-django", "async");
        assertEquals(0, options.exitCode(), options.err());
        assertEquals(1, options.out().lines().filter(l -> l.matches(" ?\\d+\\. .*")).count(), options.out());
    }

    @Test
    void settingsComeFromFlagsThenEnvironmentThenConfigFile() throws IOException {
        Path index = root.resolve("index");
        assertEquals(0, run("index", "--corpus", corpusWithArticle().toString(), "--index", index.toString()).exitCode());
        Path config = Files.writeString(root.resolve("docsift.properties"), "index=" + index + "\nsearch.limit=2\n");
        java.util.Map<String, String> fileOnly = java.util.Map.of("DOCSIFT_CONFIG", config.toString());
        assertEquals(2, hits(run(fileOnly, "search", "django")));
        java.util.Map<String, String> env = java.util.Map.of("DOCSIFT_CONFIG", config.toString(), "DOCSIFT_LIMIT", "3");
        assertEquals(3, hits(run(env, "search", "django")));
        assertEquals(1, hits(run(env, "search", "--limit", "1", "django")));
        Run missing = run(java.util.Map.of("DOCSIFT_SEARCH_INDEX", root.resolve("none").toString()), "search", "django");
        assertTrue(missing.err().contains("no index at " + root.resolve("none")), missing.err());
    }

    private static long hits(Run run) {
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().filter(l -> l.matches(" ?\\d+\\. .*")).count();
    }
}
