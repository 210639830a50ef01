package docsift.search.rank;

import docsift.index.Fields;
import docsift.search.Hit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much a match in each searchable field counts, and the name each field has in {@code matchedIn}.
 * A heading match is the strongest evidence that a section is about a word; a passing mention in the
 * body the weakest. Immutable.
 */
public final class FieldWeights {
    /** Searchable fields and their boosts, strongest first. */
    public static final Map<String, Float> BOOSTS = boosts();

    private FieldWeights() {
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(Fields.HEADING, RankingWeights.HEADING);
        boosts.put(Fields.USE_CASES, RankingWeights.USE_CASES);
        boosts.put(Fields.CODE, RankingWeights.CODE);
        boosts.put(Fields.INLINE_CODE, RankingWeights.INLINE_CODE);
        boosts.put(Fields.BREADCRUMB, RankingWeights.BREADCRUMB);
        boosts.put(Fields.PROSE, RankingWeights.PROSE);
        return java.util.Collections.unmodifiableMap(boosts);
    }

    /** The public name of a field in {@code Hit.matchedIn}. */
    public static String publicName(String field) {
        return switch (field) {
            case Fields.HEADING -> "heading";
            case Fields.BREADCRUMB -> "path";
            case Fields.CODE -> "code";
            case Fields.USE_CASES -> "usecases";
            default -> "body";
        };
    }
}
