package org.fusabi.vm.image;

import static org.fusabi.vm.bytecode.Op.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.bytecode.Capture;
import org.fusabi.vm.bytecode.CaseShape;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.bytecode.SourcePos;
import org.fusabi.vm.bytecode.UnionCase;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/** Hand-made images with one defect each: the verifier must name it before the function runs. */
class ImageVerifierTest {
    private static final byte[] NONE = new byte[0];
    private static final List<String> STRINGS = List.of("t.fsx", "main", "f", "ok");

    private static ProtoSpec fn(String name, int nregs, byte[] params, int[] captures, int... code) {
        int[] lines = new int[code.length];
        Arrays.fill(lines, SourcePos.of(1, 1));
        return new ProtoSpec(name, nregs, params, Kind.REF, captures, code, lines);
    }

    private static ProtoSpec main(int nregs, int... code) {
        return fn("main", nregs, NONE, new int[0], code);
    }

    private static byte[] image(ProtoSpec... protos) {
        return new ImageWriter(STRINGS, new long[] {42}, List.of(protos), List.of(), List.of(), 0, 2).write();
    }

    private static String run(byte[] image) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new Interpreter(Image.load(image, StandardLibrary.create()), new PrintStream(buf, true, StandardCharsets.UTF_8)).run();
        return buf.toString(StandardCharsets.UTF_8);
    }

    private static void rejects(String expected, ProtoSpec... protos) {
        byte[] img = image(protos);
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> run(img));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }


    /** Prints "ok" and returns unit from register 0. */
    private static int[] printOk(int... before) {
        int[] tail = {abx(LOADS, 0, 3), abc(OUT, 0, 0, 0), abc(LOADU, 0, 0, 0), abc(RET, 0, 0, 0)};
        int[] all = Arrays.copyOf(before, before.length + tail.length);
        System.arraycopy(tail, 0, all, before.length, tail.length);
        return all;
    }

    @Test
    void aWellFormedImageRuns() {
        assertEquals("ok", run(image(main(1, printOk()))));
    }

    @Test
    void registerBeyondTheFrame() {
        rejects("'main': register 5 out of range (frame of 2) at instruction 0", main(2, printOk(abc(ADDI, 5, 0, 0))));
    }

    @Test
    void unboxedArrayInstructionsRunAndTheirOperandsAreChecked() {
        // [| 41.0 bits; 0 |] as an int array, element 1 set to element 0 plus one and read back
        assertEquals("ok", run(image(main(3, printOk(asbx(LOADI, 0, 41), asbx(LOADI, 1, 0), abc(ARRAYP, 2, 0, 2), Kind.INT,
                abc(ADDIK, 0, 0, 1), asbx(LOADI, 1, 1), abc(ASETI, 2, 1, 0), abc(AGETI, 0, 2, 1))))));
        rejects("'main': ARRAYP of kind 0, not one of an unboxed array at instruction 0", main(3, printOk(abc(ARRAYP, 2, 0, 2), Kind.REF)));
        rejects("'main': ARRAYP of kind 9, not one of an unboxed array at instruction 0", main(3, printOk(abc(ARRAYP, 2, 0, 2), Kind.INT32)));
        rejects("'main': registers 1..3 out of range (frame of 3) at instruction 0", main(3, printOk(abc(ARRAYP, 0, 1, 3), Kind.FLOAT)));
        for (int op = AGETI; op <= ASETC; op++) {
            rejects("'main': register 3 out of range (frame of 3) at instruction 0", main(3, printOk(abc(op, 0, 1, 3))));
        }
    }

    /** Main with a record type "f" of two fields, "ok" stored as the kind given and "main" a reference. */
    private static byte[] recordImage(int kind, int nregs, int... code) {
        TypeSpec type = new TypeSpec("f", false, List.of("ok", "main"), List.of(kind, (int) Kind.REF));
        return new ImageWriter(STRINGS, new long[] {42}, List.of(main(nregs, code)), List.of(type), List.of(), 0, 2).write();
    }

    @Test
    void unboxedRecordFieldsRunAndTheirOperandsAndKindsAreChecked() {
        // { ok = 41; main = "ok" }, its int field incremented in place and read back
        int record = BuiltinTypes.count();
        assertEquals("ok", run(recordImage(Kind.INT, 3, printOk(asbx(LOADI, 0, 41), abx(LOADS, 1, 3), abc(RECORD, 2, 0, 2), record,
                abc(GETRFP, 0, 2, 0), abc(ADDIK, 0, 0, 1), abc(SETRFP, 2, 0, 0), abc(GETRF, 1, 2, 0), abc(SETRF, 2, 0, 1)))));
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> run(recordImage(99, 1, printOk())));
        assertTrue(e.getMessage().contains("type 'f' has a field of bad kind 99"), e.getMessage());
        byte[] img = recordImage(Kind.FLOAT, 3, printOk(abc(GETRFP, 0, 3, 0)));
        e = assertThrows(InvalidImageException.class, () -> run(img));
        assertTrue(e.getMessage().contains("'main': register 3 out of range (frame of 3) at instruction 0"), e.getMessage());
        byte[] set = recordImage(Kind.FLOAT, 3, printOk(abc(SETRFP, 3, 0, 0)));
        e = assertThrows(InvalidImageException.class, () -> run(set));
        assertTrue(e.getMessage().contains("'main': register 3 out of range (frame of 3) at instruction 0"), e.getMessage());
    }

    /** Main with a union type "f" of one case "ok" of two fields, the first stored as the word's kinds say. */
    private static byte[] unionImage(int shape, int nregs, int... code) {
        TypeSpec type = new TypeSpec("f", true, List.of("ok"), List.of(shape));
        return new ImageWriter(STRINGS, new long[] {42}, List.of(main(nregs, code)), List.of(type), List.of(), 0, 2).write();
    }

    @Test
    void unboxedUnionFieldsRunAndTheirOperandsAndKindsAreChecked() {
        // ok (41, "ok"), its int field read back unboxed and boxed
        int word = UnionCase.word(BuiltinTypes.count(), 0);
        int shape = CaseShape.word(2, new int[] {Kind.INT, Kind.REF});
        assertEquals("ok", run(unionImage(shape, 3, printOk(asbx(LOADI, 0, 41), abx(LOADS, 1, 3), abc(UNION, 2, 0, 2), word,
                abc(GETUFP, 0, 2, 0), abc(GETUF, 1, 2, 0), abc(GETUF, 0, 2, 1)))));
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> run(unionImage(2 | 15 << 8, 1, printOk())));
        assertTrue(e.getMessage().contains("type 'f' has a case field of bad kind 15"), e.getMessage());
        e = assertThrows(InvalidImageException.class, () -> run(unionImage(1 | Kind.INT << 12, 1, printOk())));
        assertTrue(e.getMessage().contains("type 'f' has a case with a kind for a field it does not have"), e.getMessage());
        byte[] img = unionImage(shape, 3, printOk(abc(GETUFP, 0, 3, 0)));
        e = assertThrows(InvalidImageException.class, () -> run(img));
        assertTrue(e.getMessage().contains("'main': register 3 out of range (frame of 3) at instruction 0"), e.getMessage());
    }

    @Test
    void cellInstructionsRunAndTheirRegistersAreChecked() {
        // a cell made from a primitive, written and read back; then a cell of a cell, read back and written
        assertEquals("ok", run(image(main(2, printOk(asbx(LOADI, 0, 41), abc(CELLP, 1, 0, 0), abc(ADDIK, 0, 0, 1),
                abc(SETCP, 1, 0, 0), abc(GETCP, 0, 1, 0), abc(CELLR, 1, 1, 0), abc(GETCR, 0, 1, 0), abc(SETCR, 1, 0, 0))))));
        for (int op : new int[] {CELLP, CELLR, GETCP, GETCR, SETCP, SETCR}) {
            rejects("'main': register 2 out of range (frame of 2) at instruction 0", main(2, printOk(abc(op, 2, 0, 0))));
            rejects("'main': register 3 out of range (frame of 2) at instruction 0", main(2, printOk(abc(op, 0, 3, 0))));
        }
    }

    @Test
    void jumpOutsideTheFunction() {
        rejects("jump target 101 is not an instruction", main(1, printOk(sj(JMP, 100))));
    }

    @Test
    void jumpIntoAnOperandWord() {
        rejects("jump target 2 is not an instruction", main(2, printOk(sj(JMP, 1), abc(FMT, 0, 1, 0), 3)));
    }

    @Test
    void constantStringAndGlobalIndexes() {
        rejects("constant index 7 out of range (1)", main(1, printOk(abx(LOADK, 0, 7))));
        rejects("string index 99 out of range (4)", main(1, printOk(abx(LOADS, 0, 99))));
        rejects("global index 2 out of range (2)", main(1, printOk(abx(GETGR, 0, 2))));
        rejects("format string index 9 out of range", main(1, printOk(abc(FMT, 0, 0, 0), 9)));
    }

    @Test
    void everyTagSwitchTargetIsChecked() {
        assertEquals("ok", run(image(main(1, printOk(asbx(LOADI, 0, 1), abc(TSWITCH, 0, 0, 2), 0, 0)))));
        rejects("jump target 40 is not an instruction", main(1, printOk(asbx(LOADI, 0, 1), abc(TSWITCH, 0, 0, 2), 0, 36)));
    }

    /**
     * Regression: a function that entered a try and returned without leaving it left its handler installed, and an
     * error in the next function called at the same depth resumed at that handler's address in its own code, which
     * may be an operand word.
     */
    @Test
    void aTryMustBeLeftBeforeTheFunctionReturns() {
        ProtoSpec f = fn("f", 1, NONE, new int[0], asbx(TRY, 0, 1), abc(RET, 0, 0, 0), abc(RET, 0, 0, 0));
        rejects("'f': RET inside a try at instruction 1", main(2, printOk(abx(CALLG, 1, 1))), f);
        rejects("'main': ENDTRY without an open TRY at instruction 0", main(1, printOk(abc(ENDTRY, 0, 0, 0))));
        rejects("'main': instruction 2 is reached with 0 and with 1 open trys at instruction 1", main(1, printOk(asbx(TRY, 0, 1), sj(JMP, 0))));
        // entered, left, and the handler reached with none open, as the compiler emits a try
        assertEquals("ok", run(image(main(1, printOk(asbx(TRY, 0, 2), abc(ENDTRY, 0, 0, 0), sj(JMP, 0))))));
    }

    @Test
    void unknownOpcode() {
        rejects("unknown opcode 200", main(1, printOk(200)));
    }

    @Test
    void missingOperandWordAndFallingOffTheEnd() {
        rejects("FMT lacks its operand word", main(1, abc(LOADU, 0, 0, 0), abc(FMT, 0, 0, 0)));
        rejects("runs off the end of the function", main(1, abc(LOADU, 0, 0, 0)));
    }

    @Test
    void callArityMustFitTheFrame() {
        ProtoSpec f = fn("f", 2, new byte[] {Kind.INT, Kind.INT}, new int[0], abc(RET, 0, 0, 0));
        rejects("registers 3..4 out of range (frame of 4)", main(4, printOk(abx(CALLG, 3, 1))), f);
    }

    @Test
    void directCallOfAFunctionThatNeedsAClosure() {
        ProtoSpec f = fn("f", 1, NONE, new int[] {Capture.descriptor(Kind.REF, false, 0)}, abc(RET, 0, 0, 0));
        rejects("calls function #1 directly, but it needs a closure", main(2, printOk(abx(CALLG, 1, 1))), f);
    }

    @Test
    void closureCapturesMustExistInTheCreatingFrame() {
        ProtoSpec f = fn("f", 1, NONE, new int[] {Capture.descriptor(Kind.REF, false, 9)}, abc(RET, 0, 0, 0));
        rejects("register 9 out of range (frame of 2)", main(2, printOk(abx(CLOSURE, 1, 1))), f);
        ProtoSpec g = fn("f", 1, NONE, new int[] {Capture.descriptor(Kind.REF, true, 0)}, abc(RET, 0, 0, 0));
        rejects("capture index 0 out of range (0)", main(2, printOk(abx(CLOSURE, 1, 1))), g);
    }

    @Test
    void unionCaseMustExistWithItsArity() {
        rejects("union case index 5 out of range (2)", main(2, printOk(abc(UNION, 1, 0, 0), 5)));
        rejects("case Some built with 0 fields", main(2, printOk(abc(UNION, 1, 0, 0), 1)));
        rejects("type 3 is not a union", main(2, printOk(abc(UNION, 1, 0, 1), UnionCase.word(3, 0))));
    }

    @Test
    void functionsAreVerifiedWhenFirstCalledNotAtLoad() {
        ProtoSpec bad = fn("f", 1, NONE, new int[0], abc(ADDI, 9, 9, 9), abc(RET, 0, 0, 0));
        assertEquals("ok", run(image(main(1, printOk()), bad)));
        rejects("function #1 'f': register 9 out of range", main(2, printOk(abx(CALLG, 1, 1))), bad);
    }

    @Test
    void mainMustTakeNoParameters() {
        byte[] img = image(fn("main", 1, new byte[] {Kind.INT}, new int[0], abc(RET, 0, 0, 0)));
        InvalidImageException e = assertThrows(InvalidImageException.class, () -> Image.load(img, StandardLibrary.create()));
        assertEquals("main function takes parameters", e.getMessage());
    }

    @Test
    void everyTruncationIsRejectedInOneLine() {
        byte[] img = image(main(1, printOk()));
        for (int n = 0; n < img.length; n++) {
            byte[] cut = Arrays.copyOf(img, n);
            InvalidImageException e = assertThrows(InvalidImageException.class, () -> run(cut), "length " + n);
            assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), e.getMessage());
        }
    }
}
