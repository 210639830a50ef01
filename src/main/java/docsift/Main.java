package docsift;

import docsift.cli.EvalCommand;
import docsift.cli.IndexCommand;
import docsift.cli.SearchCommand;
import docsift.cli.ServeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code docsift.jar}: dispatches to the sub-commands. */
@Command(name = "docsift", mixinStandardHelpOptions = true, version = "docsift 0.1.0",
        description = "Full-text search for technical articles written in Markdown.",
        subcommands = {IndexCommand.class, SearchCommand.class, ServeCommand.class, EvalCommand.class})
public final class Main implements Runnable {
    /**
     * Lucene warns on every start that the incubating Vector API is not enabled; docsift's small text
     * indexes do not use vectors, so the warning is noise. Held in a field: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorHandler());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Expected failures print one clear line instead of a stack trace. */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("docsift: " + e.getMessage());
            return e instanceof docsift.index.IndexLockedException ? 3 : 1;
        }
    }
}
