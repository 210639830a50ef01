package docsift.http;

/**
 * The JSON body of every error response.
 *
 * @param error   short machine-readable code, e.g. {@code invalid_limit}
 * @param message one sentence for people saying what was wrong and how to fix it
 */
public record ErrorBody(String error, String message) {
}
