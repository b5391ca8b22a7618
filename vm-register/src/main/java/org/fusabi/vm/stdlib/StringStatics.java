package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.Show;

/**
 * .NET's static members of {@code System.String}: Join, Concat, Format (composite formatting), IsNullOrEmpty,
 * IsNullOrWhiteSpace, Empty, Compare, and the constructors {@code String('=', 8)} and {@code String(chars)}.
 */
final class StringStatics {
    private StringStatics() {}

    static void install(Library lib) {
        lib.define("String.Join", "string -> seq<string> -> string", (vm, a) -> StringModule.join((String) a[0], a[1]));
        lib.define("String.Join~char", "char -> seq<string> -> string", (vm, a) -> StringModule.join(String.valueOf(a[0]), a[1]));
        lib.define("String.Join~values", "string -> seq<'a> -> string", (vm, a) -> StringModule.join((String) a[0], a[1]));
        lib.define("String.Concat", "seq<'a> -> string", (vm, a) -> StringModule.join("", a[0]));
        lib.define("String.Concat~two", "'a -> 'b -> string", (vm, a) -> Show.string(a[0]) + Show.string(a[1]));
        lib.define("String.Concat~three", "'a -> 'b -> 'c -> string",
                (vm, a) -> Show.string(a[0]) + Show.string(a[1]) + Show.string(a[2]));
        lib.define("String.Concat~four", "'a -> 'b -> 'c -> 'd -> string",
                (vm, a) -> Show.string(a[0]) + Show.string(a[1]) + Show.string(a[2]) + Show.string(a[3]));
        lib.define("String.Format", "string -> 'a -> string", (vm, a) -> CompositeFormatString.format((String) a[0], new Object[] {a[1]}));
        lib.define("String.Format~two", "string -> 'a -> 'b -> string",
                (vm, a) -> CompositeFormatString.format((String) a[0], new Object[] {a[1], a[2]}));
        lib.define("String.Format~three", "string -> 'a -> 'b -> 'c -> string",
                (vm, a) -> CompositeFormatString.format((String) a[0], new Object[] {a[1], a[2], a[3]}));
        lib.define("String.Format~four", "string -> 'a -> 'b -> 'c -> 'd -> string",
                (vm, a) -> CompositeFormatString.format((String) a[0], new Object[] {a[1], a[2], a[3], a[4]}));
        lib.define("String.IsNullOrEmpty", "string -> bool", (vm, a) -> ((String) a[0]).isEmpty());
        lib.define("String.IsNullOrWhiteSpace", "string -> bool", (vm, a) -> ((String) a[0]).chars().allMatch(c -> StringModule.isWhiteSpace((char) c)));
        lib.define("String.get_Empty", "unit -> string", (vm, a) -> "");
        lib.define("String.Compare", "string -> string -> int", (vm, a) -> (long) StringMembers.compare((String) a[0], (String) a[1]));
        lib.define("String.CompareOrdinal", "string -> string -> int", (vm, a) -> (long) StringComparisons.compare(a[0], a[1], StringComparisons.ORDINAL));
        lib.define("String.new", "char -> int -> string", (vm, a) -> {
            long n = (Long) a[1];
            if (n < 0) throw NetErrors.argumentOutOfRange("Non-negative number required.", "count");
            vm.charge(n);
            return String.valueOf((char) (Character) a[0]).repeat(Math.toIntExact(n));
        });
        lib.define("String.new~chars", "char[] -> string", (vm, a) -> {
            StringBuilder out = new StringBuilder();
            for (Object c : ArrayValues.boxed(a[0])) out.append((char) (Character) c);
            return out.toString();
        });
    }
}
