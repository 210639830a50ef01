package docsift;

import docsift.cli.AnalyticsCommand;
import docsift.cli.CommandFailure;
import docsift.cli.ConfigDefaults;
import docsift.cli.EvalCommand;
import docsift.cli.IndexCommand;
import docsift.cli.SearchCommand;
import docsift.cli.ServeCommand;
import docsift.index.IndexLockedException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code docsift.jar}: dispatches to the sub-commands. */
@Command(name = "docsift", mixinStandardHelpOptions = true, version = "docsift 0.1.0",
        description = "Full-text search for technical articles written in Markdown.",
        footer = {"", "Every option can also be set by an environment variable (--cache-size: DOCSIFT_CACHE_SIZE, or "
                + "DOCSIFT_SERVE_CACHE_SIZE for one command) or in the properties file named by DOCSIFT_CONFIG "
                + "(cache-size=4096 or serve.cache-size=4096). A flag wins over the environment, which wins over the file."})
public final class Main implements Runnable {
    /**
     * Lucene warns on every start that the incubating Vector API is not enabled; docsift's small text
     * indexes do not use vectors, so the warning is noise. Held in a field: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    /**
     * The sub-commands, in the order {@code docsift --help} lists them, each made only when the command line needs
     * it. Why: picocli makes every sub-command and builds its model by reflection when it is added, and making
     * {@code search}, {@code eval} and {@code analytics} initialises their JSON mappers; {@code serve} paid for
     * all of them before starting (README, "Start-up and freshness (round 14)").
     */
    private static final List<Subcommand> SUBCOMMANDS = List.of(new Subcommand("index", IndexCommand::new),
            new Subcommand("search", SearchCommand::new), new Subcommand("serve", ServeCommand::new),
            new Subcommand("eval", EvalCommand::new), new Subcommand("analytics", AnalyticsCommand::new));

    /** A sub-command's name (as its {@code @Command} says) and how to make it. */
    private record Subcommand(String name, Supplier<Object> make) {
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        VECTOR_NOTICE.setLevel(java.util.logging.Level.SEVERE);
        CommandLine cli;
        try {
            cli = commandLine(System.getenv(), args);
        } catch (IllegalArgumentException e) {
            System.err.println("docsift: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(cli.execute(args));
    }

    /** The command line with defaults from the real environment. */
    public static CommandLine commandLine() {
        return commandLine(System.getenv());
    }

    /**
     * The configured command line, shared by {@link #main} and tests: defaults from {@code environment} and
     * the config file it names.
     */
    public static CommandLine commandLine(Map<String, String> environment) {
        return commandLine(environment, new String[0]);
    }

    /**
     * The command line for these arguments: when the first names a sub-command, only that one is made (its
     * {@code --help}, options and errors are the same); otherwise, as for {@code docsift --help} or a misspelt
     * sub-command, all of them.
     */
    public static CommandLine commandLine(Map<String, String> environment, String[] args) {
        CommandLine cli = new CommandLine(new Main());
        List<Subcommand> named = SUBCOMMANDS.stream().filter(s -> args.length > 0 && s.name().equals(args[0])).toList();
        for (Subcommand subcommand : named.isEmpty() ? SUBCOMMANDS : named) {
            cli.addSubcommand(subcommand.name(), subcommand.make().get());
        }
        // Set after the sub-commands are added: picocli hands both down to the sub-commands present then.
        cli.setExecutionExceptionHandler(new ErrorHandler()).setDefaultValueProvider(ConfigDefaults.from(environment));
        // A query is free text: `search async -django` excludes a word, it names no option of ours.
        CommandLine search = cli.getSubcommands().get("search");
        if (search != null) {
            search.setUnmatchedOptionsArePositionalParams(true);
        }
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Expected failures print one line that says what and why, instead of a stack trace. */
    private static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
            cmd.getErr().println("docsift: " + message(e));
            cmd.getErr().flush();
            return e instanceof IndexLockedException ? 3 : 1;
        }

        private static String message(Exception e) {
            return switch (e) {
                case CommandFailure failure -> failure.getMessage();
                case AccessDeniedException denied -> "cannot write " + denied.getFile() + ": permission denied";
                case NoSuchFileException missing -> missing.getFile() + " does not exist";
                case FileSystemException other -> "cannot use " + other.getFile() + ": " + other.getReason();
                default -> e.getMessage() == null ? e.toString() : e.getMessage();
            };
        }
    }
}
