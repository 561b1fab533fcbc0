package dev.socketworkbench.net.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.socketworkbench.net.event.Endpoints;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The log shows IPv6 peers as typed ([::1]:5000), which the TCP tests' sentences rely on. */
class EndpointsIpv6Test {

    @ParameterizedTest
    @CsvSource({
            "::1, ::1",
            "0:0:0:0:0:0:0:0, ::",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "fe80:0:0:0:0:0:0:1, fe80::1",
            "1:0:0:0:0:0:0:0, 1::",
            "127.0.0.1, 127.0.0.1"
    })
    void shortFormOfAddresses(String literal, String expected) throws Exception {
        assertEquals(expected, Endpoints.host(InetAddress.getByName(literal)));
    }

    @ParameterizedTest
    @CsvSource({"::1, [::1]:5000", "127.0.0.1, 127.0.0.1:5000"})
    void endpointsWithPorts(String literal, String expected) throws Exception {
        assertEquals(expected, Endpoints.format(new InetSocketAddress(InetAddress.getByName(literal), 5000)));
    }
}
