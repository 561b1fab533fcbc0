package dev.socketworkbench.net.raw;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import dev.socketworkbench.net.frame.EthernetFrame;
import dev.socketworkbench.net.frame.EtherType;
import dev.socketworkbench.net.linux.KernelStructs.SockFprog;
import dev.socketworkbench.net.linux.Libc;

/**
 * A classic BPF program, attached with SO_ATTACH_FILTER, that lets only frames of one EtherType reach the
 * socket: the kernel runs it on every frame, so other traffic is never copied to Java. This is how
 * {@code tcpdump ether proto 0x88b5} works.
 * <pre>
 *   ldh [12]                     load the EtherType
 *   jeq #0x8100, 0, 1            a tag still in the frame (an outgoing copy)?
 *   ldh [16]                     then load the type after it
 *   jeq #TYPE, 0, 1
 *   ret #262144                  keep the whole frame
 *   ret #0                       drop it
 * </pre>
 * An incoming tagged frame reaches the filter with its tag already taken out (the kernel keeps it aside),
 * so the first load sees the inner type. To select tagged frames ({@code 0x8100} itself) the program asks
 * the kernel's "VLAN tag present" ancillary field first.
 */
final class EtherTypeFilter {
    private static final int LD_H_ABS = 0x28;
    private static final int LD_W_ABS = 0x20;
    private static final int JEQ_K = 0x15;
    private static final int RET_K = 0x06;
    private static final int ACCEPT_WHOLE = 0x40000;
    /** SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT: 1 when the kernel holds a tag taken out of the frame. */
    private static final int VLAN_TAG_PRESENT = -0x1000 + 48;

    private EtherTypeFilter() { }

    /** Attaches the filter for {@code type} to the socket {@code fd}. */
    static void attach(int fd, EtherType type) throws LastErrorException {
        int[][] program = program(type.value());
        try (Memory code = new Memory((long) program.length * SockFprog.INSTRUCTION_SIZE);
             Memory fprog = new Memory(SockFprog.SIZE)) {
            for (int i = 0; i < program.length; i++) {
                long at = (long) i * SockFprog.INSTRUCTION_SIZE;
                code.setShort(at, (short) program[i][0]);
                code.setByte(at + 2, (byte) program[i][1]);
                code.setByte(at + 3, (byte) program[i][2]);
                code.setInt(at + 4, program[i][3]);
            }
            fprog.clear();
            fprog.setShort(SockFprog.LENGTH, (short) program.length);
            fprog.setPointer(SockFprog.FILTER, code);
            Libc.setsockopt(fd, Libc.SOL_SOCKET, Libc.SO_ATTACH_FILTER, fprog, SockFprog.SIZE);
        }
    }

    /** The instructions as {code, jump if true, jump if false, constant}. */
    static int[][] program(int type) {
        int vlan = EtherType.VLAN.value();
        if (type == vlan) {
            return new int[][] {
                    {LD_W_ABS, 0, 0, VLAN_TAG_PRESENT},
                    {JEQ_K, 0, 2, 0},
                    {LD_H_ABS, 0, 0, EthernetFrame.TYPE_OFFSET},
                    {JEQ_K, 0, 1, vlan},
                    {RET_K, 0, 0, ACCEPT_WHOLE},
                    {RET_K, 0, 0, 0},
            };
        }
        return new int[][] {
                {LD_H_ABS, 0, 0, EthernetFrame.TYPE_OFFSET},
                {JEQ_K, 0, 1, vlan},
                {LD_H_ABS, 0, 0, EthernetFrame.TAGGED_TYPE_OFFSET},
                {JEQ_K, 0, 1, type},
                {RET_K, 0, 0, ACCEPT_WHOLE},
                {RET_K, 0, 0, 0},
        };
    }
}
