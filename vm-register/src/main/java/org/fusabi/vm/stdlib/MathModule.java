package org.fusabi.vm.stdlib;

import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.fusabi.vm.Library;

/**
 * F#'s math functions, both top-level ({@code sqrt}) and as {@code Math.sqrt} (LANGUAGE.md). The constants
 * Math.PI and Math.E are values, which the compiler provides.
 */
public final class MathModule {
    private MathModule() {}

    private static final Map<String, DoubleUnaryOperator> UNARY = Map.ofEntries(
            Map.entry("sqrt", Math::sqrt),
            Map.entry("exp", Math::exp),
            Map.entry("log", Math::log),
            Map.entry("log10", Math::log10),
            Map.entry("sin", Math::sin),
            Map.entry("cos", Math::cos),
            Map.entry("tan", Math::tan),
            Map.entry("asin", Math::asin),
            Map.entry("acos", Math::acos),
            Map.entry("atan", Math::atan),
            Map.entry("floor", Math::floor),
            Map.entry("ceil", Math::ceil),
            // F#'s round goes to the even neighbour on halves (banker's rounding), as rint does.
            Map.entry("round", Math::rint),
            Map.entry("truncate", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));

    public static void install(Library lib) {
        for (String prefix : new String[] {"", "Math."}) {
            UNARY.forEach((name, f) -> lib.define(prefix + name, "float -> float",
                    (vm, a) -> f.applyAsDouble((Double) a[0])));
            lib.define(prefix + "atan2", "float -> float -> float", (vm, a) -> Math.atan2((Double) a[0], (Double) a[1]));
            lib.define(prefix + "pown", "^a -> int -> ^a", (vm, a) -> Numeric.pown(a[0], (Long) a[1]));
        }
        // The compiler treats a bare abs as a special form, bound to CoreNatives' "abs".
        lib.define("Math.abs", "^a -> ^a", (vm, a) -> Numeric.abs(a[0]));
    }
}
