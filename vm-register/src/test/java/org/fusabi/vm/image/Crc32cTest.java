package org.fusabi.vm.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The short-input path must agree with the JDK's CRC32C on every length, across the switch-over too. */
class Crc32cTest {
    @Test
    void agreesWithTheJdkOnEveryLengthAroundTheSwitchOver() {
        Random random = new Random(20261125);
        for (int length : new int[] {0, 1, 2, 7, 8, 255, 256, 4095, Crc32c.SHORT - 1, Crc32c.SHORT, Crc32c.SHORT + 1, 100_000}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            int split = length / 3;
            CRC32C jdk = new CRC32C();
            jdk.update(bytes);
            ByteBuffer a = ByteBuffer.wrap(bytes, 0, split).slice();
            ByteBuffer b = ByteBuffer.wrap(bytes, split, length - split).slice();
            assertEquals(jdk.getValue(), Crc32c.of(a, b), "length " + length);
            assertEquals(0, a.position(), "position left alone");
        }
    }

    @Test
    void knownCheckValue() {
        // The CRC-32C check value of "123456789" (RFC 3720, iSCSI).
        ByteBuffer digits = ByteBuffer.wrap("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(0xE3069283L, Crc32c.of(digits, ByteBuffer.allocate(0)));
    }
}
