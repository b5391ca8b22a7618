package org.fusabi.vm.value;

import java.util.Arrays;
import org.fusabi.vm.NetErrors;

/**
 * F#'s rectangular arrays {@code 'T[,]}, {@code 'T[,,]} and {@code 'T[,,,]}: a length and a lower bound per
 * dimension (the bound is 0 unless made by {@code Array2D.initBased} and friends), the cells with the last index
 * varying fastest, compared by their shape and cells.
 */
public final class MultiArray {
    private final int[] lengths;
    private final int[] bases;
    private final Object[] cells;

    public MultiArray(int[] lengths, int[] bases) {
        this.lengths = lengths.clone();
        this.bases = bases.clone();
        int size = 1;
        for (int n : lengths) size *= n;
        this.cells = new Object[size];
    }

    /** A zero-based array of these lengths. */
    public static MultiArray zeroBased(int... lengths) {
        return new MultiArray(lengths, new int[lengths.length]);
    }

    public int rank() {
        return lengths.length;
    }

    public int length(int dimension) {
        return lengths[dimension];
    }

    public int lowerBound(int dimension) {
        return bases[dimension];
    }

    public int size() {
        return cells.length;
    }

    /** The cell at these indices, each counted from its dimension's lower bound as F#'s {@code a.[i, j]}. */
    public Object get(long... at) {
        return cells[offset(at)];
    }

    public void set(long[] at, Object value) {
        cells[offset(at)] = value;
    }

    /** The cell at this position of the row-major order, whatever the bounds. */
    public Object cell(int position) {
        return cells[position];
    }

    public void setCell(int position, Object value) {
        cells[position] = value;
    }

    private int offset(long[] at) {
        if (at.length != lengths.length) throw NetErrors.indexOutOfRange();
        int offset = 0;
        for (int d = 0; d < at.length; d++) {
            long i = at[d] - bases[d];
            if (i < 0 || i >= lengths[d]) throw NetErrors.indexOutOfRange();
            offset = offset * lengths[d] + (int) i;
        }
        return offset;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiArray a && Arrays.equals(a.lengths, lengths) && Arrays.equals(a.bases, bases) && Values.allEqual(a.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lengths) + Values.hashSequence(Arrays.asList(cells));
    }
}
