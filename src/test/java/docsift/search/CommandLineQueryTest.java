package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A command line typed into the box searches its options instead of excluding their words. */
class CommandLineQueryTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("pip.md", """
            ## Installing packages

            Install a package from the index with pip.

            ```
            python -m pip install requests
            ```

            ## Upgrading pip

            Keep the installer itself current:

            ```
            python -m pip install --upgrade pip
            ```

            ## Editable installs

            Install your own project so that changes to its source take effect at once:

            ```
            python -m pip install -e path/to/project
            ```
            """);

    private static String first(String q) throws IOException {
        return index.hits(RankingFeatures.ALL, q).getFirst().heading();
    }

    @Test
    void aLongOptionIsSearchedNotExcluded() throws IOException {
        assertEquals("Upgrading pip", first("pip install --upgrade"));
    }

    @Test
    void aShortOptionIsSearchedNotExcluded() throws IOException {
        assertEquals("Editable installs", first("pip install -e"));
    }
}
