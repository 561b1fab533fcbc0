package dev.socketworkbench.net.raw;

import dev.socketworkbench.net.linux.Errno;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The errno-to-sentence mapping, one sentence per cause, checked without needing the failure to happen. */
class RawFailuresTest {

    @BeforeAll
    static void linuxOnly() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "raw sockets are Linux-only");
    }

    @Test
    void permissionNamesTheRealJavaExecutableAndItsLibraries() throws Exception {
        Path java = RawFailures.javaExecutable();
        assertTrue(Files.isRegularFile(java) && !Files.isSymbolicLink(java), java + " is the real file setcap needs");
        assertEquals(Path.of(ProcessHandle.current().info().command().orElseThrow()).toRealPath(), java);
        String lib = Path.of(System.getProperty("java.home"), "lib").toRealPath().toString();
        for (int errno : new int[] {Errno.EPERM, Errno.EACCES}) {
            String s = RawFailures.sentence(errno, "lo", -1, -1);
            assertEquals("Raw frames need the CAP_NET_RAW capability: start with sudo, or run `sudo setcap cap_net_raw+ep "
                    + java + "` and, so that this java still finds its libraries, `echo " + lib
                    + " | sudo tee /etc/ld.so.conf.d/socket-workbench-java.conf && sudo ldconfig`.", s);
            assertFalse(RawFailures.isBadInput(errno));
        }
    }

    @Test
    void eachCauseHasItsSentence() {
        assertEquals("There is no network interface named eth9; `ip link` lists the ones this machine has, such as lo.",
                RawFailures.sentence(Errno.ENODEV, "eth9", -1, -1));
        assertEquals(RawFailures.sentence(Errno.ENODEV, "eth9", -1, -1), RawFailures.sentence(Errno.ENXIO, "eth9", -1, -1));
        assertEquals("The frame is 70000 bytes, larger than lo's MTU of 65536 plus the 14-byte header; shorten the payload.",
                RawFailures.sentence(Errno.EMSGSIZE, "lo", 70_000, 65_536));
        assertEquals("The frame is larger than lo's MTU plus the 14-byte header; shorten the payload.",
                RawFailures.sentence(Errno.EMSGSIZE, "lo", -1, -1));
        assertEquals("The interface veth0 is down; bring it up with `sudo ip link set veth0 up`.",
                RawFailures.sentence(Errno.ENETDOWN, "veth0", -1, -1));
        assertEquals("veth0's send queue is full; send at a lower rate.", RawFailures.sentence(Errno.ENOBUFS, "veth0", 60, 1500));
        assertTrue(RawFailures.sentence(Errno.EAFNOSUPPORT, "lo", -1, -1).contains("AF_PACKET"));
        assertTrue(RawFailures.sentence(Errno.EMFILE, "lo", -1, -1).contains("ulimit -n"));
        assertEquals("The raw socket on lo failed: Invalid argument (errno 22).", RawFailures.sentence(Errno.EINVAL, "lo", -1, -1));
        assertEquals("The raw socket on the interface failed: Invalid argument (errno 22).", RawFailures.sentence(Errno.EINVAL, "", -1, -1));
    }

    @Test
    void onlyTheUsersOwnMistakesAreBadInput() {
        assertTrue(RawFailures.isBadInput(Errno.ENODEV));
        assertTrue(RawFailures.isBadInput(Errno.ENXIO));
        assertTrue(RawFailures.isBadInput(Errno.EMSGSIZE));
        assertFalse(RawFailures.isBadInput(Errno.ENETDOWN));
        assertFalse(RawFailures.isBadInput(Errno.ENOBUFS));
        RawSocketException e = RawFailures.of(Errno.EMSGSIZE, "lo", 70_000, 65_536, null);
        assertEquals(Errno.EMSGSIZE, e.errno());
        assertTrue(e.isBadInput());
    }

    @Test
    void everySentenceIsOneSentence() {
        for (int errno = 1; errno < 134; errno++) {
            String s = RawFailures.sentence(errno, "lo", 70_000, 65_536);
            assertTrue(s.endsWith(".") && !s.contains("\n") && !s.contains("Exception"), errno + ": " + s);
        }
    }
}
