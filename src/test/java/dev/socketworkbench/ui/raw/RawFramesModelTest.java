package dev.socketworkbench.ui.raw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.socketworkbench.net.event.EventSink;
import dev.socketworkbench.net.event.NetEvent;
import dev.socketworkbench.net.frame.Dissection;
import dev.socketworkbench.net.frame.Field;
import dev.socketworkbench.net.frame.FrameDissector;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.Layer;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.frame.PcapWriter;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.net.raw.FrameCapture;
import dev.socketworkbench.net.raw.InterfaceInfo;
import dev.socketworkbench.ui.common.EngineRunner;
import dev.socketworkbench.ui.common.FieldMemory;
import dev.socketworkbench.ui.common.FxThread;
import dev.socketworkbench.ui.common.StatusLine;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The raw-frames tab's model without a window: templates build their exact bytes, edits rebuild the
 * frame and its dissection, overridden checksums are flagged, raw hex is explained or its mistake named,
 * clicks on bytes select fields, fields are remembered, and the banner says why raw frames cannot work.
 */
class RawFramesModelTest {
    /** Where the UDP template's data starts: 14 Ethernet + 20 IPv4 + 8 UDP. */
    private static final int UDP_DATA = 42;

    private static final InterfaceInfo LO = new InterfaceInfo("lo", 1, MacAddress.ZERO, 65536, true, true, true, true);

    private final StatusLine status = new StatusLine();
    private final RawFramesModel model = newModel(() -> new RawAccess.Report(List.of(LO), ""));

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.startToolkit();   // the status line hands its messages to the JavaFX thread
    }

    private RawFramesModel newModel(RawAccess access) {
        return new RawFramesModel(new EngineRunner(), status, EventSink.DISCARD, Runnable::run, access);
    }

    private Dissection crafted() {
        return model.craftedProperty().get();
    }

    private static Field field(Dissection d, String layer, String field) {
        return d.layer(layer).orElseThrow(() -> new AssertionError("no layer " + layer + " in " + d.toTree()))
                .field(field).orElseThrow(() -> new AssertionError("no field " + field + " in " + d.toTree()));
    }

    @ParameterizedTest
    @EnumSource(FrameTemplate.class)
    void eachTemplateFillsTheFormSoItBuildsTheTemplatesExactBytes(FrameTemplate template) {
        model.form().templateProperty().set(template);
        byte[] expected = template.newBuilder().build().toBytes();
        assertArrayEquals(expected, crafted().bytes(), template.name());
        assertEquals("", model.craftedProblem().get());
        assertEquals(FrameDissector.dissect(expected, template == FrameTemplate.SEED), crafted());
        assertTrue(model.canSendProperty().get());
    }

    @Test
    void theSeedTemplateIsTheSeedsFrameWithItsLiteralChecksumAsAnOverriddenFcs() {
        assertEquals(FrameTemplate.SEED, model.form().templateProperty().get(), "the tab starts on the seed's frame");
        assertEquals("0x0801", model.form().etherTypeProperty().get());
        assertEquals(FrameTemplate.SEED_PAYLOAD, model.form().payloadProperty().get());
        assertTrue(model.form().fcsOnProperty().get());
        assertTrue(model.form().fcs().overrideProperty().get());
        assertEquals("1a 2b 3c 4d", model.form().fcs().valueProperty().get());
        assertEquals(85, crafted().length());
        assertTrue(field(crafted(), "FCS", "Frame check sequence").problem(), "1a 2b 3c 4d is not the CRC-32 of the frame");

        model.form().fcs().overrideProperty().set(false);
        assertFalse(crafted().hasProblem(), "with the FCS worked out it is correct");
    }

    @Test
    void editingThePayloadRebuildsTheFrameAndItsDissection() {
        model.form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
        model.form().payloadProperty().set("hello raw frames, too long to pad");
        Dissection d = crafted();
        assertEquals(UDP_DATA + 33, d.length());
        assertTrue(field(d, "Data", "Data").value().contains("\"hello raw frames, too long to pad\""), d.toTree());
        assertEquals("41", field(d, "UDP", "Length").value(), "8-byte header + 33 bytes of data");
        assertTrue(field(d, "UDP", "Checksum").value().endsWith("(correct)"), "the checksum follows the data");
        assertEquals("10.0.0.1:1234 -> 10.0.0.2:9 UDP len=33", d.summary());
        assertTrue(d.layer("Padding").isEmpty());

        model.form().payloadProperty().set("hi");
        assertEquals(60, crafted().length(), "a short frame is padded to 60 bytes");
        assertEquals("16", crafted().layer("Padding").orElseThrow().fields().get(0).value().split(" ")[0]);
        model.form().padToMinimumProperty().set(false);
        assertEquals(UDP_DATA + 2, crafted().length());
        assertEquals(crafted(), model.shownProperty().get());
    }

    @Test
    void switchingThePayloadFormatKeepsTheBytes() {
        model.form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
        model.form().payloadProperty().set("hi\n");
        model.form().payloadFormatProperty().set(PayloadFormat.HEX);
        assertEquals("68 69 0a", model.form().payloadProperty().get());
        model.form().payloadFormatProperty().set(PayloadFormat.ESCAPED);
        assertEquals("hi\\n", model.form().payloadProperty().get());
        assertArrayEquals("hi\n".getBytes(StandardCharsets.US_ASCII),
                java.util.Arrays.copyOfRange(crafted().bytes(), UDP_DATA, UDP_DATA + 3));
    }

    @Test
    void anOverriddenChecksumStartsCorrectAndAWrongOneIsFlaggedIncorrect() {
        model.form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
        String correct = field(crafted(), "IPv4", "Header checksum").value().substring(0, 6);
        model.form().ipChecksum().overrideProperty().set(true);
        assertEquals(correct, model.form().ipChecksum().valueProperty().get(), "switching the override on fills in the correct value");
        assertFalse(crafted().hasProblem());

        model.form().ipChecksum().valueProperty().set("0x1234");
        Field ip = field(crafted(), "IPv4", "Header checksum");
        assertTrue(ip.problem());
        assertEquals("0x1234 (incorrect, should be " + correct + ")", ip.value());
        assertTrue(crafted().summary().endsWith("[bad IPv4 checksum]"), crafted().summary());
        assertTrue(model.canSendProperty().get(), "a wrong checksum on purpose can still be sent");

        model.form().udpChecksum().overrideProperty().set(true);
        model.form().udpChecksum().valueProperty().set("7");
        assertTrue(field(crafted(), "UDP", "Checksum").value().startsWith("0x0007 (incorrect, should be 0x"));

        model.form().icmpChecksum().overrideProperty().set(true);   // not in a UDP frame: ignored
        model.form().templateProperty().set(FrameTemplate.ICMP_ECHO_REQUEST);
        assertFalse(model.form().icmpChecksum().overrideProperty().get(), "a template starts with every checksum on auto");
        model.form().icmpChecksum().overrideProperty().set(true);
        model.form().icmpChecksum().valueProperty().set("0xffff");
        assertTrue(field(crafted(), "ICMP", "Checksum").problem());
    }

    @Test
    void aWrongFieldSaysWhyAndTheLastGoodFrameStays() {
        model.form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
        Dissection before = crafted();
        model.form().ttlProperty().set("300");
        assertEquals("The TTL 300 does not fit the field; type a number from 0 to 255 (0xff).", model.form().ttlError().get());
        assertEquals(model.form().ttlError().get(), model.craftedProblem().get());
        assertEquals(before, crafted(), "the dump keeps the last frame that could be built");
        assertFalse(model.canSendProperty().get());

        model.form().destinationProperty().set("01:02:03");
        assertTrue(model.form().destinationError().get().startsWith("\"01:02:03\" is not a MAC address"));
        model.form().ttlProperty().set("1");
        model.form().destinationProperty().set("02:00:00:00:00:09");
        assertEquals("", model.craftedProblem().get());
        assertEquals("1", field(crafted(), "IPv4", "Time to live").value());
    }

    @Test
    void fieldsOfLayersTheTemplateDoesNotHaveAreNotChecked() {
        model.form().templateProperty().set(FrameTemplate.SEED);
        model.form().ttlProperty().set("not a number");
        model.form().arpSenderIpProperty().set("");
        assertEquals("", model.form().ttlError().get());
        assertEquals("", model.form().arpSenderIpError().get());
        assertEquals("", model.craftedProblem().get());
        model.form().vlanIdProperty().set("5000");
        assertEquals("", model.form().vlanIdError().get(), "the VLAN ID is checked only with the tag on");
        model.form().vlanOnProperty().set(true);
        assertEquals("The VLAN ID 5000 does not fit the field; type a number from 0 to 4095 (0xfff).", model.form().vlanIdError().get());
        model.form().vlanIdProperty().set("42");
        assertEquals("42", field(crafted(), "802.1Q", "VLAN ID").value());
    }

    @Test
    void rawHexModeStartsFromTheFormAndTheDissectorExplainsWhatIsTyped() {
        model.form().templateProperty().set(FrameTemplate.ARP_WHO_HAS);
        byte[] formBytes = crafted().bytes();
        model.modeProperty().set(EditorMode.RAW_HEX);
        assertArrayEquals(formBytes, HexFormat.of().parseHex(model.rawHexProperty().get().replaceAll("\\s", "")),
                "raw hex starts as the form's frame");
        assertEquals("ARP Who has 10.0.0.2? Tell 10.0.0.1", crafted().summary());

        model.rawHexProperty().set("ff ff ff ff ff ff 02 00 00 00 00 01 08 06 00 01");
        assertEquals("Truncated", crafted().layers().get(1).name(), "16 bytes: a truncated ARP message, shown as such");
        assertEquals(16, crafted().length());
    }

    @Test
    void rawHexMistakesAreNamedAtTheField() {
        model.modeProperty().set(EditorMode.RAW_HEX);
        Dissection before = crafted();
        model.rawHexProperty().set("ff ff ff ff ff ff 02 00 00 00 00 01 08 0g");
        assertEquals("Malformed hex at position 41: 'g' is not a hex digit; use 0-9 and a-f, with spaces between bytes.",
                model.rawHexError().get());
        assertEquals(model.rawHexError().get(), model.craftedProblem().get());
        assertEquals(before, crafted());
        assertFalse(model.canSendProperty().get());

        model.rawHexProperty().set("ff ff ff ff ff ff 02 00 00 00 00 01 0");
        assertEquals("", model.rawHexError().get());
        assertEquals(13, crafted().length());
        assertFalse(model.canSendProperty().get(), "13 bytes are not even an Ethernet header");

        model.modeProperty().set(EditorMode.FORM);
        assertEquals("", model.rawHexError().get(), "raw hex is not checked while the form is used");
        assertEquals(85, crafted().length());
    }

    @Test
    void aClickOnAByteSelectsTheNarrowestFieldAndTheHighlightFollows() {
        model.form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
        model.selectByteAt(22);
        assertEquals("Time to live", model.selectionProperty().get().field().name());
        assertEquals("IPv4", model.selectionProperty().get().layer().name());
        assertEquals(new ByteRange(22, 1), model.highlightProperty().get());

        model.selectByteAt(25);
        assertEquals("Header checksum", model.selectionProperty().get().field().name());
        assertEquals(new ByteRange(24, 2), model.highlightProperty().get());

        Layer udp = crafted().layer("UDP").orElseThrow();
        model.select(FrameSelection.of(udp));
        assertEquals(new ByteRange(34, 8), model.highlightProperty().get());
        model.select(null);
        assertNull(model.highlightProperty().get());
    }

    @Test
    void theSelectionStaysOnTheSameRowWhileTheFrameIsEdited() {
        model.form().templateProperty().set(FrameTemplate.UDP_TO_PORT);
        model.selectByteAt(UDP_DATA);
        assertEquals(new ByteRange(UDP_DATA, 5), model.highlightProperty().get());
        model.form().payloadProperty().set("a longer payload");
        assertEquals("Data", model.selectionProperty().get().field().name());
        assertEquals(new ByteRange(UDP_DATA, 16), model.highlightProperty().get());
        model.form().templateProperty().set(FrameTemplate.ARP_WHO_HAS);
        assertNull(model.selectionProperty().get(), "an ARP frame has no Data row");
    }

    @Test
    void aCapturedFrameIsShownUntilTheEditorChanges() {
        byte[] bytes = FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes();
        CapturedFrame captured = new CapturedFrame(1, System.currentTimeMillis(), "lo", bytes, "ARP");
        model.viewCapture(captured);
        assertEquals(captured, model.viewedCaptureProperty().get());
        assertEquals(FrameDissector.dissect(bytes), model.shownProperty().get());
        assertEquals(85, crafted().length(), "the crafted frame is untouched");

        model.viewCrafted();
        assertNull(model.viewedCaptureProperty().get());
        assertEquals(crafted(), model.shownProperty().get());

        model.viewCapture(captured);
        model.form().payloadProperty().set("edited");
        assertNull(model.viewedCaptureProperty().get(), "an edit brings the crafted frame back");
        assertEquals(crafted(), model.shownProperty().get());
    }

    @Test
    void fieldsAreRememberedUnderRawKeysAndRestoredOverTheTemplate() {
        FieldMemory memory = new FieldMemory(Map.of("raw.template", "ICMP_ECHO_REQUEST", "raw.ip.ttl", "5",
                "raw.icmp.seq", "7", "raw.send.count", "3", "raw.capture.ethertype", "0x88b5", "raw.mode", "FORM"));
        model.remember(memory);
        assertEquals(FrameTemplate.ICMP_ECHO_REQUEST, model.form().templateProperty().get());
        assertEquals("5", field(crafted(), "IPv4", "Time to live").value());
        assertEquals("7", field(crafted(), "ICMP", "Sequence number").value());
        assertEquals("3", model.send().countProperty().get());
        assertEquals("0x88b5", model.capture().etherTypeProperty().get());
        for (String key : List.of("raw.eth.dst", "raw.eth.src", "raw.eth.type", "raw.eth.vlan.on", "raw.eth.pad", "raw.eth.fcs.on",
                "raw.eth.fcs", "raw.arp.op", "raw.ip.checksum.override", "raw.udp.dstPort", "raw.payload", "raw.hex",
                "raw.send.interface", "raw.send.rate", "raw.send.fastest", "raw.capture.interface", "raw.capture.count")) {
            assertTrue(memory.keys().contains(key), key);
        }
        model.form().ttlProperty().set("9");
        assertEquals("9", memory.capture().get("raw.ip.ttl"));
        assertEquals("lo", memory.capture().get("raw.send.interface"));
    }

    @Test
    void sendAndCaptureFieldsAreCheckedAsTheyAreTyped() {
        FrameSendModel send = model.send();
        send.countProperty().set("0");
        assertEquals("The count must be 1 to 100,000,000, not 0.", send.countError().get());
        assertFalse(model.canSendProperty().get());
        send.countProperty().set("10");
        send.rateProperty().set("fast");
        assertEquals("The rate \"fast\" is not a whole number; type a number from 1 to 10,000,000.", send.rateError().get());
        send.asFastAsPossibleProperty().set(true);
        assertEquals("", send.rateError().get(), "the rate does not matter as fast as possible");
        assertTrue(model.canSendProperty().get());
        send.interfaceNameProperty().set("eth 0");
        assertTrue(send.interfaceError().get().startsWith("\"eth 0\" is not an interface name"));
        send.interfaceNameProperty().set("eth0");
        assertEquals("Frames sent on eth0 leave this machine for whatever is connected to it; lo keeps them inside.",
                send.interfaceNote().get());
        send.interfaceNameProperty().set("lo");
        assertEquals("", send.interfaceNote().get());

        FrameCaptureModel capture = model.capture();
        assertEquals("", capture.etherTypeError().get(), "blank captures every frame");
        capture.etherTypeProperty().set("0x12");
        assertTrue(capture.etherTypeError().get().contains("below 0x0600"), capture.etherTypeError().get());
        capture.etherTypeProperty().set("0x88b5");
        capture.countProperty().set("-1");
        assertEquals("The count must be 0 to 100,000,000, not -1.", capture.countError().get());
        assertFalse(capture.formValidProperty().get());
    }

    @Test
    void receivedFramesGoToTheLogAndTheListWhichKeepsTheNewestWithinItsByteBound() {
        List<NetEvent> logged = new java.util.ArrayList<>();
        RawFramesModel listing = new RawFramesModel(new EngineRunner(), status, logged::add, Runnable::run, () -> new RawAccess.Report(List.of(), ""));
        EventSink sink = listing.capture().logAndListSink();
        byte[] big = new byte[30 << 20];
        sink.publish(NetEvent.info(FrameCapture.SOURCE, "lo", "", "Capturing every frame on lo."));
        for (int i = 0; i < 3; i++) {
            sink.publish(NetEvent.received(FrameCapture.SOURCE, "lo", "02:00:00:00:00:01", big, "frame " + (i + 1)));
        }
        assertEquals(4, logged.size(), "every event reaches the log");
        List<CapturedFrame> kept = listing.capture().frames();
        assertEquals(List.of(2L, 3L), kept.stream().map(CapturedFrame::number).toList(),
                "three 30 MiB frames exceed the 64 MiB bound, so the oldest went");
        assertEquals("frame 3", kept.get(1).summary());
        assertEquals("lo", kept.get(1).interfaceName());
        listing.capture().clear();
        sink.publish(NetEvent.received(FrameCapture.SOURCE, "lo", "", new byte[60], "again"));
        assertEquals(1, kept.get(0).number(), "numbering starts again after Clear");
    }

    @Test
    void theBannerSaysInOneSentenceWhyRawFramesCannotWorkAndEditingStillDoes() throws Exception {
        String sentence = "Raw frames need the CAP_NET_RAW capability: start with sudo, or run `sudo setcap cap_net_raw+ep /usr/bin/java`.";
        RawFramesModel denied = newModel(() -> new RawAccess.Report(List.of(LO), sentence));
        assertEquals("", denied.bannerProperty().get());
        denied.checkAccess().get(10, TimeUnit.SECONDS);
        assertEquals(sentence, denied.bannerProperty().get());
        assertEquals(List.of(LO), denied.interfaces());
        assertEquals("lo (index 1, loopback, MTU 65536, up)", denied.describeInterface("lo"));
        denied.form().templateProperty().set(FrameTemplate.ICMP_ECHO_REQUEST);
        assertEquals("ICMP", denied.craftedProperty().get().layers().get(2).name(), "the editor and dissector work without permission");

        RawFramesModel broken = newModel(() -> {
            throw new UnsatisfiedLinkError("no jnidispatch");
        });
        broken.checkAccess().get(10, TimeUnit.SECONDS);
        assertTrue(broken.bannerProperty().get().contains("no jnidispatch"), broken.bannerProperty().get());

        model.checkAccess().get(10, TimeUnit.SECONDS);
        assertEquals("", model.bannerProperty().get());
    }

    @Test
    void savePcapWritesTheCraftedFrameThenTheCapturedOnes(@TempDir Path dir) throws Exception {
        byte[] captured = FrameTemplate.ARP_WHO_HAS.newBuilder().build().toBytes();
        model.capture().frames().add(new CapturedFrame(1, 1_700_000_000_123L, "lo", captured, "ARP"));
        Path file = dir.resolve("frames.pcap");
        assertEquals(2, model.savePcap(file).get(10, TimeUnit.SECONDS));

        ByteBuffer pcap = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(PcapWriter.MAGIC, pcap.getInt(0));
        assertEquals(PcapWriter.LINKTYPE_ETHERNET, pcap.getInt(20));
        int first = PcapWriter.FILE_HEADER_SIZE;
        assertEquals(85, pcap.getInt(first + 8), "the seed's 85-byte frame first");
        int second = first + PcapWriter.RECORD_HEADER_SIZE + 85;
        assertEquals(1_700_000_000, pcap.getInt(second));
        assertEquals(123_000, pcap.getInt(second + 4), "the captured frame keeps its time");
        assertEquals(captured.length, pcap.getInt(second + 8));
        assertEquals(second + PcapWriter.RECORD_HEADER_SIZE + captured.length, pcap.capacity());
        FxThread.awaitValue(status::textProperty, "Saved 1 crafted and 1 captured frame to " + file + "; Wireshark and tshark open it.");

        Path notAFolder = dir.resolve("frames.pcap").resolve("inside.pcap");
        assertNotEquals(null, model.savePcap(notAFolder).handle((n, e) -> e).get(10, TimeUnit.SECONDS));
        FxThread.awaitValue(status::levelProperty, StatusLine.Level.WARNING);
        assertTrue(FxThread.call(status::text).startsWith("Could not write the pcap file " + notAFolder));
    }
}
