package dev.socketworkbench.net.tcp;

import dev.socketworkbench.net.engine.EngineException;

/**
 * Runs a TcpClient against a host name in a child JVM started with {@code -Djdk.net.hosts.file},
 * so the lookup reads only that file and no DNS query leaves the machine. Prints what the user saw.
 */
public final class UnknownHostProbe {
    private UnknownHostProbe() { }

    public static void main(String[] args) {
        EventRecorder events = new EventRecorder();
        try {
            new TcpClient(TcpClientSettings.tcp(args[0], 5000), events).run();
            System.out.println("connected?!");
        } catch (EngineException e) {
            System.out.println("badInput=" + e.isBadInput());
            System.out.println("errors=" + events.errors().size());
            System.out.println("message=" + e.getMessage());
        }
    }
}
