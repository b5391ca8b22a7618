package org.fusabi.vm.stdlib;

import java.util.Map;
import java.util.function.IntPredicate;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;

/**
 * .NET's {@code System.Char} statics ({@code Char.IsDigit c}): the Unicode categories .NET tests, and case
 * mapping of one char.
 */
final class CharMembers {
    private CharMembers() {}

    private static final Map<String, IntPredicate> TESTS = Map.ofEntries(
            Map.entry("IsDigit", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER),
            Map.entry("IsLetter", Character::isLetter),
            Map.entry("IsLetterOrDigit", c -> Character.isLetter(c) || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER),
            Map.entry("IsUpper", c -> Character.getType(c) == Character.UPPERCASE_LETTER),
            Map.entry("IsLower", c -> Character.getType(c) == Character.LOWERCASE_LETTER),
            Map.entry("IsWhiteSpace", c -> StringModule.isWhiteSpace((char) c)),
            Map.entry("IsPunctuation", CharMembers::isPunctuation),
            Map.entry("IsSymbol", c -> switch (Character.getType(c)) {
                case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
                default -> false;
            }),
            Map.entry("IsNumber", c -> switch (Character.getType(c)) {
                case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
                default -> false;
            }),
            Map.entry("IsControl", c -> Character.getType(c) == Character.CONTROL),
            Map.entry("IsSeparator", c -> switch (Character.getType(c)) {
                case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
                default -> false;
            }),
            Map.entry("IsAscii", c -> c < 128));

    static void install(Library lib) {
        TESTS.forEach((name, test) -> lib.define("Char." + name, "char -> bool", (vm, a) -> test.test((Character) a[0])));
        lib.define("Char.ToUpper", "char -> char", (vm, a) -> Character.toUpperCase((char) (Character) a[0]));
        lib.define("Char.ToLower", "char -> char", (vm, a) -> Character.toLowerCase((char) (Character) a[0]));
        lib.define("Char.ToUpperInvariant", "char -> char", (vm, a) -> Character.toUpperCase((char) (Character) a[0]));
        lib.define("Char.ToLowerInvariant", "char -> char", (vm, a) -> Character.toLowerCase((char) (Character) a[0]));
        lib.define("Char.GetNumericValue", "char -> float", (vm, a) -> {
            char c = (Character) a[0];
            return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? (double) Character.digit(c, 10) : -1.0;
        });
        lib.define("Char.Parse", "string -> char", (vm, a) -> {
            String s = (String) a[0];
            if (s.length() != 1) throw NetErrors.format("String must be exactly one character long.");
            return s.charAt(0);
        });
        lib.define("Char.get_MaxValue", "unit -> char", (vm, a) -> Character.MAX_VALUE);
        lib.define("Char.get_MinValue", "unit -> char", (vm, a) -> Character.MIN_VALUE);
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
