package dev.socketworkbench.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The yardstick for the echo benchmark: a minimal Netty epoll echo server on 127.0.0.1, as in Netty's
 * own EchoServer example (write back each read, flush when the read batch ends). Benchmark only: Netty
 * is a test-scope dependency and the app never uses it. Not a test.
 * <pre>
 * java -cp ... dev.socketworkbench.bench.TcpNettyEchoServerMain [port=0] [eventLoopThreads=0 (Netty's default, 2 x cores)]
 * </pre>
 * Prints {@code LISTENING port}, then answers {@code stats} and {@code quit} on stdin (see {@link TcpBenchControl}).
 */
public final class TcpNettyEchoServerMain {
    private TcpNettyEchoServerMain() { }

    /** Echoes every read; shared by all connections, so it keeps no per-connection state. */
    @ChannelHandler.Sharable
    private static final class EchoHandler extends ChannelInboundHandlerAdapter {
        private final AtomicInteger open = new AtomicInteger();

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            open.incrementAndGet();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            open.decrementAndGet();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
        EchoHandler handler = new EchoHandler();
        try {
            ServerBootstrap bootstrap = new ServerBootstrap()
                    .group(group)
                    .channel(EpollServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 128)
                    .option(ChannelOption.SO_REUSEADDR, true)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<EpollSocketChannel>() {
                        @Override
                        protected void initChannel(EpollSocketChannel ch) {
                            ch.pipeline().addLast(handler);
                        }
                    });
            var channel = bootstrap.bind("127.0.0.1", port).sync().channel();
            System.out.println("LISTENING " + ((InetSocketAddress) channel.localAddress()).getPort());
            System.out.flush();
            TcpBenchControl.serve("netty-epoll", handler.open::get, () -> channel.close().syncUninterruptibly());
        } finally {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
