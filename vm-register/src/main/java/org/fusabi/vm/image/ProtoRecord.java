package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.nio.ByteBuffer;

/**
 * One prototype record of an image, read field by field from the bytes. The record table is covered by the
 * header checksum, so a caller's verification can trust a callee's record before the callee's own code is checked.
 */
record ProtoRecord(ByteBuffer bytes, long at) {
    int name() {
        return (int) Bytes.u32(bytes, at + P_NAME);
    }

    int nparams() {
        return Bytes.u16(bytes, at + P_NPARAMS);
    }

    int nregs() {
        return Bytes.u16(bytes, at + P_NREGS);
    }

    int ncaps() {
        return Bytes.u16(bytes, at + P_NCAPS);
    }

    int retKind() {
        return Bytes.u8(bytes, at + P_RETKIND);
    }

    /** Index in ints from the image start. */
    long codeStart() {
        return Bytes.u32(bytes, at + P_CODE);
    }

    long codeLength() {
        return Bytes.u32(bytes, at + P_CODELEN);
    }

    long linesAt() {
        return Bytes.u32(bytes, at + P_LINES);
    }

    long kindsAt() {
        return Bytes.u32(bytes, at + P_KINDS);
    }

    long capsAt() {
        return kindsAt() + ((nparams() + 3) & ~3);
    }

    /** End of the function's auxiliary bytes: line table, then kinds, then capture descriptors. */
    long auxEnd() {
        return capsAt() + ncaps() * 4L;
    }

    long checksum() {
        return Bytes.u32(bytes, at + P_CHECKSUM);
    }
}
