package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Interpreter;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.printf.CompositeFormat;
import org.fusabi.vm.printf.FormatException;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.EnumValue;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.MultiArray;
import org.fusabi.vm.value.NetException;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * Natives the compiler itself calls: conversions, ranges, comprehension builders, string indexing.
 */
final class CoreNatives {
    private CoreNatives() {}

    static void install(Library lib) {
        lib.define("string", "'a -> string", (vm, a) -> ObjectOverrides.string(vm, a[0]));
        // an interpolated string's hole {x,alignment:format}; the format is "" when absent
        lib.define("Convert.composite", "int -> string -> 'a -> string", (vm, a) -> {
            // the padding is as wide as the alignment, which a damaged image can make billions of characters
            vm.charge(Math.abs((Long) a[0]));
            String format = (String) a[1];
            try {
                return CompositeFormat.format(ObjectOverrides.shown(vm, a[2]), (int) (long) (Long) a[0], format.isEmpty() ? null : format);
            } catch (FormatException e) {
                throw NetErrors.format("Format specifier was invalid.");
            }
        });
        // What %A prints for an object whose class overrides ToString (StructuredDisplay).
        lib.define("Convert.verbatimDisplay", "string -> Object", a -> new Displayed((String) a[0]));
        lib.define("abs", "^a -> ^a", (vm, a) -> Numeric.abs(a[0]));
        lib.define("Exn.message", "exn -> string", (vm, a) -> a[0] instanceof NetException e ? e.message : message((UnionValue) a[0]));
        lib.define("Exn.isType", "exn -> string -> bool", (vm, a) -> isType(a[0], (String) a[1]));
        // obj is any value, as it is boxed: box only changes the type the checker sees; unbox is obj's downcast.
        lib.define("box", "'a -> Object", a -> a[0]);
        lib.define("unbox", "Object -> 'a", a -> a[0]);
        lib.define("String.get", "string -> int -> char", (vm, a) -> charAt((String) a[0], (Long) a[1]));
        lib.define("Range.list", "int -> int -> int -> int list", (vm, a) -> rangeList(vm, (Long) a[0], (Long) a[1], (Long) a[2]));
        lib.define("Range.array", "int -> int -> int -> int[]", (vm, a) -> rangeList(vm, (Long) a[0], (Long) a[1], (Long) a[2]).toArray());
        lib.define("Range.seq", "int -> int -> int -> seq<int>", (vm, a) -> Sequences.range((Long) a[0], (Long) a[1], (Long) a[2]));
        lib.define("Range.chars", "char -> char -> char list", (vm, a) -> charRange(vm, (Character) a[0], (Character) a[1]));
        lib.define("Range.floats", "float -> float -> float -> float list", (vm, a) -> floatRange(vm, (Double) a[0], (Double) a[1], (Double) a[2]));
        lib.define("Range.numbers", "^a -> ^a -> ^a -> ^a list", (vm, a) -> numberRange(vm, a[0], a[1], a[2]));
        lib.define("Builder.create", "unit -> builder<'a>", (vm, a) -> new ArrayList<Object>());
        lib.define("Builder.add", "builder<'a> -> 'a -> unit", (vm, a) -> {
            builder(a[0]).add(a[1]);
            return Unit.VALUE;
        });
        lib.define("Builder.toList", "builder<'a> -> 'a list", (vm, a) -> FList.of(builder(a[0]).toArray()));
        lib.define("Builder.toArray", "builder<'a> -> 'a[]", (vm, a) -> builder(a[0]).toArray());
    }

    /** F#'s Exception.Message: the text of Failure and VM errors, a generic sentence for declared exceptions. */
    /** An F# exception's Message: Failure's text; a declared exception's %A, as F# 7's generated Message gives it. */
    private static String message(UnionValue e) {
        if (e.type == UnionType.FAILURE) return (String) e.fields[0];
        return Show.any(e);
    }

    /**
     * {@code :? T}: whether the exception is of the .NET class T or one derived from it. Every exception is a
     * System.Exception; Failure is exactly that; a declared F# exception is its own class. An object of a script's
     * class is tested against the names of T and its derived classes, separated by '|'.
     */
    private static boolean isType(Object exn, String type) {
        if (type.equals("IComparable")) return ComparableMembers.implementedBy(exn);
        if (exn instanceof RecordValue object) return List.of(type.split("\\|")).contains(object.type.name());
        if (exn instanceof EnumValue e) return e.type().fullName.equals(type) || e.type().fullName.endsWith("." + type);
        switch (type) {
            case "int" -> { return exn instanceof Long; }
            case "float" -> { return exn instanceof Double; }
            case "string" -> { return exn instanceof String; }
            case "bool" -> { return exn instanceof Boolean; }
            case "char" -> { return exn instanceof Character; }
            case "list" -> { return exn instanceof FList; }
            case "Array2D", "Array3D", "Array4D" -> { return exn instanceof MultiArray m && m.rank() == type.charAt(5) - '0'; }
            default -> { }
        }
        if (exn instanceof UnionValue u && u.type.name().equals(type)) return true;
        if (type.equals("exn") || type.equals("Exception") || type.equals("System.Exception")) return true;
        return switch (exn) {
            case NetException e -> e.type.isA(type);
            case UnionValue u -> u.type != UnionType.FAILURE && (u.caseName().equals(type) || type.endsWith("." + u.caseName()));
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private static ArrayList<Object> builder(Object o) {
        return (ArrayList<Object>) o;
    }

    private static FList charRange(Interpreter vm, char from, char to) {
        vm.charge(Math.max(0, to - from + 1));
        ArrayList<Object> items = new ArrayList<>();
        for (int c = from; c <= to; c++) items.add((char) c);
        return FList.of(items.toArray());
    }

    /**
     * FSharp.Core's float range: each element is the previous one plus the step, so rounding accumulates as in F#.
     * A step below the precision of the bounds would never get there; its count is far too large to be built.
     */
    private static FList floatRange(Interpreter vm, double from, double step, double to) {
        if (step == 0) throw NetErrors.argument("The step of a range cannot be zero.", "step");
        vm.building((long) Math.max(0, (to - from) / step), ListModule.BOXED_INT_CELL);
        ArrayList<Object> items = new ArrayList<>();
        for (double x = from; step > 0 ? x <= to : x >= to; x += step) items.add(x);
        return FList.of(items.toArray());
    }

    /** A range of another numeric type (bytes, int32s, decimals, bigints …): each element the previous plus the step. */
    private static FList numberRange(Interpreter vm, Object from, Object step, Object to) {
        long direction = Numeric.sign(step);
        if (direction == 0) throw NetErrors.argument("The step of a range cannot be zero.", "step");
        vm.building((long) Math.max(0, (Numeric.approximate(to) - Numeric.approximate(from)) / Numeric.approximate(step)), ListModule.BOXED_INT_CELL);
        ArrayList<Object> items = new ArrayList<>();
        for (Object x = from; direction * Values.compare(x, to) <= 0; ) {
            items.add(x);
            Object next = Numeric.add(x, step);
            // A step that wraps past the type's end (250uy + 10uy) has gone past the range's end too.
            if (direction * Values.compare(next, x) <= 0) break;
            x = next;
        }
        return FList.of(items.toArray());
    }

    private static FList rangeList(Interpreter vm, long from, long step, long to) {
        if (step == 0) throw NetErrors.argument("The step of a range cannot be zero.", "step");
        vm.building((long) Math.max(0, ((double) to - from) / step), ListModule.BOXED_INT_CELL);
        ArrayList<Object> items = new ArrayList<>();
        if (step > 0) for (long i = from; i <= to; i += step) items.add(i);
        else for (long i = from; i >= to; i += step) items.add(i);
        return FList.of(items.toArray());
    }

    /** .NET's string indexer, whose error is the array one. */
    private static Object charAt(String s, long i) {
        if (i < 0 || i >= s.length()) throw NetErrors.indexOutOfRange();
        return s.charAt((int) i);
    }

    /** A value %A shows as the text it was made with. */
    private record Displayed(String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
