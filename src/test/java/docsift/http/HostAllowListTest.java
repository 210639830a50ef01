package docsift.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which Host headers are served: loopback names, IP addresses, the listening name and the configured ones. */
class HostAllowListTest {
    private final HostAllowList hosts = new HostAllowList("127.0.0.1", List.of("docs.example.org"));

    @Test
    void loopbackNamesAndAddressesAreServedWithAnyPort() {
        for (String host : List.of("localhost", "localhost:7070", "LOCALHOST.", "app.localhost:1", "127.0.0.1",
                "127.0.0.1:7070", "[::1]", "[::1]:7070", "192.168.1.20:7070", "docs.example.org",
                "Docs.Example.Org:443")) {
            assertTrue(hosts.allows(host), host);
        }
        assertTrue(hosts.allows(null), "HTTP/1.0 without Host");
    }

    @Test
    void otherNamesAreRefused() {
        for (String host : List.of("evil.example", "evil.example:7070", "localhost.evil.example", "127.0.0.1.nip.io",
                "docs.example.org.evil", "example.org", "[::1]evil")) {
            assertFalse(hosts.allows(host), host);
        }
    }

    @Test
    void theNameTheServerListensOnIsServed() {
        assertTrue(new HostAllowList("search.internal", List.of()).allows("search.internal:7070"));
    }
}
