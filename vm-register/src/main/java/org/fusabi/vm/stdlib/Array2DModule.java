package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.Array2DValue;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.Unit;

/**
 * F#'s {@code Array2D} module and the members of {@code 'T[,]}: creation, {@code a.[i, j]} and its assignment,
 * the lengths, iteration and mapping, with FSharp.Core's argument checks.
 */
final class Array2DModule {
    private Array2DModule() {}

    static void install(Library lib) {
        lib.define("Array2D.init", "int -> int -> (int -> int -> 'a) -> Array2D<'a>", (vm, a) -> {
            Array2DValue out = make(a[0], a[1]);
            for (int i = 0; i < out.rows; i++) for (int j = 0; j < out.columns; j++) out.set(i, j, vm.apply(a[2], (long) i, (long) j));
            return out;
        });
        lib.define("Array2D.create", "int -> int -> 'a -> Array2D<'a>", a -> filled(make(a[0], a[1]), a[2]));
        // Filled with the zero of its numeric element type, the variant the compiler picks by that type (as Array's).
        Numeric.define(lib, "Array2D.zeroCreate", "int -> int -> Array2D<^a>", zero -> (vm, a) -> filled(make(a[0], a[1]), zero));
        lib.define("Array2D.length1", "Array2D<'a> -> int", a -> (long) array(a[0]).rows);
        lib.define("Array2D.length2", "Array2D<'a> -> int", a -> (long) array(a[0]).columns);
        lib.define("Array2D.base1", "Array2D<'a> -> int", a -> 0L);
        lib.define("Array2D.base2", "Array2D<'a> -> int", a -> 0L);
        lib.define("Array2D.get", "Array2D<'a> -> int -> int -> 'a", a -> array(a[0]).get((Long) a[1], (Long) a[2]));
        lib.define("Array2D.set", "Array2D<'a> -> int -> int -> 'a -> unit", a -> {
            array(a[0]).set((Long) a[1], (Long) a[2], a[3]);
            return Unit.VALUE;
        });
        lib.define("Array2D.copy", "Array2D<'a> -> Array2D<'a>", (vm, a) -> mapped(vm, null, array(a[0]), false));
        lib.define("Array2D.map", "('a -> 'b) -> Array2D<'a> -> Array2D<'b>", (vm, a) -> mapped(vm, a[0], array(a[1]), false));
        lib.define("Array2D.mapi", "(int -> int -> 'a -> 'b) -> Array2D<'a> -> Array2D<'b>", (vm, a) -> mapped(vm, a[0], array(a[1]), true));
        lib.define("Array2D.iter", "('a -> unit) -> Array2D<'a> -> unit", (vm, a) -> {
            Array2DValue x = array(a[1]);
            for (int i = 0; i < x.rows; i++) for (int j = 0; j < x.columns; j++) vm.apply(a[0], x.get(i, j));
            return Unit.VALUE;
        });
        lib.define("Array2D.iteri", "(int -> int -> 'a -> unit) -> Array2D<'a> -> unit", (vm, a) -> {
            Array2DValue x = array(a[1]);
            for (int i = 0; i < x.rows; i++) for (int j = 0; j < x.columns; j++) vm.apply(a[0], (long) i, (long) j, x.get(i, j));
            return Unit.VALUE;
        });
        lib.define("Array2D#get_Item", "Array2D<'a> -> int * int -> 'a", a -> {
            Object[] at = ((Tuple) a[1]).items;
            return array(a[0]).get((Long) at[0], (Long) at[1]);
        });
        lib.define("Array2D#set_Item", "Array2D<'a> -> int * int -> 'a -> unit", a -> {
            Object[] at = ((Tuple) a[1]).items;
            array(a[0]).set((Long) at[0], (Long) at[1], a[2]);
            return Unit.VALUE;
        });
        lib.define("Array2D#GetLength", "Array2D<'a> -> int -> int", a -> {
            long dimension = (Long) a[1];
            if (dimension != 0 && dimension != 1) throw NetErrors.indexOutOfRange();
            return (long) (dimension == 0 ? array(a[0]).rows : array(a[0]).columns);
        });
        lib.define("Array2D#Length", "Array2D<'a> -> int", a -> (long) array(a[0]).rows * array(a[0]).columns);
    }

    private static Array2DValue make(Object rows, Object columns) {
        long n1 = (Long) rows;
        long n2 = (Long) columns;
        if (n1 < 0) throw NetErrors.argument("The input must be non-negative.\nlength1 = " + n1, "length1");
        if (n2 < 0) throw NetErrors.argument("The input must be non-negative.\nlength2 = " + n2, "length2");
        return new Array2DValue((int) n1, (int) n2);
    }

    private static Array2DValue filled(Array2DValue out, Object value) {
        for (int i = 0; i < out.rows; i++) for (int j = 0; j < out.columns; j++) out.set(i, j, value);
        return out;
    }

    /** The array of f's results for x's cells (of f i j x when indexed; the cells themselves when f is null). */
    private static Array2DValue mapped(Interpreter vm, Object f, Array2DValue x, boolean indexed) {
        Array2DValue out = new Array2DValue(x.rows, x.columns);
        for (int i = 0; i < x.rows; i++) {
            for (int j = 0; j < x.columns; j++) {
                Object v = x.get(i, j);
                out.set(i, j, f == null ? v : indexed ? vm.apply(f, (long) i, (long) j, v) : vm.apply(f, v));
            }
        }
        return out;
    }

    private static Array2DValue array(Object x) {
        return (Array2DValue) x;
    }
}
