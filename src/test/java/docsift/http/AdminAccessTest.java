package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who may call admin endpoints, decided from the caller and the request's headers only. */
class AdminAccessTest {
    private static final String HOST = "127.0.0.1:7070";
    private final Callers callers = new Callers(List.of("10.0.0.2"));
    private final AdminAccess withToken = new AdminAccess("s3cret", callers);
    private final AdminAccess withoutToken = new AdminAccess(null, callers);

    private static Callers.Caller direct(String address) {
        return new Callers.Caller(address, false);
    }

    private static boolean allows(AdminAccess access, String address, String authorization) {
        return access.refusal(HOST, null, null, null, authorization, direct(address)) == null;
    }

    @Test
    void withoutATokenLoopbackCallersAreAllowed() {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "0:0:0:0:0:0:0:1", "::1"}) {
            assertTrue(allows(withoutToken, address, null), address);
        }
        assertFalse(allows(withoutToken, "10.0.0.7", "Bearer s3cret"));
    }

    @Test
    void withATokenEveryCallerNeedsTheExactBearerToken() {
        for (String address : new String[] {"127.0.0.1", "::1", "192.168.1.20"}) {
            assertTrue(allows(withToken, address, "Bearer s3cret"), address);
            assertFalse(allows(withToken, address, null), address);
            assertFalse(allows(withToken, address, "Bearer wrong"), address);
            assertFalse(allows(withToken, address, "s3cret"), address);
            assertFalse(allows(withToken, address, "Basic s3cret"), address);
        }
    }

    @Test
    void unparseableOrNameLikeAddressesAreNotLoopback() {
        for (String address : new String[] {"", "localhost", "evil.example", "127.0.0.1.evil", "::ffff:zz"}) {
            assertFalse(allows(withoutToken, address, null), address);
        }
    }

    @Test
    void requestsFromOtherSitesAreRefusedEvenFromLoopbackWithTheToken() {
        Callers.Caller local = direct("127.0.0.1");
        for (AdminAccess access : List.of(withToken, withoutToken)) {
            assertNotNull(access.refusal(HOST, "https://evil.example", null, null, "Bearer s3cret", local));
            assertNotNull(access.refusal(HOST, "null", null, null, "Bearer s3cret", local));
            assertNotNull(access.refusal(HOST, "http://127.0.0.1:8080", null, null, "Bearer s3cret", local));
            assertNotNull(access.refusal(HOST, null, "cross-site", null, "Bearer s3cret", local));
            assertNotNull(access.refusal(HOST, null, "same-site", null, "Bearer s3cret", local));
            assertNull(access.refusal(HOST, "http://127.0.0.1:7070", "same-origin", null, "Bearer s3cret", local));
        }
    }

    @Test
    void bodiesAFormCanSendAreRefused() {
        Callers.Caller local = direct("127.0.0.1");
        for (String type : List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "text/plain;charset=UTF-8", "TEXT/PLAIN")) {
            assertNotNull(withoutToken.refusal(HOST, null, null, type, null, local), type);
        }
        assertNull(withoutToken.refusal(HOST, null, null, "application/json", null, local));
    }

    @Test
    void aClientBehindATrustedProxyIsNeverLocal() {
        Callers.Caller proxied = callers.of("10.0.0.2", null, "127.0.0.1");
        assertEquals(new Callers.Caller("127.0.0.1", true), proxied);
        assertNotNull(withoutToken.refusal(HOST, null, null, null, null, proxied));
        assertNull(withToken.refusal(HOST, null, null, null, "Bearer s3cret", proxied));
    }

    @Test
    void forwardingHeadersCountOnlyFromTrustedProxies() {
        assertEquals(new Callers.Caller("127.0.0.1", false), callers.of("127.0.0.1", null, "203.0.113.9"));
        assertEquals(new Callers.Caller("203.0.113.9", true), callers.of("10.0.0.2", null, "1.2.3.4, 203.0.113.9"));
        assertEquals(new Callers.Caller("203.0.113.9", true), callers.of("10.0.0.2", null, "203.0.113.9, 10.0.0.2"));
        assertEquals(new Callers.Caller("2001:db8:cafe::17", true),
                callers.of("10.0.0.2", "for=192.0.2.43, for=\"[2001:db8:cafe::17]:4711\";proto=http", "9.9.9.9"));
        assertEquals(new Callers.Caller("10.0.0.2", true), callers.of("10.0.0.2", null, null));
    }
}
