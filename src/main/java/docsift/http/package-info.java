/**
 * The HTTP edge: Javalin routes, query parameters to requests, responses to JSON, errors mapped once to
 * {@code {error, message}}, security headers, static files and article pages. Javalin stays in here. Uses
 * {@code search} and the application's status and admin actions.
 */
package docsift.http;
