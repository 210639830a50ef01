package docsift.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who may call admin endpoints, decided from the socket's address and the Authorization header only. */
class AdminAccessTest {
    private final AdminAccess withToken = new AdminAccess("s3cret");
    private final AdminAccess withoutToken = new AdminAccess(null);

    @Test
    void loopbackCallersAreAllowedWithoutAToken() {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "0:0:0:0:0:0:0:1", "::1"}) {
            assertTrue(withoutToken.allows(address, null), address);
            assertTrue(withToken.allows(address, null), address);
        }
    }

    @Test
    void remoteCallersNeedTheExactBearerToken() {
        assertTrue(withToken.allows("192.168.1.20", "Bearer s3cret"));
        assertFalse(withToken.allows("192.168.1.20", null));
        assertFalse(withToken.allows("192.168.1.20", "Bearer wrong"));
        assertFalse(withToken.allows("192.168.1.20", "s3cret"));
        assertFalse(withToken.allows("192.168.1.20", "Basic s3cret"));
        assertFalse(withoutToken.allows("10.0.0.7", "Bearer s3cret"));
    }

    @Test
    void unparseableOrNameLikeAddressesAreNotLoopback() {
        for (String address : new String[] {null, "", "localhost", "evil.example", "127.0.0.1.evil", "::ffff:zz"}) {
            assertFalse(withoutToken.allows(address, null), String.valueOf(address));
        }
    }
}
