package docsift.search.collapse;

import docsift.search.rank.VersionOrder;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionRanksTest {
    private static final List<String> MET = List.of("v9.2", "v26.3", "v10.1", "v25.4", "v1.0");

    /** The ranks order every pair of versions as the preference does, however many were met since. */
    @Test
    void ranksAgreeWithThePreferenceAsVersionsAreAdded() {
        VersionFolders folders = new VersionFolders(name -> true, "v25.4");
        VersionRanks ranks = new VersionRanks(folders.preference());
        for (int n = 0; n < MET.size(); n++) {
            assertEquals(n, ranks.id(MET.get(n)), "numbered on first sight");
            int[] ranked = ranks.ranks();
            for (int a = 0; a <= n; a++) {
                for (int b = 0; b <= n; b++) {
                    int expected = Integer.signum(folders.preference().compare(MET.get(a), MET.get(b)));
                    assertEquals(expected, Integer.signum(Integer.compare(ranked[a], ranked[b])),
                            MET.get(a) + " against " + MET.get(b));
                }
            }
        }
        assertEquals(2, ranks.id("v10.1"), "a version keeps its number");
        assertEquals(0, ranks.ranks()[3], "the current version is preferred");
    }

    /** Names the preference holds equal ("v01" and "v1" are one version by value) rank equal, not one first. */
    @Test
    void versionsThePreferenceHoldsEqualRankEqual() {
        VersionRanks ranks = new VersionRanks(VersionOrder.NEWEST_FIRST);
        int padded = ranks.id("v01");
        int plain = ranks.id("v1");
        int newer = ranks.id("v2");
        int[] ranked = ranks.ranks();
        assertEquals(ranked[padded], ranked[plain]);
        assertTrue(ranked[newer] < ranked[plain]);
    }
}
