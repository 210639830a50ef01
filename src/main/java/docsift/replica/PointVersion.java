package docsift.replica;

/**
 * The primary's latest point, in brief: what a replica polls for. Immutable.
 *
 * @param primaryGen    the primary process's generation
 * @param version       the latest published version
 * @param publishedAtMs when it was published (epoch milliseconds)
 */
public record PointVersion(long primaryGen, long version, long publishedAtMs) {
}
