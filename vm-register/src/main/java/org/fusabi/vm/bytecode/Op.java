package org.fusabi.vm.bytecode;

/**
 * The instruction set: every opcode, its operand format, and the packing of a 32-bit instruction.
 *
 * <p>Layout (little-endian int, low bits first), after Lua 5.4's lopcodes.h:
 * <pre>
 *   ABC:  op:8 | A:8 | B:8 | C:8
 *   ABx:  op:8 | A:8 | Bx:16        (unsigned)
 *   AsBx: op:8 | A:8 | sBx:16       (signed)
 *   sJ:   op:8 | sJ:24              (signed jump, relative to the next instruction)
 * </pre>
 * Registers are frame-relative. A register holds either a primitive (int, float as raw bits, bool as 0/1,
 * char as its code: the "P" file) or a reference (the "R" file); the compiler knows which from the static
 * type and picks the opcode, so the interpreter never tests a tag to add two ints.
 * A few instructions take operand words after them: a union case ({@link UnionCase}), a record type, a format
 * string, a branch offset, a jump table ({@link Code} walks them). Capture descriptors ({@link Capture}) and
 * source positions ({@link SourcePos}) are the other packed words of an image; each is packed and unpacked only
 * in its class of this package (docs/ARCHITECTURE.md, Rules).
 */
public final class Op {
    private Op() {}

    /** How an instruction's operands are read: ASB is AB with B a signed byte, ABSC is ABC with C a signed byte. */
    public enum Format { NONE, A, AB, ASB, ABC, ABSC, ABX, ASBX, SJ }

    // --- moves and constants
    public static final int MOVP = 0;     // p[A] = p[B]
    public static final int MOVR = 1;     // r[A] = r[B]
    public static final int LOADI = 2;    // p[A] = sBx
    public static final int LOADK = 3;    // p[A] = prim constant Bx (int or float bits)
    public static final int LOADS = 4;    // r[A] = string constant Bx
    public static final int LOADU = 5;    // r[A] = ()
    public static final int LOADNIL = 6;  // r[A] = []
    public static final int LOADNONE = 7; // r[A] = None
    public static final int GETGP = 8;    // p[A] = global prim Bx
    public static final int GETGR = 9;    // r[A] = global ref Bx
    public static final int SETGP = 10;   // global prim Bx = p[A]
    public static final int SETGR = 11;   // global ref Bx = r[A]
    public static final int GETUPP = 12;  // p[A] = captured prim B of the running closure
    public static final int GETUPR = 13;  // r[A] = captured ref B of the running closure
    public static final int SELF = 14;    // r[A] = the running closure
    // --- int arithmetic (wrapping 64-bit)
    public static final int ADDI = 15;    // p[A] = p[B] + p[C]
    public static final int SUBI = 16;
    public static final int MULI = 17;
    public static final int DIVI = 18;    // truncates toward zero; division by zero is a script error
    public static final int MODI = 19;    // sign of the dividend
    public static final int NEGI = 20;    // p[A] = -p[B]
    public static final int ADDIK = 21;   // p[A] = p[B] + sC (C as a signed byte)
    public static final int BAND = 22;
    public static final int BOR = 23;
    public static final int BXOR = 24;
    public static final int SHL = 25;
    public static final int SHR = 26;     // arithmetic shift, as F#'s >>> on signed ints
    public static final int BNOT = 27;    // p[A] = ~p[B]
    // --- float arithmetic
    public static final int ADDF = 28;
    public static final int SUBF = 29;
    public static final int MULF = 30;
    public static final int DIVF = 31;
    public static final int MODF = 32;
    public static final int POWF = 33;
    public static final int NEGF = 34;
    // --- comparisons into a bool register
    public static final int EQI = 35;     // p[A] = p[B] == p[C]   (ints, bools, chars)
    public static final int LTI = 36;
    public static final int LEI = 37;
    public static final int EQF = 38;
    public static final int LTF = 39;
    public static final int LEF = 40;
    public static final int EQR = 41;     // p[A] = structural equality of r[B] and r[C]
    public static final int CMPR = 42;    // p[A] = structural compare of r[B] and r[C]: -1, 0 or 1
    public static final int NOT = 43;     // p[A] = p[B] ^ 1
    // --- control
    public static final int JMP = 44;     // pc += sJ
    public static final int JMPF = 45;    // if p[A] == 0 then pc += sBx
    public static final int JMPT = 46;    // if p[A] != 0 then pc += sBx
    // --- conversions
    public static final int BOXI = 47;    // r[A] = box int p[B]
    public static final int BOXF = 48;
    public static final int BOXB = 49;
    public static final int BOXC = 50;
    public static final int UNBOXI = 51;  // p[A] = unbox int r[B]
    public static final int UNBOXF = 52;
    public static final int UNBOXB = 53;
    public static final int UNBOXC = 54;
    public static final int I2F = 55;     // p[A] = float of int p[B]
    public static final int F2I = 56;     // p[A] = int of float p[B], truncating
    // --- data
    public static final int CONCAT = 57;  // r[A] = r[B] ^ r[C] (strings)
    public static final int TUPLE = 58;   // r[A] = (r[B], ..., r[B+C-1])
    public static final int GETITEM = 59; // r[A] = item C of tuple r[B]
    public static final int CONS = 60;    // r[A] = r[B] :: r[C]
    public static final int ISNIL = 61;   // p[A] = r[B] is []
    public static final int HEAD = 62;    // r[A] = head of non-empty r[B]
    public static final int TAIL = 63;    // r[A] = tail of non-empty r[B]
    public static final int UNION = 64;   // r[A] = case (extra word) with field i from register B+i: p[B+i] if unboxed, else r[B+i]
    public static final int GETTAG = 65;  // p[A] = tag of union r[B]
    public static final int GETUF = 66;   // r[A] = field C of union r[B], boxed
    public static final int RECORD = 67;  // r[A] = record of type (extra word) with field i from register B+i: p[B+i] if unboxed, else r[B+i]
    public static final int GETRF = 68;   // r[A] = field C of record r[B], boxed
    public static final int SETRF = 69;   // field B of record r[A] = r[C] (unboxed if the field is)
    public static final int ARRAY = 70;   // r[A] = [| r[B], ..., r[B+C-1] |]
    public static final int AGET = 71;    // r[A] = r[B].[p[C]], bounds checked
    public static final int ASET = 72;    // r[A].[p[B]] = r[C], bounds checked
    public static final int ALEN = 73;    // p[A] = length of array r[B]
    // --- calls
    public static final int CALLG = 74;   // call global function Bx, args from A on, result into A
    public static final int TCALLG = 75;  // tail call global function Bx
    public static final int CALLK = 76;   // call known closure r[B] (its prototype is statically known), args from A+1 on
    public static final int TCALLK = 77;
    public static final int APPLY = 78;   // apply function value r[A] to B boxed args r[A+1..A+B]; boxed result into r[A]
    public static final int TAPPLY = 79;
    public static final int CALLN = 80;   // call native Bx with boxed args r[A..], boxed result into r[A]
    public static final int RET = 81;     // return register A (its kind is the prototype's return kind)
    public static final int CLOSURE = 82; // r[A] = closure of prototype Bx, capturing as its descriptor says
    public static final int SETCAP = 83;  // captured ref B of closure r[A] = r[C] (ties let rec knots)
    // --- errors and output
    public static final int MATCHFAIL = 84; // raise "match failure"
    public static final int FAIL = 85;    // raise Failure r[A]
    public static final int FMT = 86;     // r[A] = format string constant (extra word) applied to boxed r[B..B+C-1]
    public static final int OUT = 87;     // write string r[A] to stdout (B=0), stdout + newline (1), stderr (2), stderr + newline (3)
    public static final int RAISE = 88;   // raise the exception value r[A]
    public static final int CHR = 89;     // p[A] = char of int p[B] (checked range)
    // --- compare and branch: the next instruction runs when the test holds, else pc skips by the extra word
    public static final int IFLT = 90;    // p[A] < p[B] (ints, bools, chars)
    public static final int IFLE = 91;
    public static final int IFEQ = 92;
    public static final int IFNE = 93;
    public static final int IFLTF = 94;   // floats
    public static final int IFLEF = 95;
    public static final int IFEQF = 96;
    public static final int IFNEF = 97;
    public static final int IFLTK = 98;   // p[A] < sB (B as a signed byte)
    public static final int IFLEK = 99;
    public static final int IFGTK = 100;
    public static final int IFGEK = 101;
    public static final int IFEQK = 102;
    public static final int IFNEK = 103;
    // --- exceptions
    public static final int TRY = 104;    // until ENDTRY, a script error jumps to pc + sBx with the error in r[A]
    public static final int ENDTRY = 105; // leaves the innermost try
    public static final int EXNVAL = 106; // r[A] = the exception value (exn) of the error in r[B]
    public static final int RERAISE = 107; // throws the error in r[A] again, keeping where it first happened
    public static final int ISCASE = 108; // p[A] = r[B] is the union case (extra word, as UNION's), type included
    // --- union match dispatch
    public static final int TSWITCH = 109; // C words follow, one per tag of the union: pc += C + word[p[A]]
    // --- cells of the mutable locals closures capture (vm.value.Cell): a primitive stays unboxed in its cell
    public static final int CELLP = 110;  // r[A] = a new cell holding prim p[B]
    public static final int CELLR = 111;  // r[A] = a new cell holding ref r[B]
    public static final int GETCP = 112;  // p[A] = the prim in cell r[B]
    public static final int GETCR = 113;  // r[A] = the ref in cell r[B]
    public static final int SETCP = 114;  // the prim in cell r[A] = p[B]
    public static final int SETCR = 115;  // the ref in cell r[A] = r[B]
    // --- numeric types other than int and float (NumType): their values live in the P file, each with its Kind
    public static final int CONV = 116;   // p[A] = p[B] converted between the types C names (NumType.conversion)
    public static final int BOXN = 117;   // r[A] = box of p[B], of Kind C
    public static final int UNBOXN = 118; // p[A] = unbox of r[B], of Kind C
    public static final int DIVU = 119;   // p[A] = p[B] / p[C], unsigned 64-bit; division by zero is a script error
    public static final int MODU = 120;   // unsigned remainder
    public static final int LTU = 121;    // p[A] = p[B] < p[C], unsigned 64-bit
    public static final int LEU = 122;
    public static final int SHRU = 123;   // logical shift right, as >>> on unsigned ints
    // --- arrays of a known primitive element type (vm.value.ArrayValues): long[], double[], boolean[], char[]
    public static final int AGETI = 124;  // p[A] = r[B].[p[C]] of an int array, bounds checked
    public static final int AGETF = 125;  // ... of a float array
    public static final int AGETB = 126;  // ... of a bool array
    public static final int AGETC = 127;  // ... of a char array
    public static final int ASETI = 128;  // r[A].[p[B]] = p[C] of an int array, bounds checked
    public static final int ASETF = 129;
    public static final int ASETB = 130;
    public static final int ASETC = 131;
    public static final int ARRAYP = 132; // r[A] = [| p[B], ..., p[B+C-1] |], of the element Kind in the extra word
    // --- record fields of a primitive type: unboxed where the record type stores them so (vm.value.RecordType#kind)
    public static final int GETRFP = 133; // p[A] = field C of record r[B] as a register value (unboxed, or from its box)
    public static final int SETRFP = 134; // field B of record r[A] = p[C] (unboxed, or boxed as the field is)
    public static final int GETUFP = 135; // p[A] = field C, of a primitive type, of union r[B] (unboxed, or from its box)
    public static final int COUNT = 136;

    private static final String[] NAMES = new String[COUNT];
    private static final Format[] FORMATS = new Format[COUNT];

    static {
        def(MOVP, "MOVP", Format.AB); def(MOVR, "MOVR", Format.AB); def(LOADI, "LOADI", Format.ASBX);
        def(LOADK, "LOADK", Format.ABX); def(LOADS, "LOADS", Format.ABX); def(LOADU, "LOADU", Format.A);
        def(LOADNIL, "LOADNIL", Format.A); def(LOADNONE, "LOADNONE", Format.A);
        def(GETGP, "GETGP", Format.ABX); def(GETGR, "GETGR", Format.ABX);
        def(SETGP, "SETGP", Format.ABX); def(SETGR, "SETGR", Format.ABX);
        def(GETUPP, "GETUPP", Format.AB); def(GETUPR, "GETUPR", Format.AB); def(SELF, "SELF", Format.A);
        def(ADDI, "ADDI", Format.ABC); def(SUBI, "SUBI", Format.ABC); def(MULI, "MULI", Format.ABC);
        def(DIVI, "DIVI", Format.ABC); def(MODI, "MODI", Format.ABC); def(NEGI, "NEGI", Format.AB);
        def(ADDIK, "ADDIK", Format.ABSC); def(BAND, "BAND", Format.ABC); def(BOR, "BOR", Format.ABC);
        def(BXOR, "BXOR", Format.ABC); def(SHL, "SHL", Format.ABC); def(SHR, "SHR", Format.ABC);
        def(BNOT, "BNOT", Format.AB);
        def(ADDF, "ADDF", Format.ABC); def(SUBF, "SUBF", Format.ABC); def(MULF, "MULF", Format.ABC);
        def(DIVF, "DIVF", Format.ABC); def(MODF, "MODF", Format.ABC); def(POWF, "POWF", Format.ABC);
        def(NEGF, "NEGF", Format.AB);
        def(EQI, "EQI", Format.ABC); def(LTI, "LTI", Format.ABC); def(LEI, "LEI", Format.ABC);
        def(EQF, "EQF", Format.ABC); def(LTF, "LTF", Format.ABC); def(LEF, "LEF", Format.ABC);
        def(EQR, "EQR", Format.ABC); def(CMPR, "CMPR", Format.ABC); def(NOT, "NOT", Format.AB);
        def(JMP, "JMP", Format.SJ); def(JMPF, "JMPF", Format.ASBX); def(JMPT, "JMPT", Format.ASBX);
        def(BOXI, "BOXI", Format.AB); def(BOXF, "BOXF", Format.AB); def(BOXB, "BOXB", Format.AB);
        def(BOXC, "BOXC", Format.AB); def(UNBOXI, "UNBOXI", Format.AB); def(UNBOXF, "UNBOXF", Format.AB);
        def(UNBOXB, "UNBOXB", Format.AB); def(UNBOXC, "UNBOXC", Format.AB);
        def(I2F, "I2F", Format.AB); def(F2I, "F2I", Format.AB);
        def(CONCAT, "CONCAT", Format.ABC); def(TUPLE, "TUPLE", Format.ABC); def(GETITEM, "GETITEM", Format.ABC);
        def(CONS, "CONS", Format.ABC); def(ISNIL, "ISNIL", Format.AB); def(HEAD, "HEAD", Format.AB);
        def(TAIL, "TAIL", Format.AB); def(UNION, "UNION", Format.ABC); def(GETTAG, "GETTAG", Format.AB);
        def(GETUF, "GETUF", Format.ABC); def(RECORD, "RECORD", Format.ABC); def(GETRF, "GETRF", Format.ABC);
        def(SETRF, "SETRF", Format.ABC); def(ARRAY, "ARRAY", Format.ABC); def(AGET, "AGET", Format.ABC);
        def(ASET, "ASET", Format.ABC); def(ALEN, "ALEN", Format.AB);
        def(CALLG, "CALLG", Format.ABX); def(TCALLG, "TCALLG", Format.ABX);
        def(CALLK, "CALLK", Format.AB); def(TCALLK, "TCALLK", Format.AB);
        def(APPLY, "APPLY", Format.AB); def(TAPPLY, "TAPPLY", Format.AB);
        def(CALLN, "CALLN", Format.ABX); def(RET, "RET", Format.A);
        def(CLOSURE, "CLOSURE", Format.ABX); def(SETCAP, "SETCAP", Format.ABC);
        def(MATCHFAIL, "MATCHFAIL", Format.NONE); def(FAIL, "FAIL", Format.A);
        def(FMT, "FMT", Format.ABC); def(OUT, "OUT", Format.AB); def(RAISE, "RAISE", Format.A);
        def(CHR, "CHR", Format.AB);
        String[] ifs = {"IFLT", "IFLE", "IFEQ", "IFNE", "IFLTF", "IFLEF", "IFEQF", "IFNEF",
                        "IFLTK", "IFLEK", "IFGTK", "IFGEK", "IFEQK", "IFNEK"};
        for (int i = 0; i < ifs.length; i++) def(IFLT + i, ifs[i], IFLT + i >= IFLTK ? Format.ASB : Format.AB);
        def(TRY, "TRY", Format.ASBX); def(ENDTRY, "ENDTRY", Format.NONE); def(EXNVAL, "EXNVAL", Format.AB);
        def(RERAISE, "RERAISE", Format.A); def(ISCASE, "ISCASE", Format.AB); def(TSWITCH, "TSWITCH", Format.ABC);
        def(CELLP, "CELLP", Format.AB); def(CELLR, "CELLR", Format.AB); def(GETCP, "GETCP", Format.AB);
        def(GETCR, "GETCR", Format.AB); def(SETCP, "SETCP", Format.AB); def(SETCR, "SETCR", Format.AB);
        def(CONV, "CONV", Format.ABC); def(BOXN, "BOXN", Format.ABC); def(UNBOXN, "UNBOXN", Format.ABC);
        def(DIVU, "DIVU", Format.ABC); def(MODU, "MODU", Format.ABC); def(LTU, "LTU", Format.ABC);
        def(LEU, "LEU", Format.ABC); def(SHRU, "SHRU", Format.ABC);
        String[] arrays = {"AGETI", "AGETF", "AGETB", "AGETC", "ASETI", "ASETF", "ASETB", "ASETC"};
        for (int i = 0; i < arrays.length; i++) def(AGETI + i, arrays[i], Format.ABC);
        def(ARRAYP, "ARRAYP", Format.ABC); def(GETRFP, "GETRFP", Format.ABC); def(SETRFP, "SETRFP", Format.ABC);
        def(GETUFP, "GETUFP", Format.ABC);
    }

    private static void def(int op, String name, Format format) {
        NAMES[op] = name;
        FORMATS[op] = format;
    }

    public static String name(int op) {
        return op >= 0 && op < COUNT ? NAMES[op] : null;
    }

    public static Format format(int op) {
        return FORMATS[op];
    }

    /**
     * How many operand words follow an instruction: one for a union case, a record type, a format constant or a
     * branch offset; a tag switch's table has one per case. {@link Code#next} is how the rest of the VM steps.
     */
    static int extraWords(int ins) {
        int op = op(ins);
        if (op == TSWITCH) return c(ins);
        return op == UNION || op == RECORD || op == FMT || op == ISCASE || op == ARRAYP || isBranch(op) ? 1 : 0;
    }

    /** The typed element read of arrays of a primitive Kind (INT, FLOAT, BOOL or CHAR: {@link #elementKind}). */
    public static int arrayGet(int kind) {
        return AGETI + kind - Kind.INT;
    }

    public static int arraySet(int kind) {
        return ASETI + kind - Kind.INT;
    }

    /** The element Kind of AGETI..ASETC. */
    public static int elementKind(int op) {
        return Kind.INT + (op - AGETI) % 4;
    }

    /** The compare-and-branch instructions IFLT..IFNEK, whose operand word is the offset taken when the test fails. */
    public static boolean isBranch(int op) {
        return op >= IFLT && op <= IFNEK;
    }

    public static final int MAX_REG = 255;
    public static final int MAX_BX = 0xFFFF;
    public static final int MIN_SBX = -0x8000;
    public static final int MAX_SBX = 0x7FFF;
    public static final int MIN_SJ = -0x800000;
    public static final int MAX_SJ = 0x7FFFFF;

    public static int abc(int op, int a, int b, int c) {
        return op | a << 8 | b << 16 | c << 24;
    }

    public static int abx(int op, int a, int bx) {
        return op | a << 8 | bx << 16;
    }

    public static int asbx(int op, int a, int sbx) {
        return op | a << 8 | (sbx & 0xFFFF) << 16;
    }

    public static int sj(int op, int sj) {
        return op | sj << 8;
    }

    public static int op(int ins) {
        return ins & 0xFF;
    }

    public static int a(int ins) {
        return (ins >>> 8) & 0xFF;
    }

    public static int b(int ins) {
        return (ins >>> 16) & 0xFF;
    }

    public static int c(int ins) {
        return ins >>> 24;
    }

    /** C read as a signed byte (ADDIK's immediate). */
    public static int sc(int ins) {
        return ins >> 24;
    }

    /** B read as a signed byte (the immediate of the IF..K branches). */
    public static int sb(int ins) {
        return (byte) (ins >>> 16);
    }

    public static int bx(int ins) {
        return ins >>> 16;
    }

    public static int sbx(int ins) {
        return ins >> 16;
    }

    public static int sj(int ins) {
        return ins >> 8;
    }
}
