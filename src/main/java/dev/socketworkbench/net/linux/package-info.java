/**
 * The C library of 64-bit Linux through JNA's direct mapping: {@link dev.socketworkbench.net.linux.Libc} (the
 * calls and constants), {@link dev.socketworkbench.net.linux.KernelStructs} (structure layouts),
 * {@link dev.socketworkbench.net.linux.Errno}, and {@link dev.socketworkbench.net.linux.SendBuffers} (one message
 * sent many times with sendmmsg). Only the engines that need it ({@code net.raw}, {@code net.udp}) and the
 * engine plumbing ({@code net.engine}: thread priority) may use it; everything else sees plain Java engines. Check {@link dev.socketworkbench.net.linux.LinuxSupport} first.
 */
package dev.socketworkbench.net.linux;
