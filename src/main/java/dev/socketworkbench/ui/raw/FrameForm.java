package dev.socketworkbench.ui.raw;

import dev.socketworkbench.net.frame.ArpOperation;
import dev.socketworkbench.net.frame.ArpPacket;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.FrameCheckSequence;
import dev.socketworkbench.net.frame.FrameTemplate;
import dev.socketworkbench.net.frame.HeaderNumbers;
import dev.socketworkbench.net.frame.IcmpPacket;
import dev.socketworkbench.net.frame.IcmpType;
import dev.socketworkbench.net.frame.Ipv4Addresses;
import dev.socketworkbench.net.frame.Ipv4Packet;
import dev.socketworkbench.net.frame.MacAddress;
import dev.socketworkbench.net.frame.Packet;
import dev.socketworkbench.net.frame.UdpDatagram;
import dev.socketworkbench.net.frame.VlanTag;
import dev.socketworkbench.net.input.InvalidInputException;
import dev.socketworkbench.net.payload.HexDump;
import dev.socketworkbench.net.payload.PayloadCodec;
import dev.socketworkbench.net.payload.PayloadFormat;
import dev.socketworkbench.ui.common.FieldMemory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * The frame editor's form, one group of fields per layer: Ethernet (with an optional 802.1Q tag,
 * padding and FCS), then ARP, or IPv4 with UDP or ICMP, or raw data, as the chosen template says.
 * Every edit rebuilds the frame at once through the {@code net.frame} builders (pure computation,
 * fine on the JavaFX thread); while a field is wrong, {@link #frameProperty()} keeps the last frame
 * that could be built and {@link #problemProperty()} says what to fix. Fields of layers the
 * template does not have are not checked. Never touches a control.
 */
public final class FrameForm {
    /** Which layers follow the Ethernet header, given by the template. */
    public enum Shape {
        /** Bytes straight after the EtherType, like the seed's frame. */
        DATA,
        ARP,
        /** IPv4 carrying UDP. */
        UDP,
        /** IPv4 carrying an ICMP echo. */
        ICMP;

        static Shape of(FrameTemplate template) {
            return switch (template) {
                case SEED -> DATA;
                case ARP_WHO_HAS -> ARP;
                case UDP_TO_PORT -> UDP;
                case ICMP_ECHO_REQUEST -> ICMP;
            };
        }

        boolean hasIpv4() {
            return this == UDP || this == ICMP;
        }

        boolean hasPayload() {
            return this != ARP;
        }
    }

    /** The largest data after an Ethernet header: lo's MTU, the largest of any interface here. */
    static final int MAX_DATA_BYTES = 65_536;
    /** The largest ICMP data in one IPv4 packet: 65,535 minus the 20-byte IPv4 and 8-byte ICMP headers. */
    static final int MAX_ICMP_DATA = 65_507;
    static final String DEFAULT_VLAN_ID = "1";
    static final String DEFAULT_VLAN_PRIORITY = "0";

    private final ObjectProperty<FrameTemplate> template = new SimpleObjectProperty<>(this, "template", FrameTemplate.SEED);
    private final ReadOnlyObjectWrapper<Shape> shape = new ReadOnlyObjectWrapper<>(this, "shape", Shape.DATA);

    private final StringProperty destination = text("destination");
    private final StringProperty source = text("source");
    private final StringProperty etherType = text("etherType");
    private final BooleanProperty vlanOn = new SimpleBooleanProperty(this, "vlanOn", false);
    private final StringProperty vlanId = new SimpleStringProperty(this, "vlanId", DEFAULT_VLAN_ID);
    private final StringProperty vlanPriority = new SimpleStringProperty(this, "vlanPriority", DEFAULT_VLAN_PRIORITY);
    private final BooleanProperty padToMinimum = new SimpleBooleanProperty(this, "padToMinimum", true);
    private final BooleanProperty fcsOn = new SimpleBooleanProperty(this, "fcsOn", false);
    private final OverridableValue fcs;

    private final ObjectProperty<ArpOperation> arpOperation = new SimpleObjectProperty<>(this, "arpOperation", ArpOperation.REQUEST);
    private final StringProperty arpSenderMac = text("arpSenderMac");
    private final StringProperty arpSenderIp = text("arpSenderIp");
    private final StringProperty arpTargetMac = text("arpTargetMac");
    private final StringProperty arpTargetIp = text("arpTargetIp");

    private final StringProperty ipSource = text("ipSource");
    private final StringProperty ipDestination = text("ipDestination");
    private final StringProperty ttl = text("ttl");
    private final StringProperty identification = text("identification");
    private final StringProperty protocol = text("protocol");
    private final OverridableValue ipChecksum;

    private final StringProperty udpSourcePort = text("udpSourcePort");
    private final StringProperty udpDestinationPort = text("udpDestinationPort");
    private final OverridableValue udpChecksum;

    private final StringProperty icmpIdentifier = text("icmpIdentifier");
    private final StringProperty icmpSequence = text("icmpSequence");
    private final OverridableValue icmpChecksum;

    private final StringProperty payload = text("payload");
    private final ObjectProperty<PayloadFormat> payloadFormat = new SimpleObjectProperty<>(this, "payloadFormat", PayloadFormat.TEXT);

    private final StringBinding destinationError;
    private final StringBinding sourceError;
    private final StringBinding etherTypeError;
    private final StringBinding vlanIdError;
    private final StringBinding vlanPriorityError;
    private final StringBinding arpSenderMacError;
    private final StringBinding arpSenderIpError;
    private final StringBinding arpTargetMacError;
    private final StringBinding arpTargetIpError;
    private final StringBinding ipSourceError;
    private final StringBinding ipDestinationError;
    private final StringBinding ttlError;
    private final StringBinding identificationError;
    private final StringBinding protocolError;
    private final StringBinding udpSourcePortError;
    private final StringBinding udpDestinationPortError;
    private final StringBinding icmpIdentifierError;
    private final StringBinding icmpSequenceError;
    private final StringBinding payloadError;

    private final ReadOnlyObjectWrapper<EthernetFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loading;

    public FrameForm() {
        fcs = new OverridableValue(text -> FrameInput.fcsWireBytes("fcs", text), this::currentFcs);
        ipChecksum = new OverridableValue(text -> FrameInput.checksum("ipChecksum", "The header checksum", text),
                () -> ipv4().map(ip -> hex16(ip.headerChecksum())).orElse(""));
        udpChecksum = new OverridableValue(text -> FrameInput.checksum("udpChecksum", "The UDP checksum", text),
                () -> ipv4().filter(ip -> ip.payloadPacket() instanceof UdpDatagram)
                        .map(ip -> hex16(((UdpDatagram) ip.payloadPacket()).checksum())).orElse(""));
        icmpChecksum = new OverridableValue(text -> FrameInput.checksum("icmpChecksum", "The ICMP checksum", text),
                () -> ipv4().filter(ip -> ip.payloadPacket() instanceof IcmpPacket)
                        .map(ip -> hex16(((IcmpPacket) ip.payloadPacket()).checksum())).orElse(""));

        BooleanBinding always = Bindings.createBooleanBinding(() -> true);
        BooleanBinding arp = shapeIs(Shape.ARP);
        BooleanBinding ip = Bindings.createBooleanBinding(() -> shape.get().hasIpv4(), shape);
        BooleanBinding udp = shapeIs(Shape.UDP);
        BooleanBinding icmp = shapeIs(Shape.ICMP);
        BooleanBinding data = Bindings.createBooleanBinding(() -> shape.get().hasPayload(), shape);
        destinationError = error(always, this::destination, destination);
        sourceError = error(always, this::source, source);
        etherTypeError = error(always, this::etherType, etherType);
        vlanIdError = error(vlanOn, this::vlanId, vlanId);
        vlanPriorityError = error(vlanOn, this::vlanPriority, vlanPriority);
        arpSenderMacError = error(arp, () -> MacAddress.parse("arpSenderMac", arpSenderMac.get()), arpSenderMac);
        arpSenderIpError = error(arp, () -> Ipv4Addresses.parse("arpSenderIp", arpSenderIp.get()), arpSenderIp);
        arpTargetMacError = error(arp, () -> MacAddress.parse("arpTargetMac", arpTargetMac.get()), arpTargetMac);
        arpTargetIpError = error(arp, () -> Ipv4Addresses.parse("arpTargetIp", arpTargetIp.get()), arpTargetIp);
        ipSourceError = error(ip, () -> Ipv4Addresses.parse("ipSource", ipSource.get()), ipSource);
        ipDestinationError = error(ip, () -> Ipv4Addresses.parse("ipDestination", ipDestination.get()), ipDestination);
        ttlError = error(ip, this::ttl, ttl);
        identificationError = error(ip, this::identification, identification);
        protocolError = error(ip, () -> FrameInput.protocol("protocol", protocol.get()), protocol);
        udpSourcePortError = error(udp, () -> FrameInput.port("udpSourcePort", udpSourcePort.get()), udpSourcePort);
        udpDestinationPortError = error(udp, () -> FrameInput.port("udpDestinationPort", udpDestinationPort.get()), udpDestinationPort);
        icmpIdentifierError = error(icmp, this::icmpIdentifier, icmpIdentifier);
        icmpSequenceError = error(icmp, this::icmpSequence, icmpSequence);
        payloadError = error(data, this::payloadBytes, payload, payloadFormat);

        template.addListener((o, before, now) -> load(now == null ? FrameTemplate.SEED : now));
        payloadFormat.addListener((o, before, now) -> convertPayload(before, now));
        for (Observable input : inputs()) {
            input.addListener(changed -> rebuild());
        }
        load(template.get());
    }

    private StringProperty text(String name) {
        return new SimpleStringProperty(this, name, "");
    }

    private BooleanBinding shapeIs(Shape wanted) {
        return Bindings.createBooleanBinding(() -> shape.get() == wanted, shape);
    }

    /** The field's sentence while {@code checked} holds and the input is wrong, else "". */
    private static StringBinding error(ObservableBooleanValue checked, FrameInput.Check check,
                                       Observable... inputs) {
        Observable[] all = Arrays.copyOf(inputs, inputs.length + 1);
        all[inputs.length] = checked;
        return Bindings.createStringBinding(() -> checked.get() ? FrameInput.errorOf(check) : "", all);
    }

    private List<Observable> inputs() {
        List<Observable> all = new ArrayList<>(List.of(shape, destination, source, etherType, vlanOn, vlanId, vlanPriority,
                padToMinimum, fcsOn, arpOperation, arpSenderMac, arpSenderIp, arpTargetMac, arpTargetIp, ipSource,
                ipDestination, ttl, identification, protocol, udpSourcePort, udpDestinationPort, icmpIdentifier,
                icmpSequence, payload, payloadFormat));
        for (OverridableValue v : List.of(fcs, ipChecksum, udpChecksum, icmpChecksum)) {
            all.add(v.overrideProperty());
            all.add(v.valueProperty());
        }
        return all;
    }

    // ---- templates ----

    /** Fills every field from {@code chosen}, so the form builds exactly the template's frame. */
    public void load(FrameTemplate chosen) {
        Objects.requireNonNull(chosen, "chosen");
        if (template.get() != chosen) {
            template.set(chosen);   // its listener loads the template
            return;
        }
        loading = true;
        try {
            EthernetFrame built = chosen.newBuilder().build();
            shape.set(Shape.of(chosen));
            destination.set(built.destination().toString());
            source.set(built.source().toString());
            etherType.set(built.etherType().formattedValue());
            vlanOn.set(built.vlanTag().isPresent());
            vlanId.set(built.vlanTag().map(t -> Integer.toString(t.vlanId())).orElse(DEFAULT_VLAN_ID));
            vlanPriority.set(built.vlanTag().map(t -> Integer.toString(t.priority())).orElse(DEFAULT_VLAN_PRIORITY));
            padToMinimum.set(true);
            fcsOn.set(built.fcs().isPresent());
            fcs.reset();
            if (built.fcs().isPresent() && !built.isFcsCorrect()) {
                fcs.set(HexDump.spaced(FrameCheckSequence.toWire(built.fcs().getAsInt())));
            }
            for (OverridableValue v : List.of(ipChecksum, udpChecksum, icmpChecksum)) {
                v.reset();
            }
            loadPayloadLayers(built.payloadPacket());
        } finally {
            loading = false;
        }
        rebuild();
    }

    private void loadPayloadLayers(Packet inner) {
        byte[] data = new byte[0];
        switch (inner) {
            case ArpPacket arp -> {
                arpOperation.set(arp.operation());
                arpSenderMac.set(arp.senderMac().toString());
                arpSenderIp.set(arp.senderIp().getHostAddress());
                arpTargetMac.set(arp.targetMac().toString());
                arpTargetIp.set(arp.targetIp().getHostAddress());
            }
            case Ipv4Packet ip -> {
                ipSource.set(ip.source().getHostAddress());
                ipDestination.set(ip.destination().getHostAddress());
                ttl.set(Integer.toString(ip.ttl()));
                identification.set(Integer.toString(ip.identification()));
                protocol.set(ip.protocol().isKnown() ? ip.protocol().name() : Integer.toString(ip.protocol().value()));
                if (ip.payloadPacket() instanceof UdpDatagram udp) {
                    udpSourcePort.set(Integer.toString(udp.sourcePort()));
                    udpDestinationPort.set(Integer.toString(udp.destinationPort()));
                    data = udp.data();
                } else if (ip.payloadPacket() instanceof IcmpPacket icmp) {
                    icmpIdentifier.set(Integer.toString(icmp.identifier()));
                    icmpSequence.set(Integer.toString(icmp.sequenceNumber()));
                    data = icmp.data();
                }
            }
            default -> data = inner.toBytes();
        }
        PayloadFormat format = isPlainText(data) ? PayloadFormat.TEXT : PayloadFormat.HEX;
        payloadFormat.set(format);
        payload.set(PayloadCodec.decode(data, format, StandardCharsets.UTF_8));
    }

    private static boolean isPlainText(byte[] data) {
        for (byte b : data) {
            if (b < 0x20 || b >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** Rewrites the payload in the new format so it stays the same bytes, when the old text was readable. */
    private void convertPayload(PayloadFormat before, PayloadFormat now) {
        if (loading || before == null || now == null) {
            return;
        }
        try {
            byte[] bytes = FrameInput.payload(payload.get(), before);
            String rewritten = PayloadCodec.decode(bytes, now, StandardCharsets.UTF_8);
            if (Arrays.equals(bytes, FrameInput.payload(rewritten, now))) {
                payload.set(rewritten);
            }
        } catch (InvalidInputException e) {
            // The old text was wrong already: leave it for the user to fix in the new format.
        }
    }

    // ---- building ----

    private void rebuild() {
        if (loading) {
            return;
        }
        try {
            frame.set(build());
            problem.set("");
        } catch (InvalidInputException e) {
            problem.set(e.getMessage());
        }
    }

    /**
     * The frame the form describes.
     *
     * @throws InvalidInputException naming the first wrong field
     */
    public EthernetFrame build() throws InvalidInputException {
        EthernetFrame.Builder b = new EthernetFrame.Builder()
                .destination(destination())
                .source(source())
                .etherType(etherType())
                .vlanTag(vlanOn.get() ? VlanTag.of(vlanPriority(), false, vlanId()) : null)
                .padToMinimum(padToMinimum.get())
                .appendFcs(fcsOn.get());
        Shape s = shape.get();
        switch (s) {
            case DATA -> b.payload(payloadBytes());
            case ARP -> b.payload(new ArpPacket.Builder()
                    .operation(arpOperation.get() == null ? ArpOperation.REQUEST : arpOperation.get())
                    .senderMac(MacAddress.parse("arpSenderMac", arpSenderMac.get()))
                    .senderIp(Ipv4Addresses.parse("arpSenderIp", arpSenderIp.get()))
                    .targetMac(MacAddress.parse("arpTargetMac", arpTargetMac.get()))
                    .targetIp(Ipv4Addresses.parse("arpTargetIp", arpTargetIp.get())));
            case UDP, ICMP -> {
                Ipv4Packet.Builder ip = new Ipv4Packet.Builder()
                        .source(Ipv4Addresses.parse("ipSource", ipSource.get()))
                        .destination(Ipv4Addresses.parse("ipDestination", ipDestination.get()))
                        .ttl(ttl())
                        .identification(identification())
                        .protocol(FrameInput.protocol("protocol", protocol.get()))
                        .headerChecksum(ipChecksum.valueOrNull());
                if (s == Shape.UDP) {
                    ip.payload(new UdpDatagram.Builder()
                            .sourcePort(FrameInput.port("udpSourcePort", udpSourcePort.get()))
                            .destinationPort(FrameInput.port("udpDestinationPort", udpDestinationPort.get()))
                            .checksum(udpChecksum.valueOrNull())
                            .payload(payloadBytes()));
                } else {
                    ip.payload(new IcmpPacket.Builder()
                            .type(IcmpType.ECHO_REQUEST)
                            .identifier(icmpIdentifier())
                            .sequenceNumber(icmpSequence())
                            .checksum(icmpChecksum.valueOrNull())
                            .payload(payloadBytes()));
                }
                b.payload(ip);
            }
        }
        if (fcsOn.get()) {
            b.fcs(fcs.valueOrNull());
        }
        return b.build();
    }

    private MacAddress destination() throws InvalidInputException {
        return MacAddress.parse("ethDestination", destination.get());
    }

    private MacAddress source() throws InvalidInputException {
        return MacAddress.parse("ethSource", source.get());
    }

    private EtherType etherType() throws InvalidInputException {
        return EtherType.parse("etherType", etherType.get());
    }

    private int vlanId() throws InvalidInputException {
        return HeaderNumbers.parse("vlanId", "The VLAN ID", vlanId.get(), VlanTag.MAX_VLAN_ID);
    }

    private int vlanPriority() throws InvalidInputException {
        return HeaderNumbers.parse("vlanPriority", "The VLAN priority (PCP)", vlanPriority.get(), VlanTag.MAX_PRIORITY);
    }

    private int ttl() throws InvalidInputException {
        return HeaderNumbers.parse("ttl", "The TTL", ttl.get(), 0xFF);
    }

    private int identification() throws InvalidInputException {
        return HeaderNumbers.parse("identification", "The identification", identification.get(), 0xFFFF);
    }

    private int icmpIdentifier() throws InvalidInputException {
        return HeaderNumbers.parse("icmpIdentifier", "The identifier", icmpIdentifier.get(), 0xFFFF);
    }

    private int icmpSequence() throws InvalidInputException {
        return HeaderNumbers.parse("icmpSequence", "The sequence number", icmpSequence.get(), 0xFFFF);
    }

    /** The payload's bytes, within what its carrier can hold. */
    private byte[] payloadBytes() throws InvalidInputException {
        byte[] bytes = FrameInput.payload(payload.get(), payloadFormat.get() == null ? PayloadFormat.TEXT : payloadFormat.get());
        switch (shape.get()) {
            case UDP -> PayloadCodec.checkUdpSize(bytes);
            case ICMP -> {
                if (bytes.length > MAX_ICMP_DATA) {
                    throw new InvalidInputException("payload", String.format(Locale.ROOT,
                            "The data is %,d bytes; an ICMP echo carries at most %,d bytes in one IPv4 packet, so shorten it.",
                            bytes.length, MAX_ICMP_DATA));
                }
            }
            default -> {
                if (bytes.length > MAX_DATA_BYTES) {
                    throw new InvalidInputException("payload", String.format(Locale.ROOT,
                            "The data is %,d bytes; no interface here takes more than %,d (lo's MTU), so shorten it.",
                            bytes.length, MAX_DATA_BYTES));
                }
            }
        }
        return bytes;
    }

    private Optional<Ipv4Packet> ipv4() {
        EthernetFrame f = frame.get();
        return f != null && f.payloadPacket() instanceof Ipv4Packet ip ? Optional.of(ip) : Optional.empty();
    }

    /** The FCS the frame has now, or the CRC-32 it would get, as wire bytes. */
    private String currentFcs() {
        EthernetFrame f = frame.get();
        if (f == null) {
            return "";
        }
        int value = f.fcs().isPresent() ? f.fcs().getAsInt() : f.correctFcs();
        return HexDump.spaced(FrameCheckSequence.toWire(value));
    }

    private static String hex16(int value) {
        return String.format("0x%04x", value);
    }

    // ---- workspace ----

    /** Registers every field under a {@code raw.*} key; the template first, so its values do not overwrite saved ones. */
    void remember(FieldMemory memory) {
        memory.remember("raw.template", template, FrameTemplate.class);
        memory.remember("raw.eth.dst", destination);
        memory.remember("raw.eth.src", source);
        memory.remember("raw.eth.type", etherType);
        memory.remember("raw.eth.vlan.on", vlanOn);
        memory.remember("raw.eth.vlan.id", vlanId);
        memory.remember("raw.eth.vlan.pcp", vlanPriority);
        memory.remember("raw.eth.pad", padToMinimum);
        memory.remember("raw.eth.fcs.on", fcsOn);
        fcs.remember(memory, "raw.eth.fcs");
        memory.remember("raw.arp.op", arpOperation, op -> Integer.toString(op.value()),
                text -> ArpOperation.of(Integer.parseInt(text.strip())));
        memory.remember("raw.arp.senderMac", arpSenderMac);
        memory.remember("raw.arp.senderIp", arpSenderIp);
        memory.remember("raw.arp.targetMac", arpTargetMac);
        memory.remember("raw.arp.targetIp", arpTargetIp);
        memory.remember("raw.ip.src", ipSource);
        memory.remember("raw.ip.dst", ipDestination);
        memory.remember("raw.ip.ttl", ttl);
        memory.remember("raw.ip.id", identification);
        memory.remember("raw.ip.protocol", protocol);
        ipChecksum.remember(memory, "raw.ip.checksum");
        memory.remember("raw.udp.srcPort", udpSourcePort);
        memory.remember("raw.udp.dstPort", udpDestinationPort);
        udpChecksum.remember(memory, "raw.udp.checksum");
        memory.remember("raw.icmp.id", icmpIdentifier);
        memory.remember("raw.icmp.seq", icmpSequence);
        icmpChecksum.remember(memory, "raw.icmp.checksum");
        memory.remember("raw.payload.format", payloadFormat, PayloadFormat.class);
        memory.remember("raw.payload", payload);
    }

    // ---- properties ----

    public ObjectProperty<FrameTemplate> templateProperty() {
        return template;
    }

    public ReadOnlyObjectProperty<Shape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** The last frame the form could build. */
    public ReadOnlyObjectProperty<EthernetFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The first wrong field's sentence, or "" when the frame shown is the form's. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringProperty destinationProperty() {
        return destination;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty etherTypeProperty() {
        return etherType;
    }

    public BooleanProperty vlanOnProperty() {
        return vlanOn;
    }

    public StringProperty vlanIdProperty() {
        return vlanId;
    }

    public StringProperty vlanPriorityProperty() {
        return vlanPriority;
    }

    public BooleanProperty padToMinimumProperty() {
        return padToMinimum;
    }

    public BooleanProperty fcsOnProperty() {
        return fcsOn;
    }

    public OverridableValue fcs() {
        return fcs;
    }

    public ObjectProperty<ArpOperation> arpOperationProperty() {
        return arpOperation;
    }

    public StringProperty arpSenderMacProperty() {
        return arpSenderMac;
    }

    public StringProperty arpSenderIpProperty() {
        return arpSenderIp;
    }

    public StringProperty arpTargetMacProperty() {
        return arpTargetMac;
    }

    public StringProperty arpTargetIpProperty() {
        return arpTargetIp;
    }

    public StringProperty ipSourceProperty() {
        return ipSource;
    }

    public StringProperty ipDestinationProperty() {
        return ipDestination;
    }

    public StringProperty ttlProperty() {
        return ttl;
    }

    public StringProperty identificationProperty() {
        return identification;
    }

    public StringProperty protocolProperty() {
        return protocol;
    }

    public OverridableValue ipChecksum() {
        return ipChecksum;
    }

    public StringProperty udpSourcePortProperty() {
        return udpSourcePort;
    }

    public StringProperty udpDestinationPortProperty() {
        return udpDestinationPort;
    }

    public OverridableValue udpChecksum() {
        return udpChecksum;
    }

    public StringProperty icmpIdentifierProperty() {
        return icmpIdentifier;
    }

    public StringProperty icmpSequenceProperty() {
        return icmpSequence;
    }

    public OverridableValue icmpChecksum() {
        return icmpChecksum;
    }

    public StringProperty payloadProperty() {
        return payload;
    }

    public ObjectProperty<PayloadFormat> payloadFormatProperty() {
        return payloadFormat;
    }

    // ---- errors: "" when fine ----

    public ObservableStringValue destinationError() {
        return destinationError;
    }

    public ObservableStringValue sourceError() {
        return sourceError;
    }

    public ObservableStringValue etherTypeError() {
        return etherTypeError;
    }

    public ObservableStringValue vlanIdError() {
        return vlanIdError;
    }

    public ObservableStringValue vlanPriorityError() {
        return vlanPriorityError;
    }

    public ObservableStringValue arpSenderMacError() {
        return arpSenderMacError;
    }

    public ObservableStringValue arpSenderIpError() {
        return arpSenderIpError;
    }

    public ObservableStringValue arpTargetMacError() {
        return arpTargetMacError;
    }

    public ObservableStringValue arpTargetIpError() {
        return arpTargetIpError;
    }

    public ObservableStringValue ipSourceError() {
        return ipSourceError;
    }

    public ObservableStringValue ipDestinationError() {
        return ipDestinationError;
    }

    public ObservableStringValue ttlError() {
        return ttlError;
    }

    public ObservableStringValue identificationError() {
        return identificationError;
    }

    public ObservableStringValue protocolError() {
        return protocolError;
    }

    public ObservableStringValue udpSourcePortError() {
        return udpSourcePortError;
    }

    public ObservableStringValue udpDestinationPortError() {
        return udpDestinationPortError;
    }

    public ObservableStringValue icmpIdentifierError() {
        return icmpIdentifierError;
    }

    public ObservableStringValue icmpSequenceError() {
        return icmpSequenceError;
    }

    public ObservableStringValue payloadError() {
        return payloadError;
    }
}
