package org.fusabi.vm.bytecode;

/**
 * A union case's entry in the image's type table ({@code u32}): its arity in the low 8 bits, then the {@link Kind}
 * each of its first {@link #UNBOXED} fields is stored as, 4 bits each (0, a reference, for the rest).
 */
public final class CaseShape {
    private CaseShape() {}

    /** How many leading fields of a case may be stored unboxed: as many kinds as fit beside the arity. */
    public static final int UNBOXED = 6;

    /** The word of a case of this arity whose first fields are of these kinds (later ones are ignored: references). */
    public static int word(int arity, int[] kinds) {
        int w = arity;
        for (int i = 0; i < Math.min(kinds.length, UNBOXED); i++) w |= (kinds[i] & 0xF) << (8 + 4 * i);
        return w;
    }

    public static int arity(long word) {
        return (int) (word & 0xFF);
    }

    /** The kind field i is stored as. */
    public static int kind(long word, int field) {
        return field < UNBOXED ? (int) (word >>> (8 + 4 * field)) & 0xF : Kind.REF;
    }

    /** Whether some field of the case is stored unboxed. */
    public static boolean unboxed(long word) {
        return word >>> 8 != 0;
    }

    /** Whether the word's kinds are valid and name no field beyond the arity; the reason if not, else null. */
    public static String check(long word) {
        if (word >>> 32 != 0) return "has a bad case entry " + word;
        for (int i = 0; i < UNBOXED; i++) {
            int k = kind(word, i);
            if (!Kind.valid(k)) return "has a case field of bad kind " + k;
            if (k != Kind.REF && i >= arity(word)) return "has a case with a kind for a field it does not have";
        }
        return null;
    }
}
