package dev.socketworkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import picocli.CommandLine;

/**
 * Measures {@code udp send --count N} as a user runs it, every SENT line formatted and written through the
 * EventPrinter, into a writer that drops the text (as {@code > /dev/null} would). Compare its rate with
 * UdpSenderBenchmark, which measures the engine with the discarding sink. Not a test, so no timing assertion
 * runs in the build. Run with:
 * {@code java -cp target/classes:target/test-classes:<picocli jar> dev.socketworkbench.cli.UdpSendCliBenchmark [count]}
 */
public final class UdpSendCliBenchmark {
    private UdpSendCliBenchmark() { }

    public static void main(String[] args) throws Exception {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        try (DatagramChannel sink = DatagramChannel.open()) {
            sink.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) sink.getLocalAddress()).getPort();
            for (int round = 1; round <= 3; round++) {   // the first round warms up the JIT
                CountingWriter out = new CountingWriter();
                StringWriter err = new StringWriter();
                CommandLine command = WorkbenchCommand.commandLine();
                command.setOut(new PrintWriter(out));
                command.setErr(new PrintWriter(err));
                int code = command.execute("udp", "send", "127.0.0.1", "" + port, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                        "--count", "" + count);
                System.out.printf("round %d: exit %d, %,d chars printed, %s%n", round, code, out.chars, out.lastLine.strip());
            }
        }
    }

    /** Drops the text but keeps the last line, which is the summary. */
    private static final class CountingWriter extends Writer {
        long chars;
        String lastLine = "";
        private final StringBuilder line = new StringBuilder();

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lastLine = line.toString();
                    line.setLength(0);
                } else if (line.length() < 200) {
                    line.append(buffer[i]);
                }
            }
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }
}
