package dev.socketworkbench.net.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The seeds' framing: whatever one read returns, up to a limit, is one message ({@code recv(2048)}).
 * It works for a chat where each side waits for the answer before sending again; two quick sends
 * may arrive as one message, and a long one may be split.
 */
public final class ChunkFraming implements Framing {
    private final int maxBytes;

    public ChunkFraming(int maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public byte[] next(InputStream in) throws IOException {
        byte[] buffer = new byte[maxBytes];
        int n = in.read(buffer);
        return n < 0 ? null : Arrays.copyOf(buffer, n);
    }

    public int maxBytes() {
        return maxBytes;
    }
}
