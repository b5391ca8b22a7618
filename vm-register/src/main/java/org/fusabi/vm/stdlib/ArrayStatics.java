package org.fusabi.vm.stdlib;

import java.util.Arrays;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.MultiArray;
import org.fusabi.vm.value.NetType;

/**
 * System.Array's statics: {@code Array.CreateInstance(typeof<T>, lengths)} and with lower bounds, an array of
 * rank 1 to 4 (the ranks Fusabi has) filled with T's default value, to be cast to its type ({@code :?> T[,,]}).
 */
final class ArrayStatics {
    private ArrayStatics() {}

    static void install(Library lib) {
        lib.define("Array.CreateInstance", "Type -> int[] -> Object", a -> create((NetType) a[0], ArrayValues.boxed(a[1]), null));
        lib.define("Array.CreateInstance~bounds", "Type -> int[] -> int[] -> Object",
                a -> create((NetType) a[0], ArrayValues.boxed(a[1]), ArrayValues.boxed(a[2])));
    }

    private static Object create(NetType element, Object[] lengths, Object[] bases) {
        if (bases != null && bases.length != lengths.length) {
            throw NetErrors.argument("The length arrays must have the same number of elements.", "lowerBounds");
        }
        int rank = lengths.length;
        int[] n = new int[rank];
        int[] lower = new int[rank];
        for (int d = 0; d < rank; d++) {
            n[d] = (int) (long) (Long) lengths[d];
            if (n[d] < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "lengths[" + d + "]");
            if (bases != null) lower[d] = (int) (long) (Long) bases[d];
        }
        Object zero = defaultOf(element);
        if (rank == 1 && lower[0] == 0) {
            Object[] out = new Object[n[0]];
            Arrays.fill(out, zero);
            return out;
        }
        if (rank < 2 || rank > 4) throw NetErrors.argument("Arrays of rank " + rank + (rank == 1 ? " with a lower bound" : "") + " are not supported.", "lengths");
        MultiArray out = new MultiArray(n, lower);
        for (int k = 0; k < out.size(); k++) out.setCell(k, zero);
        return out;
    }

    /** .NET's default value of the type: 0 of a number, false, '\0', and null of any other type. */
    private static Object defaultOf(NetType t) {
        return switch (t.fullName) {
            case "System.Int32" -> 0L;
            case "System.Double" -> 0.0;
            case "System.Boolean" -> false;
            case "System.Char" -> '\0';
            default -> Numeric.ZEROS.get(fsharpName(t.fullName));
        };
    }

    /** The F# name of a .NET numeric type's full name (System.Single is float32), or the name itself. */
    private static String fsharpName(String fullName) {
        return switch (fullName) {
            case "System.Single" -> "float32";
            case "System.SByte" -> "sbyte";
            case "System.Byte" -> "byte";
            case "System.Int16" -> "int16";
            case "System.UInt16" -> "uint16";
            case "System.UInt32" -> "uint32";
            case "System.Int64" -> "int64";
            case "System.UInt64" -> "uint64";
            default -> fullName;
        };
    }
}
