package org.fusabi.vm.stdlib;

import java.util.Collections;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.MultiArray;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;

/**
 * Slices of rectangular arrays, {@code a.[1..2, *]} and {@code a.[i, 1..] <- xs}, as FSharp.Core's
 * GetArraySlice2D, GetArraySlice2DFixed1 and their kin. The compiler calls {@code ArrayND.getSliceK} (a slice of
 * rank K, K being the number of ranges) with what is sliced and a spec of three ints per dimension: 1 and the
 * index for a fixed one, else 0 and the range's bounds, {@link #ABSENT_START} and {@link #ABSENT_FINISH} for those
 * not given; {@code ArrayND.setSliceK} takes the new contents last. A slice of rank 1 is an ordinary array.
 */
final class MultiArraySlices {
    private MultiArraySlices() {}

    static final long ABSENT_START = Long.MIN_VALUE;
    static final long ABSENT_FINISH = Long.MAX_VALUE;

    static void install(Library lib) {
        for (int rank = 2; rank <= 4; rank++) {
            String type = MultiArrayModule.typeName(rank);
            String spec = String.join(" * ", Collections.nCopies(3 * rank, "int"));
            for (int k = 1; k <= rank; k++) {
                String slice = k == 1 ? "'a[]" : MultiArrayModule.typeName(k);
                String module = "Array" + rank + "D";
                lib.define(module + ".getSlice" + k, type + " -> " + spec + " -> " + slice,
                        a -> get(MultiArrayModule.array(a[0]), ((Tuple) a[1]).items));
                lib.define(module + ".setSlice" + k, type + " -> " + spec + " -> " + slice + " -> unit", a -> {
                    set(MultiArrayModule.array(a[0]), ((Tuple) a[1]).items, a[2]);
                    return Unit.VALUE;
                });
            }
        }
    }

    /** The ranges of a spec over an array: per dimension its first index and length (1 for a fixed one). */
    private record Ranges(long[] start, int[] length, boolean[] fixed) {
        int rank() {
            int k = 0;
            for (boolean f : fixed) if (!f) k++;
            return k;
        }

        int size() {
            int n = 1;
            for (int len : length) n *= len;
            return n;
        }

        /** The indices in the sliced array of the position'th cell of the slice, in row-major order. */
        long[] at(int position) {
            long[] at = new long[start.length];
            for (int d = start.length - 1; d >= 0; d--) {
                at[d] = start[d] + position % length[d];
                position /= length[d];
            }
            return at;
        }

        int[] sliceLengths() {
            int[] out = new int[rank()];
            int k = 0;
            for (int d = 0; d < fixed.length; d++) if (!fixed[d]) out[k++] = length[d];
            return out;
        }
    }

    /** As ComputeSlice: an absent or too low start is the lower bound, an absent or too high finish the last index. */
    private static Ranges clamped(MultiArray x, Object[] spec) {
        Ranges r = new Ranges(new long[x.rank()], new int[x.rank()], new boolean[x.rank()]);
        for (int d = 0; d < x.rank(); d++) {
            long from = (Long) spec[3 * d + 1];
            if ((Long) spec[3 * d] == 1) {
                r.fixed[d] = true;
                r.start[d] = from;
                r.length[d] = 1;
                continue;
            }
            long to = (Long) spec[3 * d + 2];
            long bound = x.lowerBound(d);
            long last = bound + x.length(d) - 1;
            long low = from >= bound ? from : bound;
            long high = to <= last ? to : last;
            r.start[d] = low;
            r.length[d] = (int) Math.max(0, high - low + 1);
        }
        return r;
    }

    /** As SetArraySlice2D: the bounds given are taken as they are (indexing outside the array fails). */
    private static Ranges given(MultiArray x, Object[] spec) {
        Ranges r = new Ranges(new long[x.rank()], new int[x.rank()], new boolean[x.rank()]);
        for (int d = 0; d < x.rank(); d++) {
            long from = (Long) spec[3 * d + 1];
            r.fixed[d] = (Long) spec[3 * d] == 1;
            if (r.fixed[d]) {
                r.start[d] = from;
                r.length[d] = 1;
                continue;
            }
            long to = (Long) spec[3 * d + 2];
            long start = from == ABSENT_START ? x.lowerBound(d) : from;
            long finish = to == ABSENT_FINISH ? (long) x.lowerBound(d) + x.length(d) - 1 : to;
            r.start[d] = start;
            r.length[d] = (int) Math.max(0, finish - start + 1);
        }
        return r;
    }

    private static Object get(MultiArray x, Object[] spec) {
        Ranges r = clamped(x, spec);
        Object[] cells = new Object[r.size()];
        for (int k = 0; k < cells.length; k++) cells[k] = x.get(r.at(k));
        if (r.rank() == 1) return cells;
        MultiArray out = MultiArray.zeroBased(r.sliceLengths());
        for (int k = 0; k < cells.length; k++) out.setCell(k, cells[k]);
        return out;
    }

    /** Each cell of the range gets the source's cell at the same offset from the range's start. */
    private static void set(MultiArray x, Object[] spec, Object source) {
        Ranges r = given(x, spec);
        Object[] items = source instanceof MultiArray ? null : ArrayValues.boxed(source);
        for (int k = 0; k < r.size(); k++) {
            Object value = source instanceof MultiArray m ? m.get(sourceIndices(r, k)) : items[k];
            x.set(r.at(k), value);
        }
    }

    /** The indices in a rectangular source of the position'th cell of a range (0-based, its fixed dimensions dropped). */
    private static long[] sourceIndices(Ranges r, int position) {
        long[] at = r.at(position);
        long[] out = new long[r.rank()];
        int k = 0;
        for (int d = 0; d < at.length; d++) if (!r.fixed[d]) out[k++] = at[d] - r.start[d];
        return out;
    }
}
