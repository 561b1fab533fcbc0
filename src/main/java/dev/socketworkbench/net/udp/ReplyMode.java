package dev.socketworkbench.net.udp;

/** What a {@link UdpListener} sends back to each datagram it receives. */
public enum ReplyMode {
    /** Only listen, like the seed's plain recvfrom loop. */
    NONE,
    /** Send the received bytes back to the sender, like the seed's UDP_Server.py. */
    ECHO,
    /** Send the same fixed bytes every time, like the seed's UDPServer answering "Got your message!". */
    FIXED
}
