package docsift.search;

import docsift.search.rank.RankingFeatures;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A line pasted into the box finds the section it was copied from, not the one that uses its words most. */
class VerbatimQueryTest {
    @RegisterExtension
    static final SearchFixture index = SearchFixture.ofMarkdown("settings.md", """
            ## Cluster settings

            A cluster setting applies to the whole cluster. Turn off the jobs that delete expired rows with:

            ```sql
            SET CLUSTER SETTING sql.ttl.job_enabled = false;
            ```

            ## Expression indexes

            Index a field of a JSON column by an expression. Turn off automatic statistics first:

            ```sql
            SET CLUSTER SETTING sql.stats.automatic_collection.enabled = false;
            CREATE INDEX birthday_idx ON users ((profile->>'birthdate'));
            ```

            ## Transactions

            A transaction groups statements. Retry it when it fails with a serialization error.

            ```sql
            BEGIN;
            UPDATE accounts SET balance = balance - 10 WHERE id = 1;
            COMMIT;
            ```

            ## Backups

            Take a full backup of a database, then incremental backups on a schedule.

            ```sql
            BACKUP DATABASE bank INTO 's3://backups' AS OF SYSTEM TIME '-10s';
            ```

            ## Follower reads

            Read slightly stale data from the nearest replica to lower latency.

            ```sql
            SELECT * FROM rides AS OF SYSTEM TIME follower_read_timestamp();
            ```

            ## Users and roles

            Grant privileges to roles, and roles to users.

            ```sql
            CREATE ROLE reader;
            GRANT SELECT ON TABLE rides TO reader;
            GRANT reader TO maxroach;
            ```
            """);

    @Test
    void aPastedLineOfCodeFindsItsSection() throws IOException {
        Hit first = index.hits(RankingFeatures.ALL, "SET CLUSTER SETTING sql.stats.automatic_collection.enabled = false")
                .getFirst();
        assertEquals("Expression indexes", first.heading());
    }
}
