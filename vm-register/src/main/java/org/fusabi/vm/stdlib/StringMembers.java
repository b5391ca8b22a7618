package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.Values;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.ArrayValues;

/**
 * The instance members of .NET's String that scripts call as {@code s.Member(...)}, named {@code String#Member}
 * (see {@link Library} for the naming of members and overloads), with .NET's semantics: whitespace is what
 * {@code Char.IsWhiteSpace} says, comparisons are culture-aware like .NET's on ICU, searches are ordinal.
 */
final class StringMembers {
    private StringMembers() {}

    static void install(Library lib) {
        lib.define("String#Length", "string -> int", (vm, a) -> (long) str(a[0]).length());
        lib.define("String#ToUpper", "string -> unit -> string", (vm, a) -> str(a[0]).toUpperCase(Locale.ROOT));
        lib.define("String#ToLower", "string -> unit -> string", (vm, a) -> str(a[0]).toLowerCase(Locale.ROOT));
        lib.define("String#ToUpperInvariant", "string -> unit -> string", (vm, a) -> str(a[0]).toUpperCase(Locale.ROOT));
        lib.define("String#ToLowerInvariant", "string -> unit -> string", (vm, a) -> str(a[0]).toLowerCase(Locale.ROOT));
        lib.define("String#ToString", "string -> unit -> string", (vm, a) -> a[0]);
        lib.define("String#ToCharArray", "string -> unit -> char[]", (vm, a) -> chars(str(a[0])));
        lib.define("String#Trim", "string -> unit -> string", (vm, a) -> trim(str(a[0]), null, true, true));
        lib.define("String#Trim~char", "string -> char -> string", (vm, a) -> trim(str(a[0]), String.valueOf(a[1]), true, true));
        lib.define("String#Trim~chars", "string -> char[] -> string", (vm, a) -> trim(str(a[0]), charSet(a[1]), true, true));
        lib.define("String#TrimStart", "string -> unit -> string", (vm, a) -> trim(str(a[0]), null, true, false));
        lib.define("String#TrimStart~char", "string -> char -> string", (vm, a) -> trim(str(a[0]), String.valueOf(a[1]), true, false));
        lib.define("String#TrimStart~chars", "string -> char[] -> string", (vm, a) -> trim(str(a[0]), charSet(a[1]), true, false));
        lib.define("String#TrimEnd", "string -> unit -> string", (vm, a) -> trim(str(a[0]), null, false, true));
        lib.define("String#TrimEnd~char", "string -> char -> string", (vm, a) -> trim(str(a[0]), String.valueOf(a[1]), false, true));
        lib.define("String#TrimEnd~chars", "string -> char[] -> string", (vm, a) -> trim(str(a[0]), charSet(a[1]), false, true));
        lib.define("String#Split~char", "string -> char -> string[]", (vm, a) -> split(str(a[0]), List.of(String.valueOf(a[1])), false));
        lib.define("String#Split~chars", "string -> char[] -> string[]", (vm, a) -> split(str(a[0]), separators(a[1]), false));
        lib.define("String#Split~string", "string -> string -> string[]", (vm, a) -> split(str(a[0]), List.of(str(a[1])), false));
        lib.define("String#Split~charOptions", "string -> char -> StringSplitOptions -> string[]",
                (vm, a) -> split(str(a[0]), List.of(String.valueOf(a[1])), removeEmpty(a[2])));
        lib.define("String#Split~charsOptions", "string -> char[] -> StringSplitOptions -> string[]",
                (vm, a) -> split(str(a[0]), separators(a[1]), removeEmpty(a[2])));
        lib.define("String#Split~stringOptions", "string -> string -> StringSplitOptions -> string[]",
                (vm, a) -> split(str(a[0]), List.of(str(a[1])), removeEmpty(a[2])));
        lib.define("String#Split~stringsOptions", "string -> string[] -> StringSplitOptions -> string[]",
                (vm, a) -> split(str(a[0]), separators(a[1]), removeEmpty(a[2])));
        lib.define("StringSplitOptions.get_None", "unit -> StringSplitOptions", (vm, a) -> 0L);
        lib.define("StringSplitOptions.get_RemoveEmptyEntries", "unit -> StringSplitOptions", (vm, a) -> 1L);
        lib.define("StringSplitOptions.get_TrimEntries", "unit -> StringSplitOptions", (vm, a) -> 2L);
        lib.define("String#Contains~string", "string -> string -> bool", (vm, a) -> str(a[0]).contains(str(a[1])));
        lib.define("String#Contains~char", "string -> char -> bool", (vm, a) -> str(a[0]).indexOf((Character) a[1]) >= 0);
        lib.define("String#StartsWith~string", "string -> string -> bool", (vm, a) -> str(a[0]).startsWith(str(a[1])));
        lib.define("String#StartsWith~char", "string -> char -> bool", (vm, a) -> str(a[0]).startsWith(String.valueOf(a[1])));
        lib.define("String#EndsWith~string", "string -> string -> bool", (vm, a) -> str(a[0]).endsWith(str(a[1])));
        lib.define("String#EndsWith~char", "string -> char -> bool", (vm, a) -> str(a[0]).endsWith(String.valueOf(a[1])));
        lib.define("String#IndexOf~char", "string -> char -> int", (vm, a) -> (long) str(a[0]).indexOf((Character) a[1]));
        lib.define("String#IndexOf~string", "string -> string -> int", (vm, a) -> (long) str(a[0]).indexOf(str(a[1])));
        lib.define("String#IndexOf~charFrom", "string -> char -> int -> int",
                (vm, a) -> (long) str(a[0]).indexOf((Character) a[1], start(str(a[0]), a[2])));
        lib.define("String#IndexOf~stringFrom", "string -> string -> int -> int",
                (vm, a) -> (long) str(a[0]).indexOf(str(a[1]), start(str(a[0]), a[2])));
        lib.define("String#LastIndexOf~char", "string -> char -> int", (vm, a) -> (long) str(a[0]).lastIndexOf((Character) a[1]));
        lib.define("String#LastIndexOf~string", "string -> string -> int", (vm, a) -> (long) str(a[0]).lastIndexOf(str(a[1])));
        lib.define("String#Replace~string", "string -> string -> string -> string", (vm, a) -> replace(str(a[0]), str(a[1]), str(a[2])));
        lib.define("String#Replace~char", "string -> char -> char -> string", (vm, a) -> str(a[0]).replace((Character) a[1], (Character) a[2]));
        lib.define("String#Substring~from", "string -> int -> string", (vm, a) -> substring(str(a[0]), (Long) a[1]));
        lib.define("String#Substring~range", "string -> int -> int -> string", (vm, a) -> substring(str(a[0]), (Long) a[1], (Long) a[2]));
        lib.define("String#PadLeft", "string -> int -> string", (vm, a) -> pad(str(a[0]), (Long) a[1], ' ', true));
        lib.define("String#PadLeft~char", "string -> int -> char -> string", (vm, a) -> pad(str(a[0]), (Long) a[1], (Character) a[2], true));
        lib.define("String#PadRight", "string -> int -> string", (vm, a) -> pad(str(a[0]), (Long) a[1], ' ', false));
        lib.define("String#PadRight~char", "string -> int -> char -> string", (vm, a) -> pad(str(a[0]), (Long) a[1], (Character) a[2], false));
        lib.define("String#Insert", "string -> int -> string -> string", (vm, a) -> insert(str(a[0]), (Long) a[1], str(a[2])));
        lib.define("String#Remove~from", "string -> int -> string", (vm, a) -> remove(str(a[0]), (Long) a[1], -1));
        lib.define("String#Remove~range", "string -> int -> int -> string", (vm, a) -> remove(str(a[0]), (Long) a[1], (Long) a[2]));
        lib.define("String#CompareTo", "string -> string -> int", (vm, a) -> (long) compare(str(a[0]), str(a[1])));
        lib.define("String#Equals", "string -> string -> bool", (vm, a) -> str(a[0]).equals(a[1]));
        lib.define("String#GetHashCode", "string -> unit -> int", (vm, a) -> (long) str(a[0]).hashCode());
    }

    /** .NET's culture-aware string comparison, -1, 0 or 1. */
    static int compare(String a, String b) {
        return Values.compareByDefaultComparer(a, b);
    }

    private static String str(Object o) {
        return (String) o;
    }

    private static Object[] chars(String s) {
        Object[] out = new Object[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = s.charAt(i);
        return out;
    }

    /** The characters of a char[] value as a string, for membership tests. */
    private static String charSet(Object array) {
        StringBuilder b = new StringBuilder();
        for (Object c : ArrayValues.boxed(array)) b.append((char) (Character) c);
        return b.toString();
    }

    private static List<String> separators(Object array) {
        List<String> out = new ArrayList<>();
        for (Object o : ArrayValues.boxed(array)) out.add(String.valueOf(o));
        return out;
    }

    private static boolean removeEmpty(Object options) {
        return ((Long) options & 1) != 0;
    }

    /** .NET's Trim: with no characters given, white space as Char.IsWhiteSpace defines it. */
    private static String trim(String s, String chars, boolean start, boolean end) {
        int from = 0;
        int to = s.length();
        while (start && from < to && trimmed(s.charAt(from), chars)) from++;
        while (end && to > from && trimmed(s.charAt(to - 1), chars)) to--;
        return s.substring(from, to);
    }

    private static boolean trimmed(char c, String chars) {
        return chars == null ? Character.isWhitespace(c) || Character.isSpaceChar(c) : chars.indexOf(c) >= 0;
    }

    /** .NET's Split: every occurrence of any separator cuts; an empty separator list splits on white space. */
    private static Object[] split(String s, List<String> separators, boolean removeEmpty) {
        List<Object> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i <= s.length()) {
            String hit = null;
            if (i < s.length()) {
                for (String sep : separators) {
                    if (!sep.isEmpty() && s.startsWith(sep, i)) {
                        hit = sep;
                        break;
                    }
                }
                if (separators.isEmpty() && Character.isWhitespace(s.charAt(i))) hit = s.substring(i, i + 1);
            }
            if (hit != null || i == s.length()) {
                String part = s.substring(start, i);
                if (!removeEmpty || !part.isEmpty()) parts.add(part);
                if (hit == null) break;
                i += hit.length();
                start = i;
            } else {
                i++;
            }
        }
        return parts.toArray();
    }

    private static int start(String s, Object index) {
        long i = (Long) index;
        if (i < 0 || i > s.length()) throw outOfRange("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        return (int) i;
    }

    private static String replace(String s, String old, String replacement) {
        if (old.isEmpty()) throw NetErrors.argument("String cannot be of zero length.", "oldValue");
        return s.replace(old, replacement);
    }

    /** .NET's Substring(startIndex). */
    static String substring(String s, long start) {
        checkStart(s, start);
        return s.substring((int) start);
    }

    /** .NET's Substring(startIndex, length). */
    static String substring(String s, long start, long length) {
        checkStart(s, start);
        if (length < 0) throw outOfRange("length", "Length cannot be less than zero.");
        if (start + length > s.length()) throw outOfRange("length", "Index and length must refer to a location within the string.");
        return s.substring((int) start, (int) (start + length));
    }

    private static void checkStart(String s, long start) {
        if (start < 0) throw outOfRange("startIndex", "StartIndex cannot be less than zero.");
        if (start > s.length()) throw outOfRange("startIndex", "startIndex cannot be larger than length of string.");
    }

    private static String pad(String s, long width, char c, boolean left) {
        if (width < 0) throw outOfRange("totalWidth", "Non-negative number required.");
        if (width <= s.length()) return s;
        String fill = String.valueOf(c).repeat((int) (width - s.length()));
        return left ? fill + s : s + fill;
    }

    private static String insert(String s, long at, String value) {
        if (at < 0 || at > s.length()) throw outOfRange("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        return s.substring(0, (int) at) + value + s.substring((int) at);
    }

    private static String remove(String s, long start, long count) {
        if (start < 0 || start > s.length()) throw outOfRange("startIndex", "startIndex must be less than length of string.");
        long end = count < 0 ? s.length() : start + count;
        if (end > s.length()) throw outOfRange("count", "Index and count must refer to a location within the string.");
        return s.substring(0, (int) start) + s.substring((int) end);
    }

    private static ScriptError outOfRange(String parameter, String message) {
        return NetErrors.argumentOutOfRange(message, parameter);
    }
}
