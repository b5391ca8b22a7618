package org.fusabi.vm.stdlib;

import java.util.Collections;
import java.util.function.BiFunction;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.MultiArray;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;

/**
 * F#'s {@code Array2D}, {@code Array3D} and {@code Array4D} modules and the members of {@code 'T[,]},
 * {@code 'T[,,]} and {@code 'T[,,,]}: creation (also with lower bounds other than 0), {@code a.[i, j]} and its
 * assignment, the lengths and bounds, iteration and mapping, with FSharp.Core's argument checks. Slices are
 * {@link MultiArraySlices}.
 */
final class MultiArrayModule {
    private MultiArrayModule() {}

    static void install(Library lib) {
        for (int rank = 2; rank <= 4; rank++) installRank(lib, rank);
        installArray2D(lib);
        MultiArraySlices.install(lib);
    }

    /** What each of the three modules has: its name is ArrayND, its type ArrayND<'a>. */
    private static void installRank(Library lib, int rank) {
        String module = "Array" + rank + "D";
        String type = typeName(rank);
        String ints = repeat("int", " -> ", rank);
        lib.define(module + ".create", ints + " -> 'a -> " + type, a -> filled(make(a, 0, rank, null), a[rank]));
        Numeric.defineDefaultFilled(lib, module + ".zeroCreate", ints + " -> " + type.replace("'a", "~a"),
                zero -> (vm, a) -> filled(make(a, 0, rank, null), zero));
        lib.define(module + ".init", ints + " -> (" + ints + " -> 'a) -> " + type, (vm, a) -> init(vm, make(a, 0, rank, null), a[rank]));
        lib.define(module + ".get", type + " -> " + ints + " -> 'a", a -> array(a[0]).get(indices(a, 1, rank)));
        lib.define(module + ".set", type + " -> " + ints + " -> 'a -> unit", a -> {
            array(a[0]).set(indices(a, 1, rank), a[rank + 1]);
            return Unit.VALUE;
        });
        for (int d = 0; d < rank; d++) {
            int dimension = d;
            lib.define(module + ".length" + (d + 1), type + " -> int", a -> (long) array(a[0]).length(dimension));
        }
        if (rank < 4) { // FSharp.Core's Array4D has no iteration or mapping
            lib.define(module + ".iter", "('a -> unit) -> " + type + " -> unit", (vm, a) -> each(array(a[1]), (at, v) -> vm.apply(a[0], v)));
            lib.define(module + ".iteri", "(" + ints + " -> 'a -> unit) -> " + type + " -> unit",
                    (vm, a) -> each(array(a[1]), (at, v) -> vm.apply(a[0], withValue(at, v))));
            lib.define(module + ".map", "('a -> 'b) -> " + type + " -> " + type.replace("'a", "'b"),
                    (vm, a) -> mapped(array(a[1]), (at, v) -> vm.apply(a[0], v)));
            lib.define(module + ".mapi", "(" + ints + " -> 'a -> 'b) -> " + type + " -> " + type.replace("'a", "'b"),
                    (vm, a) -> mapped(array(a[1]), (at, v) -> vm.apply(a[0], withValue(at, v))));
        }
        String at = repeat("int", " * ", rank);
        lib.define(module + "#get_Item", type + " -> " + at + " -> 'a", a -> array(a[0]).get(indices(((Tuple) a[1]).items, 0, rank)));
        lib.define(module + "#set_Item", type + " -> " + at + " -> 'a -> unit", a -> {
            array(a[0]).set(indices(((Tuple) a[1]).items, 0, rank), a[2]);
            return Unit.VALUE;
        });
        lib.define(module + "#GetLength", type + " -> int -> int", a -> (long) array(a[0]).length(dimension(a[0], a[1])));
        lib.define(module + "#GetLowerBound", type + " -> int -> int", a -> (long) array(a[0]).lowerBound(dimension(a[0], a[1])));
        lib.define(module + "#GetUpperBound", type + " -> int -> int", a -> {
            MultiArray x = array(a[0]);
            int d = dimension(x, a[1]);
            return (long) x.lowerBound(d) + x.length(d) - 1;
        });
        lib.define(module + "#Length", type + " -> int", a -> (long) array(a[0]).size());
        lib.define(module + "#Rank", type + " -> int", a -> (long) rank);
    }

    /** Array2D's own: lower bounds other than 0, rebasing and blitting. */
    private static void installArray2D(Library lib) {
        String type = typeName(2);
        lib.define("Array2D.base1", type + " -> int", a -> (long) array(a[0]).lowerBound(0));
        lib.define("Array2D.base2", type + " -> int", a -> (long) array(a[0]).lowerBound(1));
        lib.define("Array2D.copy", type + " -> " + type, (vm, a) -> mapped(array(a[0]), (at, v) -> v));
        lib.define("Array2D.createBased", "int -> int -> int -> int -> 'a -> " + type, a -> filled(make(a, 2, 2, a), a[4]));
        Numeric.defineDefaultFilled(lib, "Array2D.zeroCreateBased", "int -> int -> int -> int -> Array2D<~a>",
                zero -> (vm, a) -> filled(make(a, 2, 2, a), zero));
        lib.define("Array2D.initBased", "int -> int -> int -> int -> (int -> int -> 'a) -> " + type,
                (vm, a) -> init(vm, make(a, 2, 2, a), a[4]));
        lib.define("Array2D.rebase", type + " -> " + type, a -> {
            MultiArray x = array(a[0]);
            MultiArray out = MultiArray.zeroBased(x.length(0), x.length(1));
            for (int k = 0; k < x.size(); k++) out.setCell(k, x.cell(k));
            return out;
        });
        lib.define("Array2D.blit", type + " -> int -> int -> " + type + " -> int -> int -> int -> int -> unit", a -> {
            MultiArray source = array(a[0]);
            MultiArray target = array(a[3]);
            long s1 = (Long) a[1], s2 = (Long) a[2], t1 = (Long) a[4], t2 = (Long) a[5], n1 = (Long) a[6], n2 = (Long) a[7];
            checkBlitStart("sourceIndex1", s1, "source axis-0", source, 0);
            checkBlitStart("sourceIndex2", s2, "source axis-1", source, 1);
            checkBlitStart("targetIndex1", t1, "target axis-0", target, 0);
            checkBlitStart("targetIndex2", t2, "target axis-1", target, 1);
            checkBlitEnd("count1", n1, s1, "source axis-0", source, 0);
            checkBlitEnd("count2", n2, s2, "source axis-1", source, 1);
            checkBlitEnd("count1", n1, t1, "target axis-0", target, 0);
            checkBlitEnd("count2", n2, t2, "target axis-1", target, 1);
            for (long i = 0; i < n1; i++) {
                for (long j = 0; j < n2; j++) target.set(new long[] {t1 + i, t2 + j}, source.get(s1 + i, s2 + j));
            }
            return Unit.VALUE;
        });
    }

    private static void checkBlitStart(String param, long index, String axis, MultiArray array, int dimension) {
        int bound = array.lowerBound(dimension);
        if (index < bound) throw FSharpErrors.outOfRange(param, index, axis + " lower bound", bound);
    }

    private static void checkBlitEnd(String param, long count, long start, String axis, MultiArray array, int dimension) {
        long end = (long) array.lowerBound(dimension) + array.length(dimension);
        if (start + count > end) {
            throw FSharpErrors.outOfRange(param, count, axis + " end index = " + (start + count) + " " + axis + " upper bound", end);
        }
    }

    static String typeName(int rank) {
        return "Array" + rank + "D<'a>";
    }

    private static String repeat(String item, String separator, int count) {
        return String.join(separator, Collections.nCopies(count, item));
    }

    /** An array of the lengths a[from..from+rank-1], with the lower bounds in bases[0..rank-1] (or 0 if bases is null). */
    private static MultiArray make(Object[] a, int from, int rank, Object[] bases) {
        int[] lengths = new int[rank];
        int[] lower = new int[rank];
        for (int d = 0; d < rank; d++) {
            long n = (Long) a[from + d];
            if (n < 0) throw NetErrors.argument("The input must be non-negative.\nlength" + (d + 1) + " = " + n, "length" + (d + 1));
            lengths[d] = (int) n;
            if (bases != null) lower[d] = (int) (long) (Long) bases[d];
        }
        return new MultiArray(lengths, lower);
    }

    private static long[] indices(Object[] a, int from, int rank) {
        long[] at = new long[rank];
        for (int d = 0; d < rank; d++) at[d] = (Long) a[from + d];
        return at;
    }

    private static int dimension(Object x, Object d) {
        long dimension = (Long) d;
        if (dimension < 0 || dimension >= array(x).rank()) throw NetErrors.indexOutOfRange();
        return (int) dimension;
    }

    private static MultiArray filled(MultiArray out, Object value) {
        for (int k = 0; k < out.size(); k++) out.setCell(k, value);
        return out;
    }

    /** Fills out with f's results for each cell's indices, from each dimension's lower bound (as initBased does). */
    private static MultiArray init(Interpreter vm, MultiArray out, Object f) {
        forEachIndex(out, (k, at) -> out.setCell(k, vm.apply(f, boxed(at))));
        return out;
    }

    /** The indices of each cell in row-major order with its position there. */
    private static void forEachIndex(MultiArray x, IndexVisitor visit) {
        long[] at = new long[x.rank()];
        for (int d = 0; d < at.length; d++) at[d] = x.lowerBound(d);
        for (int k = 0; k < x.size(); k++) {
            visit.cell(k, at);
            for (int d = at.length - 1; d >= 0; d--) {
                if (++at[d] < x.lowerBound(d) + x.length(d)) break;
                at[d] = x.lowerBound(d);
            }
        }
    }

    @FunctionalInterface
    private interface IndexVisitor {
        void cell(int position, long[] at);
    }

    private static Object each(MultiArray x, BiFunction<long[], Object, Object> f) {
        forEachIndex(x, (k, at) -> f.apply(at, x.cell(k)));
        return Unit.VALUE;
    }

    /** An array of x's shape and bounds holding f's results for x's cells. */
    private static MultiArray mapped(MultiArray x, BiFunction<long[], Object, Object> f) {
        int[] lengths = new int[x.rank()];
        int[] bases = new int[x.rank()];
        for (int d = 0; d < lengths.length; d++) {
            lengths[d] = x.length(d);
            bases[d] = x.lowerBound(d);
        }
        MultiArray out = new MultiArray(lengths, bases);
        forEachIndex(x, (k, at) -> out.setCell(k, f.apply(at, x.cell(k))));
        return out;
    }

    private static Object[] boxed(long[] at) {
        Object[] out = new Object[at.length];
        for (int d = 0; d < at.length; d++) out[d] = at[d];
        return out;
    }

    private static Object[] withValue(long[] at, Object value) {
        Object[] out = new Object[at.length + 1];
        for (int d = 0; d < at.length; d++) out[d] = at[d];
        out[at.length] = value;
        return out;
    }

    static MultiArray array(Object x) {
        return (MultiArray) x;
    }
}
