package docsift.cli;

import docsift.corpus.CorpusFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Progress of one indexing pass: MB read of the total, files done, rate and ETA, drawn by progressbar. On a
 * terminal it is a bar redrawn in place; otherwise (a log, a pipe, CI) a plain line every few seconds and
 * one at the end. Told of each file from the indexing threads: thread-safe.
 */
final class IndexProgress implements Consumer<CorpusFile>, AutoCloseable {
    private static final long MB = 1024 * 1024;

    private final ProgressBar bar;
    private final Map<String, Long> sizes;
    private final int files;
    private final AtomicInteger done = new AtomicInteger();

    private IndexProgress(ProgressBar bar, Map<String, Long> sizes) {
        this.bar = bar;
        this.sizes = sizes;
        this.files = sizes.size();
        bar.setExtraMessage(message(0));
    }

    /**
     * Starts reporting on the files of one pass.
     *
     * @param out          where lines go when not on a terminal (the command's error stream)
     * @param lineInterval how often a plain line is written when not on a terminal
     */
    static IndexProgress start(List<CorpusFile> articles, PrintWriter out, Duration lineInterval) {
        Map<String, Long> sizes = new HashMap<>();
        long total = 0;
        for (CorpusFile file : articles) {
            long size = size(file);
            sizes.put(file.id(), size);
            total += size;
        }
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(Math.max(1, total))
                .setUnit(" MB", MB).showSpeed(new java.text.DecimalFormat("0.0")).setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS);
        if (!onTerminal()) {
            // Plain text for logs: no carriage returns or block characters, and not more than one line per interval.
            builder.setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis((int) Math.max(1, lineInterval.toMillis()))
                    .setConsumer(new DelegatingProgressBarConsumer(line -> println(out, line), 120));
        }
        return new IndexProgress(builder.build(), sizes);
    }

    private static void println(PrintWriter out, String line) {
        out.println(line.strip());
        out.flush();
    }

    @Override
    public void accept(CorpusFile file) {
        int now = done.incrementAndGet();
        bar.stepBy(sizes.getOrDefault(file.id(), 0L));
        bar.setExtraMessage(message(now));
    }

    private String message(int now) {
        return " " + now + "/" + files + " files";
    }

    @Override
    public void close() {
        bar.close();
    }

    private static long size(CorpusFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            // Gone or unreadable: the indexer reports it; it adds nothing to the total.
            return 0;
        }
    }

    /** True when the error stream is an interactive terminal that can redraw a line. */
    private static boolean onTerminal() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return !terminal.getType().startsWith(Terminal.TYPE_DUMB) && System.console() != null;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }
}
