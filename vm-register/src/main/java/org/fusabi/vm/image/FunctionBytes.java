package org.fusabi.vm.image;

import static org.fusabi.vm.image.ImageLayout.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Function;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.Kind;

/**
 * One function's bytes, copied out of the image once, when the function is first needed, and checked there: its
 * code and auxiliary bytes lie inside their sections, match the function's checksum, and decode to valid parameter
 * kinds and capture descriptors. Whatever uses them (the verifier, then the interpreter) reads the copy, so a file
 * changed under its mapping cannot change them afterwards.
 */
final class FunctionBytes {
    final int[] code;
    /** One {@link org.fusabi.vm.bytecode.SourcePos} per code word. */
    final int[] lines;
    final byte[] kinds;
    /** {@link Capture} descriptors. */
    final int[] captures;

    private FunctionBytes(int[] code, int[] lines, byte[] kinds, int[] captures) {
        this.code = code;
        this.lines = lines;
        this.kinds = kinds;
        this.captures = captures;
    }

    /** Reads the function of a record from an image's segment; fail makes the exception for what is wrong. */
    static FunctionBytes read(ByteBuffer segment, ProtoRecord rec, SectionTable sections, Function<String, InvalidImageException> fail) {
        long start = rec.codeStart() * 4;
        long length = rec.codeLength();
        if (length == 0) throw fail.apply("has no code");
        if (length > MAX_CODE) throw fail.apply("more than " + MAX_CODE + " words of code (" + length + ")");
        if (start < sections.at(SEC_CODE) || start + length * 4 > sections.end(SEC_CODE)) throw fail.apply("code outside the code section");
        long lines = rec.linesAt();
        if (lines < sections.at(SEC_AUX) || lines + length * 4 > rec.kindsAt() || rec.auxEnd() > sections.end(SEC_AUX)) {
            throw fail.apply("line table or frame description outside the auxiliary section");
        }
        ByteBuffer code = Bytes.copy(segment, start, length * 4);
        ByteBuffer aux = Bytes.copy(segment, lines, rec.auxEnd() - lines);
        if (rec.checksum() != ImageChecksums.function(code, aux)) throw fail.apply("checksum mismatch (damaged file)");
        byte[] kinds = new byte[rec.nparams()];
        long kindsFrom = rec.kindsAt() - lines;
        for (int i = 0; i < kinds.length; i++) {
            int k = Bytes.u8(aux, kindsFrom + i);
            if (!Kind.valid(k)) throw fail.apply("parameter " + i + " has bad kind " + k);
            kinds[i] = (byte) k;
        }
        int[] captures = new int[rec.ncaps()];
        long capsFrom = rec.capsAt() - lines;
        for (int i = 0; i < captures.length; i++) {
            captures[i] = Bytes.i32(aux, capsFrom + i * 4L);
            if (!Capture.valid(captures[i])) throw fail.apply("bad capture descriptor " + i);
        }
        return new FunctionBytes(ints(code, length), ints(aux, length), kinds, captures);
    }

    private static int[] ints(ByteBuffer b, long count) {
        int[] out = new int[(int) count];
        b.duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
        return out;
    }
}
