package docsift.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one connection can make the server hold, over real sockets: a header dripped line by line is cut
 * off, headers are bounded (an over-long q still gets JSON), a body announced over 64 KiB is refused before it
 * is sent, and a chunked body cannot stream past 64 KiB.
 */
class ConnectionBoundsIT {
    @TempDir
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = new TestServer(root).start(UnaryOperator.identity());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aHeaderDrippedEveryFiveSecondsIsCutOff() throws Exception {
        URI uri = server.uri("/");
        AtomicInteger dripped = new AtomicInteger();
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            write(out, "GET /search?q=django HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            Thread dripper = Thread.ofVirtual().start(() -> drip(out, dripped));
            InputStream in = socket.getInputStream();
            try {
                assertEquals(-1, in.read(), "the server closes the connection without an answer");
            } catch (SocketException reset) {
                // Closed while the dripper was writing: reset is as good as closed.
            }
            dripper.interrupt();
            dripper.join();
        }
        // Cut at 10-11 s: after the second or third line (a line every 5 s), never left to drip on.
        assertTrue(dripped.get() <= 4, dripped.get() + " lines dripped before the server closed the connection");
        assertEquals(200, server.get("/search?q=django").statusCode());
    }

    /** One header line every five seconds, for up to a minute, until the connection fails. */
    private static void drip(OutputStream out, AtomicInteger dripped) {
        try {
            for (int line = 0; line < 12; line++) {
                Thread.sleep(5_000);
                write(out, "X-Drip-" + line + ": slow\r\n");
                dripped.incrementAndGet();
            }
        } catch (IOException | InterruptedException e) {
            // The server closed the connection, or the test is over.
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Test
    void anOverLongQueryStillGetsJsonAndHeadersAreBounded() throws Exception {
        String longQ = "%F0%9F%90%8D".repeat(1_001);
        RawHttp.Answer tooLong = RawHttp.send(server.uri("/search?q=" + longQ), "GET", "Accept", "*/*");
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().startsWith("{\"error\":\"query_too_long\""), tooLong.body());
        RawHttp.Answer hugeUri = RawHttp.send(server.uri("/search?q=" + "x".repeat(40_000)), "GET", "Accept", "*/*");
        assertEquals(414, hugeUri.status());
        assertTrue(hugeUri.body().startsWith("{\"error\":\"uri_too_long\""), hugeUri.body());
        RawHttp.Answer hugeHeader = RawHttp.send(server.uri("/search?q=x"), "GET", "Cookie", "a=" + "b".repeat(40_000));
        assertEquals(431, hugeHeader.status());
        assertTrue(hugeHeader.body().startsWith("{\"error\":\"request_header_fields_too_large\""), hugeHeader.body());
    }

    @Test
    void aDeclaredBodyOver64KiBIsRefusedBeforeItIsSent() throws Exception {
        URI uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            // The header alone: Jetty answers before a byte of the megabyte announced, and before any route.
            write(socket.getOutputStream(), "POST /api/reindex HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1048576\r\n\r\n");
            RawHttp.Answer answer = RawHttp.parse(RawHttp.readUntilClosed(socket.getInputStream()));
            assertEquals(413, answer.status(), answer.body());
            assertTrue(answer.body().startsWith("{\"error\":\"request_too_large\""), answer.body());
        }
    }

    @Test
    void aChunkedBodyOver64KiBIsRefused() throws Exception {
        assertChunkedBodyRefused("/api/reindex");
    }

    private void assertChunkedBodyRefused(String path) throws Exception {
        URI uri = server.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            write(out, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            try {
                for (int chunk = 0; chunk < 100; chunk++) {
                    write(out, "1000\r\n" + "x".repeat(4096) + "\r\n");
                }
                write(out, "0\r\n\r\n");
            } catch (IOException refusedEarly) {
                // The server answered and closed before the whole 400 KiB was sent.
            }
            RawHttp.Answer answer = RawHttp.parse(RawHttp.readUntilClosed(socket.getInputStream()));
            assertEquals(413, answer.status(), answer.body());
            assertTrue(answer.body().startsWith("{\"error\":\"request_too_large\""), answer.body());
        }
    }
}
