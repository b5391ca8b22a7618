package org.fusabi.vm.stdlib;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.EnumValue;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.NetType;

/**
 * .NET's {@code StringComparison} and the string members that take one ({@code s.StartsWith(x,
 * StringComparison.OrdinalIgnoreCase)}, {@code String.Compare(a, b, StringComparison.Ordinal)}, {@code
 * String.Equals}), and {@code String.Compare(a, b, ignoreCase)}. The culture-sensitive comparisons use the
 * invariant culture, as Fusabi's other culture-dependent members do: a collator that tells case apart only where
 * nothing else differs, or, ignoring case, not at all.
 */
final class StringComparisons {
    private StringComparisons() {}

    private static final List<String> NAMES = List.of("CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture",
        "InvariantCultureIgnoreCase", "Ordinal", "OrdinalIgnoreCase");
    private static final NetType TYPE = new NetType("System.StringComparison", NAMES, new long[] {0, 1, 2, 3, 4, 5}, false);
    private static final EnumValue INVARIANT = new EnumValue(TYPE, 2);
    private static final EnumValue INVARIANT_IGNORE_CASE = new EnumValue(TYPE, 3);
    static final EnumValue ORDINAL = new EnumValue(TYPE, 4);

    static void install(Library lib) {
        for (int i = 0; i < NAMES.size(); i++) {
            EnumValue value = new EnumValue(TYPE, i);
            lib.define("StringComparison.get_" + NAMES.get(i), "unit -> StringComparison", a -> value);
        }
        String withComparison = "string -> string -> StringComparison -> ";
        lib.define("String.Compare~comparison", withComparison + "int", a -> (long) compare(a[0], a[1], a[2]));
        lib.define("String.Compare~ignoreCase", "string -> string -> bool -> int",
                a -> (long) compare(a[0], a[1], (Boolean) a[2] ? INVARIANT_IGNORE_CASE : INVARIANT));
        lib.define("String.Equals", "string -> string -> bool", a -> a[0] == null ? a[1] == null : a[0].equals(a[1]));
        lib.define("String.Equals~comparison", withComparison + "bool", a -> equal(a[0], a[1], a[2]));
        lib.define("String#Equals~comparison", withComparison + "bool", a -> equal(self(a[0]), a[1], a[2]));
        lib.define("String#StartsWith~comparison", withComparison + "bool", a -> {
            String s = self(a[0]), prefix = str(a[1]);
            return prefix.length() <= s.length() && equal(s.substring(0, prefix.length()), prefix, a[2]);
        });
        lib.define("String#EndsWith~comparison", withComparison + "bool", a -> {
            String s = self(a[0]), suffix = str(a[1]);
            return suffix.length() <= s.length() && equal(s.substring(s.length() - suffix.length()), suffix, a[2]);
        });
        lib.define("String#IndexOf~comparison", withComparison + "int", a -> (long) indexOf(self(a[0]), str(a[1]), a[2]));
        lib.define("String#Contains~comparison", withComparison + "bool", a -> indexOf(self(a[0]), str(a[1]), a[2]) >= 0);
    }

    /** A member's receiver: calling a member of null is .NET's NullReferenceException. */
    private static String self(Object s) {
        if (s == null) throw NetErrors.nullReference();
        return (String) s;
    }

    private static String str(Object s) {
        if (s == null) throw NetErrors.raise(NetExceptionType.ARGUMENT_NULL, "Value cannot be null. (Parameter 'value')");
        return (String) s;
    }

    private static boolean ignoresCase(Object comparison) {
        return ((EnumValue) comparison).value() % 2 == 1;
    }

    /** .NET's order of strings under a comparison, null first; an ordinal one gives the first differing chars' difference. */
    static int compare(Object a, Object b, Object comparison) {
        if (a == null || b == null) return a == b ? 0 : a == null ? -1 : 1;
        String x = (String) a, y = (String) b;
        if (((EnumValue) comparison).value() >= ORDINAL.value()) {
            return ignoresCase(comparison) ? x.toUpperCase(Locale.ROOT).compareTo(y.toUpperCase(Locale.ROOT)) : x.compareTo(y);
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(ignoresCase(comparison) ? Collator.SECONDARY : Collator.TERTIARY);
        return Integer.signum(collator.compare(x, y));
    }

    private static boolean equal(Object a, Object b, Object comparison) {
        if (comparison.equals(ORDINAL)) return a == null ? b == null : a.equals(b);
        return compare(a, b, comparison) == 0;
    }

    private static int indexOf(String s, String part, Object comparison) {
        if (!ignoresCase(comparison)) return s.indexOf(part);
        return s.toUpperCase(Locale.ROOT).indexOf(part.toUpperCase(Locale.ROOT));
    }
}
