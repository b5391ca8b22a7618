package org.fusabi.vm.stdlib;

import java.util.ArrayDeque;
import java.util.ArrayList;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;
import org.fusabi.vm.value.Step;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/**
 * Lazy sequences made from nothing or from other sequences as wholes: the generators of F#'s Seq module and the
 * combinators F# translates sequence expressions into (F# spec 6.3.11: delay, append, collect, singleton, empty,
 * and RuntimeHelpers' EnumerateWhile and EnumerateThenFinally; EnumerateUsing is a tryFinally whose
 * compensation disposes the resource).
 */
final class Sequences {
    private Sequences() {}

    static final FSeq EMPTY = FSeq.of(() -> new Step() {
        @Override
        public boolean moveNext() {
            return false;
        }
    });

    static FSeq singleton(Object x) {
        return FSeq.of(() -> new Step() {
            private boolean done;

            @Override
            public boolean moveNext() {
                if (done) return false;
                done = true;
                return emit(x);
            }
        });
    }

    /** {@code Seq.delay f}: every enumeration calls f for the sequence to enumerate. */
    static FSeq delay(Interpreter vm, Object f) {
        return new Delay(vm, f);
    }

    static FSeq append(Object first, Object second) {
        return new Append(first, second);
    }

    /**
     * A sequence expression's {@code c1; c2} and F#'s Seq.append. Chains of appends and delays are enumerated
     * flat (see {@link Chain}), so a recursive generator or 100,000 nested appends run in constant Java stack.
     */
    private static final class Append extends FSeq {
        final Object first;
        final Object second;

        Append(Object first, Object second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public Enumerator enumerator() {
            return new Chain(this);
        }
    }

    private static final class Delay extends FSeq {
        private final Interpreter vm;
        private final Object f;

        Delay(Interpreter vm, Object f) {
            this.vm = vm;
            this.f = f;
        }

        Object force() {
            return vm.apply(f, Unit.VALUE);
        }

        @Override
        public Enumerator enumerator() {
            return new Chain(this);
        }
    }

    /**
     * Enumerates a tree of appends and delays with an explicit stack of the parts still to come, as F#'s
     * generators do ("right-associate binding"): the Java stack stays flat however the tree is nested.
     */
    private static final class Chain extends Step {
        private final ArrayDeque<Object> pending = new ArrayDeque<>();
        private Enumerator active;

        Chain(Object root) {
            pending.push(root);
        }

        @Override
        public boolean moveNext() {
            while (true) {
                if (active != null) {
                    if (active.moveNext()) return emit(active.current());
                    active.close();
                    active = null;
                }
                if (pending.isEmpty()) return false;
                Object next = pending.pop();
                while (true) {
                    if (next instanceof Append a) {
                        pending.push(a.second);
                        next = a.first;
                    } else if (next instanceof Delay d) {
                        next = d.force();
                    } else {
                        break;
                    }
                }
                active = Items.enumerate(next);
            }
        }

        @Override
        public void close() {
            pending.clear();
            if (active != null) active.close();
            active = null;
        }
    }

    /** Seq.concat: the sequences of a sequence, one after the other. */
    static FSeq concat(Object sources) {
        return FSeq.of(() -> new Step() {
            private final Enumerator outer = Items.enumerate(sources);
            private Enumerator inner;

            @Override
            public boolean moveNext() {
                while (true) {
                    if (inner != null) {
                        if (inner.moveNext()) return emit(inner.current());
                        inner.close();
                        inner = null;
                    }
                    if (!outer.moveNext()) return false;
                    inner = Items.enumerate(outer.current());
                }
            }

            @Override
            public void close() {
                try {
                    if (inner != null) inner.close();
                } finally {
                    outer.close();
                }
            }
        });
    }

    /** The integers {@code from .. step .. to}, computed as they are read ({@code for i in 1 .. n} in a seq). */
    static FSeq range(long from, long step, long to) {
        if (step == 0) throw NetErrors.argument("The step of a range cannot be zero.", "step");
        return FSeq.of(() -> new Step() {
            private long next = from;
            private boolean done;

            @Override
            public boolean moveNext() {
                if (done || (step > 0 ? next > to : next < to)) return false;
                long x = next;
                next = x + step;
                // Past the last value, or wrapped around the ends of int: nothing follows.
                done = x == to || step > 0 == next < x;
                return emit(x);
            }
        });
    }

    /** Seq.init: F# computes an element only when it is read, so Seq.length never calls the initializer. */
    static FSeq init(Interpreter vm, long count, Object f) {
        if (count < 0) throw FSharpErrors.negative("count", count);
        return upTo(vm, count, f);
    }

    static FSeq initInfinite(Interpreter vm, Object f) {
        return upTo(vm, Long.MAX_VALUE, f);
    }

    private static FSeq upTo(Interpreter vm, long count, Object f) {
        return FSeq.of(() -> new Enumerator() {
            private long index = -1;
            private Object current;

            @Override
            public boolean moveNext() {
                if (index + 1 >= count) return false;
                vm.charge(1);
                index++;
                current = null;
                return true;
            }

            @Override
            public Object current() {
                if (current == null) current = vm.apply(f, index);
                return current;
            }
        });
    }

    /** Seq.replicate, which is .NET's Enumerable.Repeat. */
    static FSeq replicate(Interpreter vm, long count, Object x) {
        if (count < 0) throw NetErrors.argumentOutOfRange("Specified argument was out of the range of valid values.", "count");
        return FSeq.of(() -> new Step() {
            private long left = count;

            @Override
            public boolean moveNext() {
                if (left == 0) return false;
                vm.charge(1);
                left--;
                return emit(x);
            }
        });
    }

    static FSeq unfold(Interpreter vm, Object f, Object state) {
        return FSeq.of(() -> new Step() {
            private Object s = state;

            @Override
            public boolean moveNext() {
                UnionValue next = (UnionValue) vm.apply(f, s);
                if (next.tag == 0) return false;
                Tuple pair = (Tuple) next.fields[0];
                s = pair.items[1];
                return emit(pair.items[0]);
            }
        });
    }

    /** Seq.cache: the source is enumerated once, as far as any enumeration of the result has gone. */
    static FSeq cache(Object source) {
        ArrayList<Object> prefix = new ArrayList<>();
        Enumerator[] shared = new Enumerator[1];
        boolean[] finished = new boolean[1];
        return FSeq.of(() -> new Step() {
            private int next;

            @Override
            public boolean moveNext() {
                if (next == prefix.size() && !finished[0]) {
                    if (shared[0] == null) shared[0] = Items.enumerate(source);
                    if (shared[0].moveNext()) {
                        prefix.add(shared[0].current());
                    } else {
                        finished[0] = true;
                        shared[0].close();
                    }
                }
                return next < prefix.size() && emit(prefix.get(next++));
            }
        });
    }

    /** RuntimeHelpers.EnumerateWhile: {@code while guard () do yield! body}, the body enumerated afresh each time. */
    static FSeq generateWhile(Interpreter vm, Object guard, Object body) {
        return FSeq.of(() -> new Step() {
            private Enumerator inner;

            @Override
            public boolean moveNext() {
                while (true) {
                    if (inner == null) {
                        if (!(Boolean) vm.apply(guard, Unit.VALUE)) return false;
                        inner = Items.enumerate(body);
                    }
                    if (inner.moveNext()) return emit(inner.current());
                    inner.close();
                    inner = null;
                }
            }

            @Override
            public void close() {
                if (inner != null) inner.close();
            }
        });
    }

    /**
     * RuntimeHelpers.EnumerateThenFinally: the source, then the compensation once, when the enumeration ends or
     * is disposed early (an exception or a consumer that stops).
     */
    static FSeq tryFinally(Interpreter vm, Object source, Object compensation) {
        return FSeq.of(() -> new Step() {
            private Enumerator inner = Items.enumerate(source);

            @Override
            public boolean moveNext() {
                if (inner == null) return false;
                if (inner.moveNext()) return emit(inner.current());
                close();
                return false;
            }

            @Override
            public void close() {
                if (inner == null) return;
                Enumerator e = inner;
                inner = null;
                try {
                    e.close();
                } finally {
                    vm.apply(compensation, Unit.VALUE);
                }
            }
        });
    }

    /** Seq.readonly: the same elements, through a sequence that hides what the source is. */
    static FSeq readOnly(Object source) {
        return FSeq.of(() -> Items.enumerate(source));
    }
}
