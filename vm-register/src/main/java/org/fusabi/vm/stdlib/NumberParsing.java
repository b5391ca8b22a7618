package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.Tuple;

/**
 * .NET's numeric types' statics: {@code Int32.Parse}, {@code TryParse} (a tuple, as F# sees an out parameter),
 * {@code Double.IsNaN}... for Int32, Int64, Double, Decimal and Boolean, with .NET's FormatException and OverflowException
 * (their limits, {@code MaxValue}..., are with the numeric types' other statics in NumericTypes).
 * Fusabi's {@code int} is 64-bit, so Int32's results are ints checked against Int32's range.
 */
final class NumberParsing {
    private NumberParsing() {}

    static void install(Library lib) {
        integer(lib, "Int32", Integer.MIN_VALUE, Integer.MAX_VALUE);
        integer(lib, "Int64", Long.MIN_VALUE, Long.MAX_VALUE);
        lib.define("Double.Parse", "string -> float", (vm, a) -> parseDouble((String) a[0]));
        lib.define("Double.TryParse", "string -> bool * float", (vm, a) -> {
            try {
                return new Tuple(true, parseDouble((String) a[0]));
            } catch (RuntimeException e) {
                return new Tuple(false, 0.0);
            }
        });
        lib.define("Double.IsNaN", "float -> bool", (vm, a) -> Double.isNaN((Double) a[0]));
        lib.define("Double.IsInfinity", "float -> bool", (vm, a) -> Double.isInfinite((Double) a[0]));
        lib.define("Double.IsPositiveInfinity", "float -> bool", (vm, a) -> (Double) a[0] == Double.POSITIVE_INFINITY);
        lib.define("Double.IsNegativeInfinity", "float -> bool", (vm, a) -> (Double) a[0] == Double.NEGATIVE_INFINITY);
        lib.define("Double.IsFinite", "float -> bool", (vm, a) -> Double.isFinite((Double) a[0]));
        lib.define("Decimal.Parse", "string -> decimal", (vm, a) -> NumericTypes.Conversions.toDecimal(a[0]));
        lib.define("Decimal.TryParse", "string -> bool * decimal", (vm, a) -> {
            try {
                return new Tuple(true, NumericTypes.Conversions.toDecimal(a[0]));
            } catch (RuntimeException e) {
                return new Tuple(false, java.math.BigDecimal.ZERO);
            }
        });
        lib.define("Boolean.Parse", "string -> bool", (vm, a) -> parseBoolean((String) a[0]));
        lib.define("Boolean.TryParse", "string -> bool * bool", (vm, a) -> {
            String s = ((String) a[0]).strip();
            boolean known = s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false");
            return new Tuple(known, known && s.equalsIgnoreCase("true"));
        });
    }

    private static void integer(Library lib, String type, long min, long max) {
        lib.define(type + ".Parse", "string -> int", (vm, a) -> parseInteger((String) a[0], type, min, max));
        lib.define(type + ".TryParse", "string -> bool * int", (vm, a) -> {
            try {
                return new Tuple(true, parseInteger((String) a[0], type, min, max));
            } catch (RuntimeException e) {
                return new Tuple(false, 0L);
            }
        });
    }

    /** NumberStyles.Integer: white space around, an optional sign, decimal digits. */
    static long parseInteger(String s, String type, long min, long max) {
        String t = s.strip();
        if (!t.matches("[+-]?[0-9]+")) throw notAFormat(s);
        try {
            long n = Long.parseLong(t);
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for an " + type + ".");
        }
    }

    /** NumberStyles.Float and AllowThousands: decimal digits, a point, an exponent, NaN and the infinities. */
    static double parseDouble(String s) {
        String t = s.strip();
        switch (t) {
            case "NaN" -> { return Double.NaN; }
            case "Infinity", "+Infinity", "∞" -> { return Double.POSITIVE_INFINITY; }
            case "-Infinity", "-∞" -> { return Double.NEGATIVE_INFINITY; }
            default -> { }
        }
        if (!t.matches("[+-]?([0-9][0-9,]*)?(\\.[0-9]*)?([eE][+-]?[0-9]+)?") || !t.matches(".*[0-9].*")) throw notAFormat(s);
        return Double.parseDouble(t.replace(",", ""));
    }

    static boolean parseBoolean(String s) {
        String t = s.strip();
        if (t.equalsIgnoreCase("true")) return true;
        if (t.equalsIgnoreCase("false")) return false;
        throw NetErrors.format("String '" + s + "' was not recognized as a valid Boolean.");
    }

    static RuntimeException notAFormat(String s) {
        return NetErrors.format("The input string '" + s + "' was not in a correct format.");
    }
}
