package docsift.search.rank;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which ranking features are on. Everything is on in production; the evaluation switches single features
 * off to measure what each one earns. Immutable.
 *
 * @param on the features that are on
 */
public record RankingFeatures(Set<RankingFeature> on) {
    /** Every feature on: what the service uses. */
    public static final RankingFeatures ALL = new RankingFeatures(EnumSet.allOf(RankingFeature.class));

    public RankingFeatures {
        EnumSet<RankingFeature> copy = EnumSet.noneOf(RankingFeature.class);
        copy.addAll(on);
        on = Collections.unmodifiableSet(copy);
    }

    /** True when {@code feature} is on. */
    public boolean has(RankingFeature feature) {
        return on.contains(feature);
    }

    /** These features without {@code feature}. */
    public RankingFeatures without(RankingFeature feature) {
        EnumSet<RankingFeature> fewer = EnumSet.noneOf(RankingFeature.class);
        fewer.addAll(on);
        fewer.remove(feature);
        return new RankingFeatures(fewer);
    }
}
