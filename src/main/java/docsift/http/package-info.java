/**
 * The HTTP edge: Javalin routes, query parameters to requests, responses to JSON, errors mapped once to
 * {@code {error, message}}, security headers, static files and article pages, and the edge's bounds (admission
 * control of searches, body, header and connection limits, admin access). Javalin and Jetty stay in here. Uses
 * {@code search} and {@code app} (the application's status, admin actions and article pages); of the rest only
 * the edge's own services: {@code metrics} (the registry it counts into), {@code analytics} (where searches are
 * recorded), {@code replica.Primary} (the files replicas copy) and {@code settings} (the site's settings, a
 * record read at start). Never {@code corpus}, {@code index} or
 * {@code markdown}.
 */
package docsift.http;
