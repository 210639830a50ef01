package docsift.http;

/** A request body over the size limit; answered with 413 before the body is read. */
final class PayloadTooLargeException extends RuntimeException {
    PayloadTooLargeException(long limit) {
        super("request bodies are limited to " + limit + " bytes");
    }
}
