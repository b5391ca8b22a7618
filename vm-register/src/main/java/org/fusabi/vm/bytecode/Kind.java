package org.fusabi.vm.bytecode;

/** How a value of a static type is held in a register: a reference, or one of the primitive kinds in the P file. */
public final class Kind {
    private Kind() {}

    public static final byte REF = 0;
    public static final byte INT = 1;
    public static final byte FLOAT = 2;
    public static final byte BOOL = 3;
    public static final byte CHAR = 4;

    public static boolean isPrim(int kind) {
        return kind != REF;
    }

    public static boolean valid(int kind) {
        return kind >= REF && kind <= CHAR;
    }

    /** The kind's name in listings. */
    public static String name(int kind) {
        return switch (kind) {
            case REF -> "ref";
            case INT -> "int";
            case FLOAT -> "float";
            case BOOL -> "bool";
            default -> "char";
        };
    }

    /** The boxed form of a primitive register value of this kind. */
    public static Object box(int kind, long bits) {
        return switch (kind) {
            case INT -> bits;
            case FLOAT -> Double.longBitsToDouble(bits);
            case BOOL -> bits != 0;
            case CHAR -> (char) bits;
            default -> throw new IllegalArgumentException("not a primitive kind: " + kind);
        };
    }

    public static long unbox(int kind, Object value) {
        return switch (kind) {
            case INT -> (Long) value;
            case FLOAT -> Double.doubleToRawLongBits((Double) value);
            case BOOL -> (Boolean) value ? 1 : 0;
            case CHAR -> (Character) value;
            default -> throw new IllegalArgumentException("not a primitive kind: " + kind);
        };
    }
}
