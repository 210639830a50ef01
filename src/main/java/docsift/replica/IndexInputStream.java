package docsift.replica;

import java.io.IOException;
import java.io.InputStream;
import org.apache.lucene.store.IndexInput;

/** Reads an index file as a stream, for sending it over HTTP; closes the file when closed. Not thread-safe. */
final class IndexInputStream extends InputStream {
    private final IndexInput input;

    IndexInputStream(IndexInput input) {
        this.input = input;
    }

    private long remaining() {
        return input.length() - input.getFilePointer();
    }

    @Override
    public int read() throws IOException {
        return remaining() == 0 ? -1 : input.readByte() & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = (int) Math.min(length, remaining());
        if (n == 0) {
            return length == 0 ? 0 : -1;
        }
        input.readBytes(buffer, offset, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
