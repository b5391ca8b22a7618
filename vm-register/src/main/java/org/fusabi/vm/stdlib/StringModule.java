package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.StringJoiner;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;

/**
 * F#'s String module (length, concat, iter, iteri, map, mapi, filter, collect, init, replicate, forall,
 * exists), plus the .NET string members LANGUAGE.md also offers as functions (split, join, startsWith, endsWith,
 * contains, toUpper, toLower, trim, isNullOrEmpty), with the subject string last for piping.
 * Strings are sequences of UTF-16 chars on both platforms.
 */
public final class StringModule {
    private StringModule() {}

    public static void install(Library lib) {
        lib.define("String.length", "string -> int", (vm, a) -> (long) ((String) a[0]).length());
        // s.[from..to], clamped like list and array slices (Slicing)
        lib.define("String.slice", "int -> int -> string -> string", (vm, a) -> {
            String str = (String) a[2];
            int[] range = Slicing.sliceRange((Long) a[0], (Long) a[1], str.length());
            return str.substring(range[0], range[1]);
        });
        lib.define("String.concat", "string -> seq<string> -> string", (vm, a) -> join((String) a[0], a[1]));
        lib.define("String.join", "string -> seq<string> -> string", (vm, a) -> join((String) a[0], a[1]));
        lib.define("String.replicate", "int -> string -> string", (vm, a) -> {
            long n = (Long) a[0];
            if (n < 0) throw FSharpErrors.negative("count", n);
            vm.building(n, 2L * ((String) a[1]).length());
            return ((String) a[1]).repeat(Math.toIntExact(n));
        });
        lib.define("String.init", "int -> (int -> string) -> string", (vm, a) -> {
            long n = (Long) a[0];
            if (n < 0) throw FSharpErrors.negative("count", n);
            StringBuilder out = new StringBuilder();
            for (long i = 0; i < n; i++) out.append((String) vm.apply(a[1], i));
            return out.toString();
        });
        lib.define("String.map", "(char -> char) -> string -> string", (vm, a) -> {
            String s = (String) a[1];
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) out.append((char) (Character) vm.apply(a[0], s.charAt(i)));
            return out.toString();
        });
        lib.define("String.mapi", "(int -> char -> char) -> string -> string", (vm, a) -> {
            String s = (String) a[1];
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) out.append((char) (Character) vm.apply(a[0], (long) i, s.charAt(i)));
            return out.toString();
        });
        lib.define("String.filter", "(char -> bool) -> string -> string", (vm, a) -> {
            String s = (String) a[1];
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) if ((Boolean) vm.apply(a[0], s.charAt(i))) out.append(s.charAt(i));
            return out.toString();
        });
        lib.define("String.collect", "(char -> string) -> string -> string", (vm, a) -> {
            String s = (String) a[1];
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < s.length(); i++) out.append((String) vm.apply(a[0], s.charAt(i)));
            return out.toString();
        });
        lib.define("String.iter", "(char -> unit) -> string -> unit", (vm, a) -> {
            String s = (String) a[1];
            for (int i = 0; i < s.length(); i++) vm.apply(a[0], s.charAt(i));
            return Unit.VALUE;
        });
        lib.define("String.iteri", "(int -> char -> unit) -> string -> unit", (vm, a) -> {
            String s = (String) a[1];
            for (int i = 0; i < s.length(); i++) vm.apply(a[0], (long) i, s.charAt(i));
            return Unit.VALUE;
        });
        lib.define("String.exists", "(char -> bool) -> string -> bool", (vm, a) -> {
            String s = (String) a[1];
            for (int i = 0; i < s.length(); i++) if ((Boolean) vm.apply(a[0], s.charAt(i))) return true;
            return false;
        });
        lib.define("String.forall", "(char -> bool) -> string -> bool", (vm, a) -> {
            String s = (String) a[1];
            for (int i = 0; i < s.length(); i++) if (!(Boolean) vm.apply(a[0], s.charAt(i))) return false;
            return true;
        });
        // Script strings are never null, so only emptiness can be observed.
        lib.define("String.isNullOrEmpty", "string -> bool", (vm, a) -> ((String) a[0]).isEmpty());
        lib.define("String.split", "char -> string -> string[]", (vm, a) -> split((Character) a[0], (String) a[1]));
        lib.define("String.startsWith", "string -> string -> bool", (vm, a) -> ((String) a[1]).startsWith((String) a[0]));
        lib.define("String.endsWith", "string -> string -> bool", (vm, a) -> ((String) a[1]).endsWith((String) a[0]));
        lib.define("String.contains", "string -> string -> bool", (vm, a) -> ((String) a[1]).contains((String) a[0]));
        lib.define("String.toUpper", "string -> string", (vm, a) -> toUpper((String) a[0]));
        lib.define("String.toLower", "string -> string", (vm, a) -> toLower((String) a[0]));
        lib.define("String.trim", "string -> string", (vm, a) -> trim((String) a[0]));
    }

    /** The parts' .NET ToString joined by a separator: String.concat, String.Join and the like. */
    static String join(String separator, Object parts) {
        StringJoiner out = new StringJoiner(separator);
        try (Items.Each xs = Items.each(parts)) {
            for (Object part : xs) out.add(Show.string(part));
        }
        return out.toString();
    }

    /** .NET's Split(char), as a script array: empty pieces are kept, trailing ones included. */
    public static Object[] split(char separator, String s) {
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts.toArray();
    }

    /** .NET's invariant ToUpper maps char by char, so the length never changes ("ß" stays "ß"). */
    public static String toUpper(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) out.append(Character.toUpperCase(s.charAt(i)));
        return out.toString();
    }

    public static String toLower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) out.append(Character.toLowerCase(s.charAt(i)));
        return out.toString();
    }

    /** .NET's Trim strips Char.IsWhiteSpace chars, which include no-break spaces that Java's strip keeps. */
    public static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isWhiteSpace(s.charAt(from))) from++;
        while (to > from && isWhiteSpace(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    /** .NET's Char.IsWhiteSpace. */
    static boolean isWhiteSpace(char c) {
        return Character.isSpaceChar(c) || c >= '\t' && c <= '\r' || c == '\u0085';
    }
}
