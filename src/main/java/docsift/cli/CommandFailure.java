package docsift.cli;

/**
 * A command cannot do what was asked, for a reason the user can fix: its message is the one line printed
 * ("corpus folder /x does not exist"). Immutable.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}
