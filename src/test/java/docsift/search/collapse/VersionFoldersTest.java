package docsift.search.collapse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VersionFoldersTest {
    private final VersionFolders byName = VersionFolders.byName();

    private Optional<String> version(String article) {
        return byName.locate(article).map(VersionFolders.Located::version);
    }

    @Test
    void versionLikeFolderNamesAreVersions() {
        assertEquals(Optional.of("v25.4"), version("v25.4/begin-transaction.md"));
        assertEquals(Optional.of("v25.4"), version("current/v25.4/sql/begin.md"));
        assertEquals(Optional.of("1.2"), version("docs/1.2/index.md"));
        assertEquals(Optional.of("version-2.x"), version("versioned_docs/version-2.x/intro.md"));
        assertEquals(Optional.of("v2"), version("v2/guide.md"));
        assertEquals(Optional.of("3.x"), version("3.x/guide.md"));
    }

    @Test
    void yearsFileNamesAndOtherFoldersAreNot() {
        assertEquals(Optional.empty(), version("blog/2023/post.md"));
        assertEquals(Optional.empty(), version("v25.4.md"));
        assertEquals(Optional.empty(), version("guides/vacuum/v.md"));
        assertEquals(Optional.empty(), version("advanced-topics.md"));
    }

    @Test
    void theSamePageInAnotherVersionKeepsEverythingButTheVersion() {
        VersionFolders.Located located = byName.locate("current/v25.4/sql/begin.md").orElseThrow();
        assertEquals(byName.locate("current/v23.1/sql/begin.md").orElseThrow().pageKey(), located.pageKey());
        assertEquals("current/v26.1/sql/begin.md", located.in("v26.1"));
    }

    @Test
    void theCurrentVersionComesFirstThenTheNewest() {
        List<String> versions = new ArrayList<>(List.of("v23.2", "v25.4", "v24.10", "v26.1", "v24.9"));
        versions.sort(new VersionFolders(name -> true, "v25.4").preference());
        assertEquals(List.of("v25.4", "v26.1", "v24.10", "v24.9", "v23.2"), versions);
        versions.sort(byName.preference());
        assertEquals(List.of("v26.1", "v25.4", "v24.10", "v24.9", "v23.2"), versions);
    }
}
