package org.fusabi.vm.value;

import java.util.Arrays;

/** F#'s {@code 'T[,]}: a rectangular array, its cells row by row, compared by its dimensions and elements. */
public final class Array2DValue {
    public final int rows;
    public final int columns;
    private final Object[] cells;

    public Array2DValue(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.cells = new Object[rows * columns];
    }

    public Object get(long row, long column) {
        return cells[index(row, column)];
    }

    public void set(long row, long column, Object value) {
        cells[index(row, column)] = value;
    }

    private int index(long row, long column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw org.fusabi.vm.NetErrors.indexOutOfRange();
        }
        return (int) row * columns + (int) column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Array2DValue a && a.rows == rows && a.columns == columns && Values.allEqual(a.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(new int[] {rows, columns}) + Values.hashSequence(Arrays.asList(cells));
    }
}
