package org.fusabi.vm.stdlib;

import java.util.HashSet;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Step;
import org.fusabi.vm.value.StructuralKey;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;

/**
 * F#'s element-wise sequence functions, lazily: each reads its source only as far as its result is enumerated.
 * Seq returns them as they are; List and Array enumerate them at once (see {@link Shape#fromSeq}).
 */
final class Transforms {
    private Transforms() {}

    static FSeq map(Interpreter vm, Object f, Object source) {
        return FSeq.of(() -> new Reading(source) {
            @Override
            public boolean moveNext() {
                return in.moveNext() && emit(vm.apply(f, in.current()));
            }
        });
    }

    static FSeq mapi(Interpreter vm, Object f, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private long i;

            @Override
            public boolean moveNext() {
                return in.moveNext() && emit(vm.apply(f, i++, in.current()));
            }
        });
    }

    static FSeq indexed(Object source) {
        return FSeq.of(() -> new Reading(source) {
            private long i;

            @Override
            public boolean moveNext() {
                return in.moveNext() && emit(new Tuple(i++, in.current()));
            }
        });
    }

    /** The elements of several sources side by side, up to the end of the shortest, as F#'s Seq.map2 and zip. */
    @FunctionalInterface
    interface Combine {
        Object apply(long index, Object[] items);
    }

    static FSeq zipWith(Object[] sources, Combine combine) {
        return FSeq.of(() -> new Step() {
            private final Enumerator[] ins = new Enumerator[sources.length];
            private long i;

            {
                for (int k = 0; k < ins.length; k++) ins[k] = Items.enumerate(sources[k]);
            }

            @Override
            public boolean moveNext() {
                Object[] items = new Object[ins.length];
                for (int k = 0; k < ins.length; k++) {
                    if (!ins[k].moveNext()) return false;
                    items[k] = ins[k].current();
                }
                return emit(combine.apply(i++, items));
            }

            @Override
            public void close() {
                for (Enumerator e : ins) e.close();
            }
        });
    }

    static FSeq filter(Interpreter vm, Object predicate, Object source) {
        return FSeq.of(() -> new Reading(source) {
            @Override
            public boolean moveNext() {
                while (in.moveNext()) {
                    Object x = in.current();
                    if ((Boolean) vm.apply(predicate, x)) return emit(x);
                }
                return false;
            }
        });
    }

    static FSeq choose(Interpreter vm, Object chooser, Object source) {
        return FSeq.of(() -> new Reading(source) {
            @Override
            public boolean moveNext() {
                while (in.moveNext()) {
                    UnionValue chosen = (UnionValue) vm.apply(chooser, in.current());
                    if (chosen.tag == 1) return emit(chosen.fields[0]);
                }
                return false;
            }
        });
    }

    static FSeq collect(Interpreter vm, Object f, Object source) {
        return Sequences.concat(map(vm, f, source));
    }

    static FSeq pairwise(Object source) {
        return FSeq.of(() -> new Reading(source) {
            private Object previous;
            private boolean started;

            @Override
            public boolean moveNext() {
                if (!started) {
                    started = true;
                    if (!in.moveNext()) return false;
                    previous = in.current();
                }
                if (!in.moveNext()) return false;
                Object next = in.current();
                Tuple pair = new Tuple(previous, next);
                previous = next;
                return emit(pair);
            }
        });
    }

    /** The state, then the state after each element. */
    static FSeq scan(Interpreter vm, Object folder, Object state, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private boolean started;

            @Override
            public boolean moveNext() {
                if (!started) {
                    started = true;
                    return emit(state);
                }
                return in.moveNext() && emit(vm.apply(folder, current, in.current()));
            }
        });
    }

    static FSeq distinctBy(Interpreter vm, Object projection, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private final HashSet<StructuralKey> seen = new HashSet<>();

            @Override
            public boolean moveNext() {
                while (in.moveNext()) {
                    Object x = in.current();
                    Object key = projection == null ? x : vm.apply(projection, x);
                    if (seen.add(new StructuralKey(key))) return emit(x);
                }
                return false;
            }
        });
    }

    /** The elements not in itemsToExclude, each once; F# reads itemsToExclude only if the source has an element. */
    static FSeq except(Object itemsToExclude, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private HashSet<StructuralKey> seen;

            @Override
            public boolean moveNext() {
                while (in.moveNext()) {
                    if (seen == null) {
                        seen = new HashSet<>();
                        try (Items.Each xs = Items.each(itemsToExclude)) {
                            for (Object x : xs) seen.add(new StructuralKey(x));
                        }
                    }
                    Object x = in.current();
                    if (seen.add(new StructuralKey(x))) return emit(x);
                }
                return false;
            }
        });
    }

    /** Every pair of an element of the first source with one of the second, which is enumerated once. */
    static FSeq allPairs(Object firsts, Object seconds) {
        FSeq cached = Sequences.cache(seconds);
        return FSeq.of(() -> new Reading(firsts) {
            private Object x;
            private Enumerator ys;

            @Override
            public boolean moveNext() {
                while (true) {
                    if (ys != null && ys.moveNext()) return emit(new Tuple(x, ys.current()));
                    if (!in.moveNext()) return false;
                    x = in.current();
                    ys = cached.enumerator();
                }
            }
        });
    }
}
