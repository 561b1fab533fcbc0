package dev.socketworkbench.net.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The seeds' framing: whatever one read returns, up to a limit, is one message ({@code recv(2048)}).
 * It works for a chat where each side waits for the answer before sending again; two quick sends
 * may arrive as one message, and a long one may be split.
 *
 * <p>Each connection's thread reads into its own buffer, kept for the life of the thread and reused for
 * every read, so a message costs one array of its own size rather than a fresh {@code maxBytes} one.
 */
public final class ChunkFraming implements Framing {
    private final int maxBytes;
    /** One read buffer per connection thread; one framing serves every connection at once. */
    private final ThreadLocal<byte[]> buffers;

    public ChunkFraming(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        this.maxBytes = maxBytes;
        this.buffers = ThreadLocal.withInitial(() -> new byte[maxBytes]);
    }

    @Override
    public byte[] next(InputStream in) throws IOException {
        byte[] buffer = buffers.get();
        int n = in.read(buffer);
        return n < 0 ? null : Arrays.copyOf(buffer, n);
    }

    public int maxBytes() {
        return maxBytes;
    }
}
