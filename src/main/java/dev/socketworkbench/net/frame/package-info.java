/**
 * Ethernet frames for the Raw frames tab, as the seed "Raw Sockets on Linux" builds one by hand:
 * immutable packets (Ethernet II with an optional 802.1Q tag, ARP, IPv4, UDP, ICMP, raw data)
 * built from editable builders that fix lengths and checksums at build unless told otherwise,
 * the RFC 1071 internet checksum and the Ethernet CRC-32, templates, a dissector that turns any
 * bytes into layers and fields for the hex view, and a classic pcap writer for Wireshark.
 * Plain Java: no JavaFX, no native code (sending is the separate {@code net.raw} package).
 */
package dev.socketworkbench.net.frame;
