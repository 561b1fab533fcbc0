package dev.socketworkbench.net.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EndpointsTest {

    @ParameterizedTest
    @CsvSource({
        "::1, ::1",
        "::, ::",
        "2001:db8:0:0:0:0:2:1, 2001:db8::2:1",
        "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
        "2001:0:0:1:0:0:0:1, 2001:0:0:1::1",
        "fe80:0:0:0:0:0:0:1, fe80::1",
        "1:0:0:0:0:0:0:0, 1::",
    })
    void compressesIpv6LikeRfc5952(String literal, String expected) throws Exception {
        assertEquals(expected, Endpoints.host(InetAddress.getByName(literal)));
    }

    @Test
    void formatsEndpoints() throws Exception {
        assertEquals("127.0.0.1:6667", Endpoints.format(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 6667)));
        assertEquals("[::1]:6667", Endpoints.format(new InetSocketAddress(InetAddress.getByName("::1"), 6667)));
        assertEquals("unix:/tmp/x.sock", Endpoints.format(UnixDomainSocketAddress.of("/tmp/x.sock")));
        assertEquals("", Endpoints.format(null));
    }
}
