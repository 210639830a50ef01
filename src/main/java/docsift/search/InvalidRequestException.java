package docsift.search;

/**
 * A request that cannot be answered as asked: a parameter out of range or a query over a cost limit.
 * The HTTP layer maps it to 400 with {@link #error()} as the machine-readable code.
 */
public final class InvalidRequestException extends RuntimeException {
    private final String error;

    public InvalidRequestException(String error, String message) {
        super(message);
        this.error = error;
    }

    /** Short machine-readable code, e.g. {@code invalid_limit}. */
    public String error() {
        return error;
    }
}
