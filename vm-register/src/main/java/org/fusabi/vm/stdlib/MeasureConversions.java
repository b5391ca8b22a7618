package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;

/**
 * FSharp.Core's {@code LanguagePrimitives.FloatWithMeasure} and its siblings, which give a number a unit. Units of
 * measure are erased (the compiler drops them), so each returns its argument. Int32 is {@code int}, F#'s name for it.
 */
final class MeasureConversions {
    private MeasureConversions() {}

    static void install(Library lib) {
        String[][] conversions = {
            {"Float", "float"}, {"Float32", "float32"}, {"Decimal", "decimal"}, {"Int32", "int"}, {"Int64", "int64"},
            {"Int16", "int16"}, {"SByte", "sbyte"}};
        for (String[] c : conversions) {
            lib.define("LanguagePrimitives." + c[0] + "WithMeasure", c[1] + " -> " + c[1], (vm, a) -> a[0]);
        }
    }
}
