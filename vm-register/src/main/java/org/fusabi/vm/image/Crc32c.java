package org.fusabi.vm.image;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * CRC-32C (Castagnoli), the checksum of images. Short inputs are summed here a byte at a time from one 256-entry
 * table; long ones by {@link CRC32C}, whose intrinsic is far faster but whose eight tables cost every {@code fus run}
 * 1.6 ms to build before the first instruction (docs/BENCHMARKS.md, Start-up). Both give the same value.
 */
final class Crc32c {
    /** Above this many bytes the JDK's table set-up pays for itself. */
    static final int SHORT = 16 * 1024;
    private static final int REVERSED_POLYNOMIAL = 0x82F63B78;
    private static final int[] TABLE = table();

    private Crc32c() {}

    /** The checksum of a's remaining bytes followed by b's; the buffers' positions are left alone. */
    static long of(ByteBuffer a, ByteBuffer b) {
        if ((long) a.remaining() + b.remaining() > SHORT) {
            CRC32C crc = new CRC32C();
            crc.update(a.duplicate());
            crc.update(b.duplicate());
            return crc.getValue();
        }
        return ~update(update(~0, a), b) & 0xFFFFFFFFL;
    }

    private static int update(int crc, ByteBuffer b) {
        for (int i = b.position(); i < b.limit(); i++) crc = TABLE[(crc ^ b.get(i)) & 0xFF] ^ (crc >>> 8);
        return crc;
    }

    private static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? (c >>> 1) ^ REVERSED_POLYNOMIAL : c >>> 1;
            t[n] = c;
        }
        return t;
    }
}
