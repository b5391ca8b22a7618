package org.fusabi.cli.fuzz;

import static org.fusabi.vm.image.ImageLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import org.fusabi.vm.image.ImageChecksums;

/**
 * Mutations of a well-formed image: blind ones (truncation, bit flips, interesting bytes) and structure-aware ones
 * that know where the header, section table, prototype records, instructions and source positions are. All but the raw flips and
 * truncations are resealed, so they get past the checksums to the loader and the verifier.
 */
final class Mutator {
    private static final int[] INTERESTING = {0, 1, 2, 0x7F, 0x80, 0xFF, 0xFE, 0x10, 0x40};

    private final Random random;

    Mutator(long seed) {
        random = new Random(seed);
    }

    byte[] mutate(byte[] original) {
        byte[] b = original.clone();
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (random.nextInt(11)) {
            case 0 -> { return Arrays.copyOf(b, random.nextInt(b.length)); }
            case 1 -> { flip(b); return b; }
            case 2 -> flip(b);
            case 3 -> b[random.nextInt(b.length)] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
            case 4 -> instruction(buf);
            case 5 -> field(buf, HEADER_SIZE + random.nextInt(SECTION_KINDS) * SECTION_ENTRY + 4 * random.nextInt(3));
            case 6 -> protoField(buf);
            case 7 -> field(buf, OFF_MAIN + 4 * random.nextInt(2));
            case 8 -> position(buf);
            case 9 -> b[OFF_CAPABILITIES] ^= (byte) (1 << random.nextInt(8));
            default -> field(buf, sectionAt(buf, 1 + random.nextInt(SECTION_KINDS)));
        }
        if (random.nextInt(8) == 0) b = shorten(b, buf);
        ImageChecksums.seal(b);
        return b;
    }

    private void flip(byte[] b) {
        for (int i = 1 + random.nextInt(4); i > 0; i--) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
    }

    /** Cuts the image and fixes its length field, so the loader sees a consistent but short file. */
    private byte[] shorten(byte[] b, ByteBuffer buf) {
        int n = HEADER_SIZE + random.nextInt(b.length - HEADER_SIZE);
        byte[] cut = Arrays.copyOf(b, n);
        ByteBuffer.wrap(cut).order(ByteOrder.LITTLE_ENDIAN).putInt(OFF_LENGTH, n);
        return cut;
    }

    /** Changes one operand field, or the opcode, of a random instruction word of the code section. */
    private void instruction(ByteBuffer buf) {
        int code = sectionAt(buf, SEC_CODE);
        int len = buf.getInt(HEADER_SIZE + (SEC_CODE - 1) * SECTION_ENTRY + 8);
        if (len < 4) return;
        int at = code + 4 * random.nextInt(len / 4);
        int shift = 8 * random.nextInt(4);
        int value = random.nextBoolean() ? random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
        buf.putInt(at, buf.getInt(at) & ~(0xFF << shift) | value << shift);
    }

    private void protoField(ByteBuffer buf) {
        int protos = sectionAt(buf, SEC_PROTOS);
        int n = buf.getInt(protos);
        if (n <= 0) return;
        int record = protos + 8 + random.nextInt(n) * PROTO_SIZE;
        int[] offsets = {P_NAME, P_NPARAMS, P_NREGS, P_NCAPS, P_RETKIND, P_CODE, P_CODELEN, P_LINES, P_KINDS};
        int off = offsets[random.nextInt(offsets.length)];
        if (off == P_RETKIND) buf.put(record + off, (byte) random.nextInt(8));
        else if (off < P_CODE) buf.putShort(record + off, (short) small());
        else field(buf, record + off);
    }

    /** Changes where code says it comes from: a field of a source record, or a word of a function's line table. */
    private void position(ByteBuffer buf) {
        int sources = sectionAt(buf, SEC_SOURCES);
        int n = sources >= 0 && sources + 4 <= buf.capacity() ? buf.getInt(sources) : 0;
        if (n > 0 && random.nextBoolean()) {
            field(buf, sources + 4 + random.nextInt(n) * SOURCE_SIZE + 4 * random.nextInt(2));
            return;
        }
        int protos = sectionAt(buf, SEC_PROTOS);
        int count = buf.getInt(protos);
        if (count <= 0) return;
        int record = protos + 8 + random.nextInt(count) * PROTO_SIZE;
        int words = buf.getInt(record + P_CODELEN);
        if (words > 0) field(buf, buf.getInt(record + P_LINES) + 4 * random.nextInt(words));
    }

    /** Overwrites a u32 with a nearby or extreme value. */
    private void field(ByteBuffer buf, int at) {
        if (at < 0 || at + 4 > buf.capacity()) return;
        int old = buf.getInt(at);
        int v = switch (random.nextInt(4)) {
            case 0 -> old + random.nextInt(17) - 8;
            case 1 -> small();
            case 2 -> random.nextInt();
            default -> old ^ (1 << random.nextInt(32));
        };
        buf.putInt(at, v);
    }

    private int small() {
        return random.nextInt(4) == 0 ? 0xFFFF - random.nextInt(4) : random.nextInt(300);
    }

    private static int sectionAt(ByteBuffer buf, int kind) {
        return buf.getInt(HEADER_SIZE + (kind - 1) * SECTION_ENTRY + 4);
    }
}
