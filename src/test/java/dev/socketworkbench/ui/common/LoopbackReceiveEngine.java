package dev.socketworkbench.ui.common;

import dev.socketworkbench.net.engine.Engine;
import dev.socketworkbench.net.engine.EngineException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.CountDownLatch;

/**
 * A minimal real engine for tests: a UDP socket on 127.0.0.1 that blocks in receive() until it is
 * closed, or ends by itself after {@code datagramsToReceive} datagrams. It records its thread.
 */
public final class LoopbackReceiveEngine implements Engine {
    private final DatagramSocket socket;
    private final int datagramsToReceive;
    public final CountDownLatch receiving = new CountDownLatch(1);
    public volatile Thread thread;

    public LoopbackReceiveEngine(int datagramsToReceive) throws SocketException {
        this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.datagramsToReceive = datagramsToReceive;
    }

    public LoopbackReceiveEngine() throws SocketException {
        this(Integer.MAX_VALUE);
    }

    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void run() throws EngineException {
        thread = Thread.currentThread();
        receiving.countDown();
        try {
            for (int i = 0; i < datagramsToReceive; i++) {
                socket.receive(new DatagramPacket(new byte[64], 64));
            }
        } catch (IOException e) {
            if (!socket.isClosed()) {
                throw new EngineException("Receiving on 127.0.0.1 failed.", e, false);
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    public boolean isClosed() {
        return socket.isClosed();
    }
}
