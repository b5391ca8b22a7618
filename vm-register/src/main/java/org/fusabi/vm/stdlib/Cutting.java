package org.fusabi.vm.stdlib;

import java.util.Arrays;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.FSeq;

/**
 * The lazy sequence functions that keep, drop or group runs of elements, with F#'s Seq semantics: errors about
 * the source's length are raised when the enumeration meets them, errors about arguments at the call.
 */
final class Cutting {
    private Cutting() {}

    static FSeq take(long count, Object source) {
        if (count < 0) throw FSharpErrors.negative("count", count);
        if (count == 0) return Sequences.EMPTY;
        return FSeq.of(() -> new Reading(source) {
            private long left = count;

            @Override
            public boolean moveNext() {
                if (left == 0) return false;
                if (!in.moveNext()) {
                    throw NetErrors.invalidOperation(FSharpErrors.NOT_ENOUGH_ELEMENTS + ": tried to take " + left + " "
                            + FSharpErrors.elements(left) + " past the end of the seq. Use Seq.truncate to get "
                            + count + " or less elements");
                }
                left--;
                return emit(in.current());
            }
        });
    }

    static FSeq skip(long count, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private boolean skipped;

            @Override
            public boolean moveNext() {
                if (!skipped) {
                    skipped = true;
                    for (long x = 1; x <= count; x++) {
                        // F#'s format puts the message where the count should be, and the count after it.
                        if (!in.moveNext()) {
                            throw NetErrors.invalidOperation("tried to skip " + FSharpErrors.NOT_ENOUGH_ELEMENTS + " "
                                    + x + " past the end of the seq");
                        }
                    }
                }
                return in.moveNext() && emit(in.current());
            }
        });
    }

    static FSeq truncate(long count, Object source) {
        if (count <= 0) return Sequences.EMPTY;
        return FSeq.of(() -> new Reading(source) {
            private long left = count;

            @Override
            public boolean moveNext() {
                if (left == 0 || !in.moveNext()) return false;
                left--;
                return emit(in.current());
            }
        });
    }

    static FSeq takeWhile(Interpreter vm, Object predicate, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private boolean done;

            @Override
            public boolean moveNext() {
                if (done || !in.moveNext()) return false;
                Object x = in.current();
                if ((Boolean) vm.apply(predicate, x)) return emit(x);
                done = true;
                return false;
            }
        });
    }

    static FSeq skipWhile(Interpreter vm, Object predicate, Object source) {
        return FSeq.of(() -> new Reading(source) {
            private boolean taking;

            @Override
            public boolean moveNext() {
                while (in.moveNext()) {
                    Object x = in.current();
                    if (taking || !(Boolean) vm.apply(predicate, x)) {
                        taking = true;
                        return emit(x);
                    }
                }
                return false;
            }
        });
    }

    static FSeq tail(Object source) {
        return FSeq.of(() -> new Reading(source) {
            private boolean started;

            @Override
            public boolean moveNext() {
                if (!started) {
                    started = true;
                    if (!in.moveNext()) throw NetErrors.argument(FSharpErrors.NOT_ENOUGH_ELEMENTS, "source");
                }
                return in.moveNext() && emit(in.current());
            }
        });
    }

    /** Arrays of windowSize consecutive elements, one per position. */
    static FSeq windowed(long windowSize, Object source) {
        if (windowSize <= 0) throw FSharpErrors.notPositive("windowSize", windowSize);
        int size = Math.toIntExact(windowSize);
        return FSeq.of(() -> new Reading(source) {
            private final Object[] ring = new Object[size];
            private long seen;

            @Override
            public boolean moveNext() {
                while (in.moveNext()) {
                    ring[(int) (seen++ % size)] = in.current();
                    if (seen >= size) {
                        Object[] window = new Object[size];
                        for (int j = 0; j < size; j++) window[j] = ring[(int) ((seen + j) % size)];
                        return emit(window);
                    }
                }
                return false;
            }
        });
    }

    /** Arrays of chunkSize consecutive elements, the last one shorter if the elements run out. */
    static FSeq chunkBySize(long chunkSize, Object source) {
        if (chunkSize <= 0) throw FSharpErrors.notPositive("chunkSize", chunkSize);
        int size = (int) Math.min(chunkSize, Integer.MAX_VALUE - 8);
        return FSeq.of(() -> new Reading(source) {
            @Override
            public boolean moveNext() {
                if (!in.moveNext()) return false;
                Object[] chunk = new Object[Math.min(size, 16)];
                int n = 0;
                do {
                    if (n == chunk.length) chunk = Arrays.copyOf(chunk, Math.min(size, 2 * n));
                    chunk[n++] = in.current();
                } while (n < size && in.moveNext());
                return emit(n == chunk.length ? chunk : Arrays.copyOf(chunk, n));
            }
        });
    }

    /**
     * Seq.insertAt, insertManyAt, removeAt, removeManyAt and updateAt: from position index, {@code removed}
     * elements are left out and the elements of {@code insertion} (or none, if null) put in their place.
     */
    static FSeq splice(long index, long removed, Object insertion, Object source) {
        if (index < 0) throw outOfBounds();
        return FSeq.of(() -> new Reading(source) {
            private long i;
            private Enumerator inserting;
            private Object held;
            private boolean holding;
            private boolean ended;

            @Override
            public boolean moveNext() {
                while (true) {
                    if (inserting != null) {
                        if (inserting.moveNext()) return emit(inserting.current());
                        inserting.close();
                        inserting = null;
                    }
                    if (holding) {
                        holding = false;
                        return emit(held);
                    }
                    if (ended) return false;
                    if (!in.moveNext()) {
                        ended = true;
                        if (removed == 0 && i == index && insertion != null) {
                            inserting = Items.enumerate(insertion);
                            continue;
                        }
                        if (removed == 0 ? i < index : i <= index) throw outOfBounds();
                        return false;
                    }
                    Object x = in.current();
                    long at = i++;
                    boolean kept = at < index || at >= index + removed;
                    if (at == index && insertion != null) {
                        inserting = Items.enumerate(insertion);
                        held = x;
                        holding = kept;
                    } else if (kept) {
                        return emit(x);
                    }
                }
            }

            @Override
            public void close() {
                try {
                    if (inserting != null) inserting.close();
                } finally {
                    in.close();
                }
            }
        });
    }

    private static RuntimeException outOfBounds() {
        return NetErrors.argument("index must be within bounds of the array", "index");
    }
}
