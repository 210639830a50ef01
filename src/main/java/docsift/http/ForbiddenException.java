package docsift.http;

/** The caller may not use an admin endpoint; answered with 403. */
final class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
        super(message);
    }
}
