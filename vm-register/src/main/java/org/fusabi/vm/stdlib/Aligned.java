package org.fusabi.vm.stdlib;

import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Step;

/**
 * The elements of two or three collections side by side, as F#'s map2, zip, iter2, fold2, map3... read them:
 * Seq stops at the shortest input; Array rejects unequal lengths before it starts; List finds out when one list
 * ends before the others, after the pairs before it were used.
 */
final class Aligned {
    private Aligned() {}

    static FSeq of(Shape s, Object[] sources, Transforms.Combine combine) {
        if (s == Shape.ARRAY) {
            int[] lengths = new int[sources.length];
            for (int k = 0; k < sources.length; k++) lengths[k] = Items.length(sources[k]);
            for (int k = 1; k < lengths.length; k++) {
                if (lengths[k] != lengths[0]) {
                    throw lengths.length == 2 ? FSharpErrors.arraysDiffer(lengths[0], lengths[1])
                                              : FSharpErrors.threeDiffer("array", lengths[0], lengths[1], lengths[2]);
                }
            }
        }
        if (s != Shape.LIST) return Transforms.zipWith(sources, combine);
        return FSeq.of(() -> new Step() {
            private final Enumerator[] ins = new Enumerator[sources.length];
            private long i;

            {
                for (int k = 0; k < ins.length; k++) ins[k] = Items.enumerate(sources[k]);
            }

            @Override
            public boolean moveNext() {
                Object[] items = new Object[ins.length];
                boolean[] more = new boolean[ins.length];
                int ended = 0;
                for (int k = 0; k < ins.length; k++) {
                    more[k] = ins[k].moveNext();
                    if (more[k]) items[k] = ins[k].current();
                    else ended++;
                }
                if (ended == 0) return emit(combine.apply(i++, items));
                if (ended < ins.length) throw differ(more);
                return false;
            }

            /** F#'s invalidArgDifferentListLength and invalidArg3ListsDifferent, counting what is left. */
            private RuntimeException differ(boolean[] more) {
                long[] lengths = new long[ins.length];
                for (int k = 0; k < ins.length; k++) {
                    lengths[k] = i + (more[k] ? 1 : 0);
                    while (more[k] && ins[k].moveNext()) lengths[k]++;
                }
                if (ins.length == 3) {
                    return FSharpErrors.threeDiffer("list", (int) lengths[0], (int) lengths[1], (int) lengths[2]);
                }
                return more[1] ? FSharpErrors.listShorter("list1", "list2", (int) (lengths[1] - i))
                               : FSharpErrors.listShorter("list2", "list1", (int) (lengths[0] - i));
            }

            @Override
            public void close() {
                for (Enumerator e : ins) e.close();
            }
        });
    }

    static FSeq of(Shape s, Object xs, Object ys, Transforms.Combine combine) {
        return of(s, new Object[] {xs, ys}, combine);
    }
}
