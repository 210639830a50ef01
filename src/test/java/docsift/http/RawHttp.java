package docsift.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests Java's HttpClient will not send (a Host header of our choice,
 * a header dripped line by line). One request per connection ({@code Connection: close}).
 */
final class RawHttp {
    /** A parsed answer; header names lower case. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    private RawHttp() {
    }

    /** {@code method} of {@code uri} with one extra header (replacing the default Host when it is Host). */
    static Answer send(URI uri, String method, String header, String value) throws IOException {
        String host = header.equalsIgnoreCase("Host") ? value : uri.getHost() + ":" + uri.getPort();
        String extra = header.equalsIgnoreCase("Host") ? "" : header + ": " + value + "\r\n";
        String request = method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** Reads what the server sends until it closes the connection; -1 bytes read when it closed at once. */
    static byte[] readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] nameValue = lines[i].split(":", 2);
            headers.put(nameValue[0].strip().toLowerCase(Locale.ROOT), nameValue[1].strip());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
