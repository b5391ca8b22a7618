package org.fusabi.vm.bytecode;

/**
 * How a value of a static type is held in a register: a reference (the R file), or one of the primitive kinds in
 * the P file as a long: an int, the bits of a float, a bool as 0 or 1, a char's code, and the other numeric types
 * ({@link NumType}: each kind beyond CHAR is one of them, so that boxing it makes the right .NET type's box).
 */
public final class Kind {
    private Kind() {}

    public static final byte REF = 0;
    public static final byte INT = 1;
    public static final byte FLOAT = 2;
    public static final byte BOOL = 3;
    public static final byte CHAR = 4;
    public static final byte SBYTE = 5;
    public static final byte BYTE = 6;
    public static final byte INT16 = 7;
    public static final byte UINT16 = 8;
    public static final byte INT32 = 9;
    public static final byte UINT32 = 10;
    public static final byte UINT64 = 11;
    public static final byte NATIVEINT = 12;
    public static final byte UNATIVEINT = 13;
    public static final byte FLOAT32 = 14;
    private static final byte LAST = FLOAT32;

    public static boolean isPrim(int kind) {
        return kind != REF;
    }

    /**
     * Whether an array whose element type has this kind is a Java primitive array of the register representation
     * (long[], double[], boolean[], char[]: vm.value.ArrayValues) rather than an Object[] of boxes.
     */
    public static boolean unboxedInArrays(int kind) {
        return kind == INT || kind == FLOAT || kind == BOOL || kind == CHAR;
    }

    public static boolean valid(int kind) {
        return kind >= REF && kind <= LAST;
    }

    /** The kind's name in listings: the F# type's for the numeric kinds. */
    public static String name(int kind) {
        return switch (kind) {
            case REF -> "ref";
            case BOOL -> "bool";
            default -> String.valueOf(NumType.ofKind(kind));
        };
    }
}
