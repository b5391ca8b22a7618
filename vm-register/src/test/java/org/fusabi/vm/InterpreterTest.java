package org.fusabi.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.Op;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.image.ImageLayout;
import org.fusabi.vm.image.ImageWriter;
import org.fusabi.vm.image.InvalidImageException;
import org.fusabi.vm.image.ProtoSpec;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** Runs hand-assembled images through the interpreter. */
class InterpreterTest {

    /** Collects the code words of one prototype with a line-table entry (a SourcePos) per word. */
    private static final class Asm {
        final List<Integer> code = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        Asm at(int line, int col, int... words) {
            for (int w : words) {
                code.add(w);
                lines.add(SourcePos.of(line, col));
            }
            return this;
        }

        Asm emit(int... words) {
            return at(1, 1, words);
        }

        int size() {
            return code.size();
        }

        ProtoSpec proto(String name, int nregs, byte[] params, byte ret) {
            return new ProtoSpec(name, nregs, params, ret, new int[0],
                    code.stream().mapToInt(Integer::intValue).toArray(),
                    lines.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private static final byte[] NO_PARAMS = new byte[0];

    /** Strings: 0 = file name, 1 = "main", 2 = "f", then the extras from index 3 on. */
    private static List<String> strings(String... extra) {
        List<String> s = new ArrayList<>(List.of("test.fsx", "main", "f"));
        s.addAll(List.of(extra));
        return s;
    }

    private static byte[] image(List<String> strings, long[] consts, List<ProtoSpec> protos) {
        return new ImageWriter(strings, consts, protos, List.of(), List.of(), 0, 0).write();
    }

    private static String run(byte[] bytes) {
        return run(bytes, 1_000_000);
    }

    private static String run(byte[] bytes, int maxDepth) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
        Image image = Image.load(bytes, StandardLibrary.create());
        new Interpreter(image, out).maxDepth(maxDepth).run();
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** Main ends by returning unit in r[reg]. */
    private static Asm endMain(Asm a, int reg) {
        return a.emit(Op.abx(Op.LOADU, reg, 0), Op.abx(Op.RET, reg, 0));
    }

    /** Prints "yes" (string 3) if p[cond] is true, else "no" (string 4). */
    private static Asm printIf(Asm a, int cond, int rtmp) {
        a.emit(Op.asbx(Op.JMPF, cond, 3));
        a.emit(Op.abx(Op.LOADS, rtmp, 3), Op.abc(Op.OUT, rtmp, 1, 0));
        a.emit(Op.sj(Op.JMP, 2));
        a.emit(Op.abx(Op.LOADS, rtmp, 4), Op.abc(Op.OUT, rtmp, 1, 0));
        return a;
    }

    @Test
    void printsAStringConstant() {
        Asm a = new Asm().emit(Op.abx(Op.LOADS, 0, 3), Op.abc(Op.OUT, 0, 1, 0), Op.abx(Op.LOADS, 0, 4), Op.abc(Op.OUT, 0, 0, 0));
        endMain(a, 0);
        byte[] img = image(strings("hello", "world"), new long[0], List.of(a.proto("main", 1, NO_PARAMS, Kind.REF)));
        assertEquals("hello" + System.lineSeparator() + "world", run(img));
    }

    @Test
    void integerArithmetic() {
        // p0 = 40, p1 = 2; p2 = p0 + p1 (42); p3 = p0 * p1 - p1 (78); p4 = p0 / 3 (13); p5 = -7 % 3 (-1)
        Asm a = new Asm().emit(
                Op.asbx(Op.LOADI, 0, 40), Op.asbx(Op.LOADI, 1, 2),
                Op.abc(Op.ADDI, 2, 0, 1),
                Op.abc(Op.MULI, 3, 0, 1), Op.abc(Op.SUBI, 3, 3, 1),
                Op.asbx(Op.LOADI, 6, 3), Op.abc(Op.DIVI, 4, 0, 6),
                Op.asbx(Op.LOADI, 7, -7), Op.abc(Op.MODI, 5, 7, 6),
                Op.abc(Op.ADDIK, 8, 0, -5 & 0xFF),
                Op.abx(Op.BOXI, 0, 2), Op.abx(Op.BOXI, 1, 3), Op.abx(Op.BOXI, 2, 4), Op.abx(Op.BOXI, 3, 5),
                Op.abx(Op.BOXI, 4, 8),
                Op.abc(Op.FMT, 5, 0, 5), 3,
                Op.abc(Op.OUT, 5, 0, 0));
        endMain(a, 0);
        byte[] img = image(strings("%d %d %d %d %d"), new long[0], List.of(a.proto("main", 9, NO_PARAMS, Kind.REF)));
        assertEquals("42 78 13 -1 35", run(img));
    }

    @Test
    void largeIntConstantAndWrapping() {
        // LOADK Long.MAX_VALUE, add 1 -> wraps to Long.MIN_VALUE
        Asm a = new Asm().emit(
                Op.abx(Op.LOADK, 0, 0), Op.asbx(Op.LOADI, 1, 1), Op.abc(Op.ADDI, 2, 0, 1),
                Op.abx(Op.BOXI, 0, 2), Op.abc(Op.FMT, 1, 0, 1), 3, Op.abc(Op.OUT, 1, 0, 0));
        endMain(a, 0);
        byte[] img = image(strings("%d"), new long[] {Long.MAX_VALUE}, List.of(a.proto("main", 3, NO_PARAMS, Kind.REF)));
        assertEquals(Long.toString(Long.MIN_VALUE), run(img));
    }

    @Test
    void comparisonsAndBranches() {
        Asm a = new Asm().emit(Op.asbx(Op.LOADI, 0, 3), Op.asbx(Op.LOADI, 1, 5), Op.abc(Op.LTI, 2, 0, 1));
        printIf(a, 2, 0);
        a.emit(Op.abc(Op.LTI, 2, 1, 0));
        printIf(a, 2, 0);
        a.emit(Op.abc(Op.EQI, 2, 0, 0));
        printIf(a, 2, 0);
        endMain(a, 0);
        byte[] img = image(strings("yes", "no"), new long[0], List.of(a.proto("main", 3, NO_PARAMS, Kind.REF)));
        String nl = System.lineSeparator();
        assertEquals("yes" + nl + "no" + nl + "yes" + nl, run(img));
    }

    @Test
    void divisionByZeroIsAScriptErrorAtTheInstructionsLine() {
        Asm a = new Asm()
                .at(1, 1, Op.asbx(Op.LOADI, 0, 10))
                .at(2, 5, Op.asbx(Op.LOADI, 1, 0))
                .at(3, 9, Op.abc(Op.DIVI, 2, 0, 1))
                .at(4, 1, Op.abx(Op.LOADU, 0, 0), Op.abx(Op.RET, 0, 0));
        byte[] img = image(strings(), new long[0], List.of(a.proto("main", 3, NO_PARAMS, Kind.REF)));
        ScriptError e = assertThrows(ScriptError.class, () -> run(img));
        assertEquals("Attempted to divide by zero.", e.getMessage());
        assertEquals("test.fsx:3:9", e.location());
        assertTrue(e.trace().contains("at main (test.fsx:3:9)"), e.trace());
    }

    @Test
    void modByZeroIsAlsoAnError() {
        Asm a = new Asm()
                .at(1, 1, Op.asbx(Op.LOADI, 0, 10), Op.asbx(Op.LOADI, 1, 0))
                .at(7, 2, Op.abc(Op.MODI, 2, 0, 1))
                .at(8, 1, Op.abx(Op.LOADU, 0, 0), Op.abx(Op.RET, 0, 0));
        byte[] img = image(strings(), new long[0], List.of(a.proto("main", 3, NO_PARAMS, Kind.REF)));
        ScriptError e = assertThrows(ScriptError.class, () -> run(img));
        assertEquals("Attempted to divide by zero.", e.getMessage());
        assertEquals("test.fsx:7:2", e.location());
    }

    @Test
    void callgToASecondPrototypeReturnsAValue() {
        // f(x, y) = x * 10 + y, int params and result
        Asm f = new Asm().emit(Op.asbx(Op.LOADI, 2, 10), Op.abc(Op.MULI, 2, 0, 2), Op.abc(Op.ADDI, 2, 2, 1),
                Op.abx(Op.RET, 2, 0));
        // main: p0 = 4, p1 = 2 (args at A=0), CALLG 1 -> p0 = 42
        Asm m = new Asm().emit(Op.asbx(Op.LOADI, 0, 4), Op.asbx(Op.LOADI, 1, 2), Op.abx(Op.CALLG, 0, 1),
                Op.asbx(Op.LOADI, 1, 42), Op.abc(Op.EQI, 2, 0, 1),
                Op.abx(Op.BOXI, 0, 0), Op.abc(Op.FMT, 1, 0, 1), 5, Op.abc(Op.OUT, 1, 0, 0));
        printIf(m, 2, 0);
        endMain(m, 0);
        byte[] img = image(strings("yes", "no", "%d:"), new long[0], List.of(
                m.proto("main", 3, NO_PARAMS, Kind.REF),
                f.proto("f", 3, new byte[] {Kind.INT, Kind.INT}, Kind.INT)));
        assertEquals("42:yes" + System.lineSeparator(), run(img));
    }

    @Test
    void errorTraceListsTheCallingFrames() {
        Asm f = new Asm().at(5, 3, Op.asbx(Op.LOADI, 1, 0), Op.abc(Op.DIVI, 0, 0, 1), Op.abx(Op.RET, 0, 0));
        Asm m = new Asm().at(1, 1, Op.asbx(Op.LOADI, 0, 1)).at(9, 4, Op.abx(Op.CALLG, 0, 1))
                .at(10, 1, Op.abx(Op.LOADU, 0, 0), Op.abx(Op.RET, 0, 0));
        byte[] img = image(strings(), new long[0], List.of(
                m.proto("main", 2, NO_PARAMS, Kind.REF),
                f.proto("f", 2, new byte[] {Kind.INT}, Kind.INT)));
        ScriptError e = assertThrows(ScriptError.class, () -> run(img));
        assertEquals("test.fsx:5:3", e.location());
        assertEquals("  at f (test.fsx:5:3)\n  at main (test.fsx:9:4)", e.trace());
    }

    /** f(n, acc) = if n = 0 then acc else f(n - 1, acc + 1), as a self tail call. */
    private static ProtoSpec countdown(boolean tail) {
        Asm f = new Asm();
        f.emit(Op.asbx(Op.LOADI, 2, 0), Op.abc(Op.EQI, 2, 0, 2), Op.asbx(Op.JMPF, 2, 1), Op.abx(Op.RET, 1, 0));
        f.emit(Op.abc(Op.ADDIK, 3, 0, -1 & 0xFF), Op.abc(Op.ADDIK, 4, 1, 1));
        if (tail) {
            f.emit(Op.abx(Op.TCALLG, 3, 1));
        } else {
            f.emit(Op.abx(Op.CALLG, 3, 1), Op.abx(Op.RET, 3, 0));
        }
        return f.proto("f", 5, new byte[] {Kind.INT, Kind.INT}, Kind.INT);
    }

    private static byte[] countdownImage(boolean tail, int n) {
        Asm m = new Asm().emit(Op.abx(Op.LOADK, 0, 0), Op.asbx(Op.LOADI, 1, 0), Op.abx(Op.CALLG, 0, 1),
                Op.abx(Op.BOXI, 0, 0), Op.abc(Op.FMT, 1, 0, 1), 3, Op.abc(Op.OUT, 1, 0, 0));
        endMain(m, 0);
        return image(strings("%d"), new long[] {n}, List.of(m.proto("main", 2, NO_PARAMS, Kind.REF), countdown(tail)));
    }

    @Test
    void selfTailCallLoopRunsInConstantFrames() {
        // A million iterations under a depth limit of 300: only possible if TCALLG reuses the frame.
        assertEquals("1000000", run(countdownImage(true, 1_000_000), 300));
    }

    @Test
    void nonTailRecursionBelowTheLimitWorks() {
        assertEquals("500", run(countdownImage(false, 500), 1000));
    }

    @Test
    void nonTailRecursionDeeperThanMaxDepthIsAStackOverflow() {
        byte[] img = countdownImage(false, 5000);
        ScriptError e = assertThrows(ScriptError.class, () -> run(img, 1000));
        assertTrue(e.getMessage().startsWith("stack overflow"), e.getMessage());
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
        // the trace collapses the repeated frames
        assertTrue(e.trace().contains("repeated"), e.trace());
    }

    @Test
    void sameNonTailProgramSucceedsWithTheDefaultDepth() {
        assertEquals("5000", run(countdownImage(false, 5000)));
    }

    @Test
    void boxingRoundTrips() {
        // int: -123456789012 through BOXI / UNBOXI; float 2.5 via LOADK bits through BOXF / UNBOXF; bool; char
        Asm a = new Asm().emit(
                Op.abx(Op.LOADK, 0, 0), Op.abx(Op.BOXI, 0, 0), Op.abx(Op.UNBOXI, 1, 0), Op.abc(Op.EQI, 2, 0, 1),
                Op.abx(Op.LOADK, 3, 1), Op.abx(Op.BOXF, 1, 3), Op.abx(Op.UNBOXF, 4, 1), Op.abc(Op.EQF, 5, 3, 4),
                Op.asbx(Op.LOADI, 6, 1), Op.abx(Op.BOXB, 2, 6), Op.abx(Op.UNBOXB, 7, 2),
                Op.asbx(Op.LOADI, 8, 'z'), Op.abx(Op.BOXC, 3, 8), Op.abx(Op.UNBOXC, 9, 3), Op.abc(Op.EQI, 10, 8, 9),
                Op.abx(Op.BOXB, 4, 2), Op.abx(Op.BOXB, 5, 5), Op.abx(Op.BOXB, 6, 7), Op.abx(Op.BOXB, 7, 10),
                Op.abc(Op.FMT, 8, 0, 8), 3, Op.abc(Op.OUT, 8, 0, 0));
        endMain(a, 0);
        byte[] img = image(strings("%d %g %b %c %b %b %b %b"),
                new long[] {-123456789012L, Double.doubleToRawLongBits(2.5)},
                List.of(a.proto("main", 11, NO_PARAMS, Kind.REF)));
        assertEquals("-123456789012 2.5 true z true true true true", run(img));
    }

    @Test
    void floatArithmeticAndConversions() {
        // 7.5 / 2.0 = 3.75; F2I(3.75) = 3; I2F(3) = 3.0
        Asm a = new Asm().emit(
                Op.abx(Op.LOADK, 0, 0), Op.abx(Op.LOADK, 1, 1), Op.abc(Op.DIVF, 2, 0, 1),
                Op.abx(Op.F2I, 3, 2), Op.abx(Op.I2F, 4, 3),
                Op.abx(Op.BOXF, 0, 2), Op.abx(Op.BOXI, 1, 3), Op.abx(Op.BOXF, 2, 4),
                Op.abc(Op.FMT, 3, 0, 3), 3, Op.abc(Op.OUT, 3, 0, 0));
        endMain(a, 0);
        byte[] img = image(strings("%g %d %g"),
                new long[] {Double.doubleToRawLongBits(7.5), Double.doubleToRawLongBits(2.0)},
                List.of(a.proto("main", 5, NO_PARAMS, Kind.REF)));
        assertEquals("3.75 3 3", run(img));
    }

    private static byte[] simpleImage() {
        Asm a = new Asm().emit(Op.abx(Op.LOADS, 0, 3), Op.abc(Op.OUT, 0, 0, 0));
        endMain(a, 0);
        return image(strings("ok"), new long[0], List.of(a.proto("main", 1, NO_PARAMS, Kind.REF)));
    }

    @Test
    void aFreshImageLoadsAndRuns() {
        assertEquals("ok", run(simpleImage()));
    }

    @Test
    void loadRejectsBadMagic() {
        byte[] img = simpleImage();
        img[0] = 'X';
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> Image.load(img, StandardLibrary.create()));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void loadRejectsWrongVersion() {
        byte[] img = simpleImage();
        img[ImageLayout.OFF_VERSION] = (byte) (ImageLayout.VERSION + 1);
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> Image.load(img, StandardLibrary.create()));
        assertTrue(e.getMessage().contains("version " + (ImageLayout.VERSION + 1)), e.getMessage());
    }

    @Test
    void loadRejectsAFlippedTableByteByTheHeaderChecksum() {
        byte[] img = simpleImage();
        img[ImageLayout.HEADER_SIZE + ImageLayout.SECTION_KINDS * ImageLayout.SECTION_ENTRY + 8] ^= 0x40;
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> Image.load(img, StandardLibrary.create()));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
    }

    @Test
    void aFlippedCodeByteIsCaughtByTheFunctionChecksumBeforeItRuns() {
        byte[] img = simpleImage();
        int code = java.nio.ByteBuffer.wrap(img).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .getInt(ImageLayout.HEADER_SIZE + (ImageLayout.SEC_CODE - 1) * ImageLayout.SECTION_ENTRY + 4);
        img[code + 1] ^= 0x40;
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> run(img));
        assertTrue(e.getMessage().contains("'main': checksum"), e.getMessage());
    }

    @Test
    void loadRejectsATruncatedImage() {
        byte[] img = java.util.Arrays.copyOf(simpleImage(), 10);
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> Image.load(img, StandardLibrary.create()));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
