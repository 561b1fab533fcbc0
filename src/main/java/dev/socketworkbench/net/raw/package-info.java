/**
 * Raw Ethernet frames on Linux, the seed "Raw Sockets on Linux": {@link dev.socketworkbench.net.raw.RawSocket}
 * (an {@code AF_PACKET}/{@code SOCK_RAW} socket bound to one interface, through the JNA mapping
 * of the C library in {@code net.linux}), {@link dev.socketworkbench.net.raw.NetworkInterfaces} to pick an interface, and two
 * engines: {@link dev.socketworkbench.net.raw.FrameSender} and {@link dev.socketworkbench.net.raw.FrameCapture}.
 * Frames are built and read with {@code net.frame}. Every failure becomes one sentence in a
 * {@link dev.socketworkbench.net.raw.RawSocketException} that keeps the errno.
 */
package dev.socketworkbench.net.raw;
