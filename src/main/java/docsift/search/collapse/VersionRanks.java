package docsift.search.collapse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the version folders met in the index ({@link #id}) and ranks them by preference ({@link #ranks}), so
 * the collapsing collector compares two copies' versions as two ints instead of two folder names by
 * {@link VersionFolders#preference()} (a version-aware string comparison per repeated match was a tenth of a
 * collapsed search on cockroachdb-docs). Numbers are never reused, so a collector may keep numbers across segments
 * and compare them by the newest ranks: ranks of a larger set order the earlier versions the same way. Versions
 * the preference holds equal get equal ranks. One per {@link CollapseKeys}; thread-safe.
 */
final class VersionRanks {
    private final Comparator<String> preference;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** By number, the version's place in the preference order (0 is preferred); replaced when a version is added. */
    private volatile int[] ranks = new int[0];

    VersionRanks(Comparator<String> preference) {
        this.preference = preference;
    }

    /** The number of a version folder, given on first sight. */
    synchronized int id(String version) {
        Integer known = ids.get(version);
        if (known != null) {
            return known;
        }
        ids.put(version, names.size());
        names.add(version);
        ranks = rank();
        return names.size() - 1;
    }

    /** By number, each version's rank: a lower rank is preferred, an equal one is neither. */
    int[] ranks() {
        return ranks;
    }

    private int[] rank() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> preference.compare(names.get(a), names.get(b)));
        int[] ranked = new int[names.size()];
        for (int place = 1; place < order.size(); place++) {
            boolean tied = preference.compare(names.get(order.get(place)), names.get(order.get(place - 1))) == 0;
            ranked[order.get(place)] = tied ? ranked[order.get(place - 1)] : place;
        }
        return ranked;
    }
}
