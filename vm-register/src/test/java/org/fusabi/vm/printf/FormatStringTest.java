package org.fusabi.vm.printf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.fusabi.vm.printf.FormatString.ArgKind;
import org.fusabi.vm.printf.FormatString.Hole;
import org.fusabi.vm.value.FList;
import org.junit.jupiter.api.Test;

/**
 * Expected strings are what F# (FSharp.Core printf.fs on .NET 8) prints. printf.fs formats numbers with
 * .NET's ToString("F6"), ("e6"), ("g6"), ("x") etc., so .NET's number formatting is part of the contract.
 */
class FormatStringTest {
    private static String sprintf(String fmt, Object... args) {
        return FormatString.parse(fmt).format(args);
    }

    @Test
    void literalTextAndPercent() {
        assertEquals("Hello, Fusabi!", sprintf("Hello, Fusabi!"));
        assertEquals("100% 5", sprintf("100%% %d", 5L));
    }

    @Test
    void decimalIntegers() {
        assertEquals("fib(30) = 832040", sprintf("fib(30) = %d", 832040L));
        assertEquals("-7", sprintf("%i", -7L));
        assertEquals("-9223372036854775808", sprintf("%d", Long.MIN_VALUE));
        assertEquals("   42", sprintf("%5d", 42L));
        assertEquals("42   |", sprintf("%-5d|", 42L));
        assertEquals("+5", sprintf("%+d", 5L));
        assertEquals("-5", sprintf("%+d", -5L));
        assertEquals(" 5", sprintf("% d", 5L));
        assertEquals("1", sprintf("%1d", 1L));
    }

    @Test
    void zeroPaddedIntegersPadAfterTheSign() {
        // printf.fs rightJustifyWithZeroAsPadChar: "-7 should be printed as '-007', not '00-7'"
        assertEquals("-0042", sprintf("%05d", -42L));
        assertEquals("+0007", sprintf("%+05d", 7L));
        assertEquals("00042", sprintf("%05d", 42L));
    }

    @Test
    void leftJustifiedIntegersIgnoreTheZeroFlag() {
        // printf.fs Integer.withPadding: allowZeroPadding = not (isLeftJustify spec.Flags)
        assertEquals("7    |", sprintf("%-05d|", 7L));
    }

    @Test
    void hexAndOctalPrintTwosComplement() {
        assertEquals("ff", sprintf("%x", 255L));
        assertEquals("FF", sprintf("%X", 255L));
        assertEquals("ffffffffffffffff", sprintf("%x", -1L));
        assertEquals("10", sprintf("%o", 8L));
        assertEquals("1777777777777777777777", sprintf("%o", -1L));
        assertEquals("000ff", sprintf("%05x", 255L));
        // %x is "unsigned" in printf.fs, so the + flag always applies
        assertEquals("+ffffffffffffffff", sprintf("%+x", -1L));
        assertEquals("18446744073709551615", sprintf("%u", -1L));
        assertEquals("101", sprintf("%B", 5L));
    }

    @Test
    void fixedPoint() {
        assertEquals("3.141590", sprintf("%f", 3.14159));
        assertEquals("3.14", sprintf("%.2f", 3.14159));
        assertEquals("  3.14|7   |2.5", sprintf("%6.2f|%-4d|%s", 3.14159, 7L, "2.5"));
        assertEquals("0003.142", sprintf("%08.3f", 3.14159));
        assertEquals("-003.142", sprintf("%08.3f", -3.14159));
        assertEquals("+1.500000", sprintf("%+f", 1.5));
        assertEquals("3", sprintf("%.0f", 3.14159));
        assertEquals("1000000.000000", sprintf("%F", 1e6));
        assertEquals("100000000000000000000.000000", sprintf("%f", 1e20));
    }

    @Test
    void leftJustifiedFloatsDoPadWithZeros() {
        // printf.fs FloatAndDecimal.withPadding uses GetPadAndPrefix true: zeros even when left-justified
        assertEquals("3.142000", sprintf("%-08.3f", 3.14159));
        assertEquals("3.14    |", sprintf("%-8.2f|", 3.14159));
    }

    @Test
    void fixedPointRoundsTheExactValueHalfAwayFromZero() {
        // docs/LANGUAGE.md: "%.Nf rounds half away from zero on the exact decimal value".
        assertEquals("0.3", sprintf("%.1f", 0.25));
        assertEquals("0.13", sprintf("%.2f", 0.125));
        assertEquals("0.38", sprintf("%.2f", 0.375));
        assertEquals("3", sprintf("%.0f", 2.5));
        assertEquals("2", sprintf("%.0f", 1.5));
        assertEquals("1", sprintf("%.0f", 0.5));
        assertEquals("-3", sprintf("%.0f", -2.5));
        // 2.675 is 2.67499999999999982236431605997495353221893310546875
        assertEquals("2.67", sprintf("%.2f", 2.675));
        // 0.35 is just below the tie, 0.45 just above
        assertEquals("0.3", sprintf("%.1f", 0.35));
        assertEquals("0.5", sprintf("%.1f", 0.45));
    }

    @Test
    void negativeZeroKeepsItsSign() {
        // .NET Core 3.0 formats -0.0 as "-0"; a negative value rounding to zero keeps its sign too
        assertEquals("-0.000000", sprintf("%f", -0.0));
        assertEquals("-0.00", sprintf("%.2f", -0.001));
        // printf.fs isPositive is (n >= 0.0), which holds for -0.0
        assertEquals("+-0.000000", sprintf("%+f", -0.0));
    }

    @Test
    void nonFiniteFloatsUseDotNetSymbols() {
        // printf.fs calls ToString("F6"); .NET's invariant NaNSymbol and infinity symbols are used as is
        assertEquals("NaN", sprintf("%f", Double.NaN));
        assertEquals("Infinity", sprintf("%f", Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", sprintf("%f", Double.NEGATIVE_INFINITY));
        assertEquals("NaN", sprintf("%e", Double.NaN));
        assertEquals("Infinity", sprintf("%+g", Double.POSITIVE_INFINITY));
        // isNumber is false for them, so zero padding turns into spaces
        assertEquals("  NaN", sprintf("%05.1f", Double.NaN));
        assertEquals("NaN  |", sprintf("%-05f|", Double.NaN));
    }

    @Test
    void exponent() {
        assertEquals("1.000000e+000", sprintf("%e", 1.0));
        assertEquals("1.234568E+004", sprintf("%E", 12345.678));
        assertEquals("1.23e-004", sprintf("%.2e", 0.000123));
        assertEquals("0.000000e+000", sprintf("%e", 0.0));
        assertEquals("-1.500000e+300", sprintf("%e", -1.5e300));
        assertEquals("1e+001", sprintf("%.0e", 9.6));
        assertEquals("1.00e+001", sprintf("%.2e", 9.999));
    }

    @Test
    void general() {
        assertEquals("1", sprintf("%g", 1.0));
        assertEquals("0.0001", sprintf("%g", 0.0001));
        assertEquals("1e-05", sprintf("%g", 0.00001));
        assertEquals("1e+20", sprintf("%g", 1e20));
        assertEquals("1.23457e+08", sprintf("%g", 123456789.0));
        assertEquals("100000", sprintf("%g", 100000.0));
        assertEquals("1e+06", sprintf("%g", 1000000.0));
        assertEquals("3.14159", sprintf("%g", 3.14159));
        assertEquals("1E-10", sprintf("%G", 1e-10));
        assertEquals("3.14", sprintf("%.3g", 3.14159));
        assertEquals("-0", sprintf("%g", -0.0));
        assertEquals("1e+100", sprintf("%g", 1e100));
        // .NET reads "g0" as plain "g": shortest round-trip digits
        assertEquals("0.30000000000000004", sprintf("%.0g", 0.1 + 0.2));
    }

    @Test
    void leftJustifiedGeneralKeepsIntegralValuesIntact() {
        // printf.fs leftJustifyWithGFormat: "don't pad integer numbers with '0' when 'g' format is specified"
        assertEquals("5       |", sprintf("%-08g|", 5.0));
        assertEquals("5.500000|", sprintf("%-08g|", 5.5));
    }

    @Test
    void strings() {
        assertEquals("a!", sprintf("%s!", "a"));
        assertEquals("ab      |", sprintf("%-8s|", "ab"));
        assertEquals("      ab", sprintf("%8s", "ab"));
        assertEquals("abcdef", sprintf("%3s", "abcdef"));
        assertEquals("", sprintf("%s", (Object) null));
    }

    @Test
    void charsAndBools() {
        assertEquals("starts with f", sprintf("starts with %c", 'f'));
        assertEquals("  x", sprintf("%3c", 'x'));
        assertEquals("false true", sprintf("%b %b", false, true));
        assertEquals("false |", sprintf("%-6b|", false));
    }

    @Test
    void objectToString() {
        assertEquals("42", sprintf("%O", 42L));
        assertEquals("2.5", sprintf("%O", 2.5));
        assertEquals("True", sprintf("%O", true));
        // unit is null in .NET; printf.fs ObjectToString prints null as "<null>"
        assertEquals("<null>", sprintf("%O", org.fusabi.vm.value.Unit.VALUE));
        assertEquals("   hi", sprintf("%5O", "hi"));
    }

    @Test
    void anyUsesStructuredDisplay() {
        assertEquals("[\"a!\"; \"b!\"]", sprintf("%A", FList.of("a!", "b!")));
        assertEquals("x = [1; 2]", sprintf("x = %A", FList.of(1L, 2L)));
    }

    @Test
    void anyWidthIsTheLineWidthNotPadding() {
        // printf.fs GenericToString: width sets PrintWidth; the 0 flag sets it to 0, meaning one line
        // squashTo breaks greedily: the ';' after 2 may overrun, as no break point precedes it
        assertEquals("[1; 2;\n 3]", sprintf("%5A", FList.of(1L, 2L, 3L)));
        assertEquals("[1; 2]", sprintf("%20A", FList.of(1L, 2L)));
        assertEquals("[1; 2; 3]", sprintf("%0A", FList.of(1L, 2L, 3L)));
        // the precision is the node budget (PrintSize)
        assertEquals("[1; 2; ...]", sprintf("%.2A", FList.of(1L, 2L, 3L, 4L)));
    }

    @Test
    void conformanceFormats() {
        assertEquals("stretch tree of depth 11\t check: 4095",
                sprintf("stretch tree of depth %d\t check: %d", 11L, 4095L));
        assertEquals("fusabi has 6 letters, starts with f",
                sprintf("%s has %d letters, starts with %c", "fusabi", 6L, 'f'));
        assertEquals("1 x true", sprintf("%d %s %b", 1L, "x", true));
    }

    @Test
    void holesTellTheTypeChecker() {
        List<Hole> holes = FormatString.parse("%d %i %x %X %o %f %e %g %s %c %b %A %O %% %u").holes();
        assertEquals(
                List.of(ArgKind.INT, ArgKind.INT, ArgKind.INT, ArgKind.INT, ArgKind.INT,
                        ArgKind.FLOAT, ArgKind.FLOAT, ArgKind.FLOAT,
                        ArgKind.STRING, ArgKind.CHAR, ArgKind.BOOL, ArgKind.ANY, ArgKind.ANY, ArgKind.INT),
                holes.stream().map(Hole::kind).toList());
    }

    @Test
    void holesExposeFlagsWidthAndPrecision() {
        Hole h = FormatString.parse("x%-+08.3f").holes().getFirst();
        assertEquals('f', h.conversion());
        assertEquals(true, h.leftJustify());
        assertEquals(true, h.zeroPad());
        assertEquals(true, h.plusSign());
        assertEquals(false, h.spaceSign());
        assertEquals(8, h.width());
        assertEquals(3, h.precision());
        Hole plain = FormatString.parse("%d").holes().getFirst();
        assertEquals(Hole.UNSPECIFIED, plain.width());
        assertEquals(Hole.UNSPECIFIED, plain.precision());
    }

    @Test
    void parsedFormatIsReusable() {
        FormatString f = FormatString.parse("%d: %s");
        assertEquals("1: *", f.format(new Object[] {1L, "*"}));
        assertEquals("2: **", f.format(new Object[] {2L, "**"}));
    }

    @Test
    void wrongArgumentCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> FormatString.parse("%d %d").format(new Object[] {1L}));
    }

    private static void assertRejected(String fmt, int offset, String message) {
        FormatException e = assertThrows(FormatException.class, () -> FormatString.parse(fmt));
        assertEquals(message, e.getMessage());
        assertEquals(offset, e.offset());
    }

    @Test
    void badSpecifiersAreRejectedAtTheirOffset() {
        assertRejected("ab %q", 4, "unknown format specifier '%q'");
        assertRejected("%l", 1, "unknown format specifier '%l'");
        assertRejected("%5z", 2, "unknown format specifier '%z'");
        assertRejected("abc%", 3, "missing format specifier after '%'");
        assertRejected("%-5", 0, "missing format specifier after '%'");
        assertRejected("%*d", 1, "'*' width and precision are not supported");
    }

    @Test
    void flagsTheCompilerRejects() {
        // CheckFormatStrings.fs: forFlagSetTwice, forPrefixFlagSpacePlusSetTwice, forHashSpecifierIsInvalid
        assertRejected("%--d", 2, "the '-' flag is given twice");
        assertRejected("%+ d", 2, "the '+' and ' ' flags exclude each other and may be given once");
        assertRejected("%#x", 1, "the '#' flag is not valid in F# format strings");
        // checkOtherFlags for %s %c %b %O, and no ' ' flag for %A
        assertRejected("%05s", 3, "'%s' does not support the '0' flag");
        assertRejected("%+b", 2, "'%b' does not support the '+' flag");
        assertRejected("% A", 2, "'%A' does not support the ' ' flag");
    }

    @Test
    void precisionsTheCompilerRejects() {
        assertRejected("%.2d", 3, "'%d' does not support a precision");
        assertRejected("%.3s", 3, "'%s' does not support a precision");
        assertRejected("%.f", 2, "precision missing after '.'");
    }
}
