package org.fusabi.vm.stdlib;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;

/**
 * .NET's {@code System.Math}: its static methods ({@code Math.Max}, overloads for floats {@code Math.Max~float})
 * and constants ({@code Math.PI} is {@code Math.get_PI}), with .NET's semantics: banker's rounding, NaN
 * propagation, the overflow of {@code Math.Abs} on the least int.
 */
final class MathMembers {
    private MathMembers() {}

    private static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("Sqrt", Math::sqrt), Map.entry("Exp", Math::exp), Map.entry("Log", Math::log),
            Map.entry("Log10", Math::log10), Map.entry("Log2", x -> Math.log(x) / Math.log(2)),
            Map.entry("Floor", Math::floor), Map.entry("Ceiling", Math::ceil), Map.entry("Round", Math::rint),
            Map.entry("Truncate", x -> x < 0 ? Math.ceil(x) : Math.floor(x)), Map.entry("Sin", Math::sin),
            Map.entry("Cos", Math::cos), Map.entry("Tan", Math::tan), Map.entry("Asin", Math::asin),
            Map.entry("Acos", Math::acos), Map.entry("Atan", Math::atan), Map.entry("Sinh", Math::sinh),
            Map.entry("Cosh", Math::cosh), Map.entry("Tanh", Math::tanh), Map.entry("Cbrt", Math::cbrt));

    static void install(Library lib) {
        UNARY.forEach((name, f) -> lib.define("Math." + name, "float -> float", (vm, a) -> f.applyAsDouble((Double) a[0])));
        lib.define("Math.Pow", "float -> float -> float", (vm, a) -> Math.pow((Double) a[0], (Double) a[1]));
        lib.define("Math.Atan2", "float -> float -> float", (vm, a) -> Math.atan2((Double) a[0], (Double) a[1]));
        lib.define("Math.Log~base", "float -> float -> float", (vm, a) -> Math.log((Double) a[0]) / Math.log((Double) a[1]));
        lib.define("Math.Round~digits", "float -> int -> float", (vm, a) -> round((Double) a[0], (Long) a[1]));
        lib.define("Math.Max", "int -> int -> int", (vm, a) -> Math.max((Long) a[0], (Long) a[1]));
        lib.define("Math.Max~float", "float -> float -> float", (vm, a) -> Math.max((Double) a[0], (Double) a[1]));
        lib.define("Math.Min", "int -> int -> int", (vm, a) -> Math.min((Long) a[0], (Long) a[1]));
        lib.define("Math.Min~float", "float -> float -> float", (vm, a) -> Math.min((Double) a[0], (Double) a[1]));
        lib.define("Math.Abs", "int -> int", (vm, a) -> Numeric.abs(a[0]));
        lib.define("Math.Abs~float", "float -> float", (vm, a) -> Math.abs((Double) a[0]));
        lib.define("Math.Sign", "int -> int", (vm, a) -> (long) Long.signum((Long) a[0]));
        lib.define("Math.Sign~float", "float -> int", (vm, a) -> {
            double d = (Double) a[0];
            if (Double.isNaN(d)) throw NetErrors.raise(NetExceptionType.ARITHMETIC, "Function does not accept floating point Not-a-Number values.");
            return (long) Math.signum(d);
        });
        lib.define("Math.Clamp", "int -> int -> int -> int", (vm, a) -> {
            long x = (Long) a[0];
            long min = (Long) a[1];
            long max = (Long) a[2];
            if (min > max) throw minMax(min, max);
            return Math.min(Math.max(x, min), max);
        });
        lib.define("Math.Clamp~float", "float -> float -> float -> float", (vm, a) -> {
            double x = (Double) a[0];
            double min = (Double) a[1];
            double max = (Double) a[2];
            if (min > max) throw minMax(min, max);
            return Math.min(Math.max(x, min), max);
        });
        lib.define("Math.get_PI", "unit -> float", (vm, a) -> Math.PI);
        lib.define("Math.get_E", "unit -> float", (vm, a) -> Math.E);
        lib.define("Math.get_Tau", "unit -> float", (vm, a) -> 2 * Math.PI);
    }

    /** Math.Round(x, digits) as .NET computes it: scale by a power of ten, round to even, scale back. */
    private static double round(double x, long digits) {
        if (digits < 0 || digits > 15) {
            throw NetErrors.argumentOutOfRange("Rounding digits must be between 0 and 15, inclusive.", "digits");
        }
        if (Math.abs(x) >= 1e16) return x;
        double power = Math.pow(10, digits);
        return Math.rint(x * power) / power;
    }

    private static RuntimeException minMax(Object min, Object max) {
        return NetErrors.argument("'" + org.fusabi.vm.value.Show.string(min) + "' cannot be greater than "
                + org.fusabi.vm.value.Show.string(max) + ".", null);
    }
}
