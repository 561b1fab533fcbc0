package dev.socketworkbench.net.tcp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** A bare listening socket on loopback (or a Unix path) whose side of the conversation a test writes by hand. */
public final class ScriptedPeer implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Path path;

    private ScriptedPeer(ServerSocketChannel server, Path path) {
        this.server = server;
        this.path = path;
    }

    public static ScriptedPeer tcp(String loopback, int backlog) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getByName(loopback), 0), backlog);
        return new ScriptedPeer(server, null);
    }

    public static ScriptedPeer unix(Path path) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(path));
        return new ScriptedPeer(server, path);
    }

    public int port() throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** Settings for a client of this peer (host is the loopback literal it listens on). */
    public TcpClientSettings clientSettings() throws IOException {
        if (path != null) {
            return TcpClientSettings.unix(path);
        }
        InetSocketAddress a = (InetSocketAddress) server.getLocalAddress();
        return TcpClientSettings.tcp(a.getAddress().getHostAddress(), a.getPort());
    }

    public SocketChannel accept() throws IOException {
        return server.accept();
    }

    /** Reads until the client half-closes or closes. */
    public static byte[] readToEnd(SocketChannel channel) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (channel.read(buffer) >= 0) {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
        return out.toByteArray();
    }

    public static void writeAll(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (path != null) {
            Files.deleteIfExists(path);
        }
    }
}
