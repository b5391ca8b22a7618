package org.fusabi.vm.printf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** .NET composite formatting of one interpolated hole, as .NET's invariant culture prints it. */
class CompositeFormatTest {
    private static String f(Object value, String format) {
        return CompositeFormat.format(value, 0, format);
    }

    @Test
    void standardNumericFormats() {
        assertEquals("299,792.458", f(299792.458, "N3"));
        assertEquals("1,234,568", f(1234567.5, "N0"));
        assertEquals("-1,000.00", f(-1000L, "N"));
        assertEquals("2.68", f(2.675000001, "F2"));
        assertEquals("2.67", f(2.675, "F2")); // the double nearest 2.675 is below it
        assertEquals("0.13", f(0.125, "F2")); // exact halves round away from zero
        assertEquals("00042", f(42L, "D5"));
        assertEquals("-042", f(-42L, "D3"));
        assertEquals("FF", f(255L, "X"));
        assertEquals("00ff", f(255L, "x4"));
        assertEquals("1.234568E+004", f(12345.678, "E"));
        assertEquals("1.2e-003", f(0.00123, "e1"));
    }

    @Test
    void percentAndGeneralFormats() {
        assertEquals("25.60 %", f(0.256, "P"));
        assertEquals("50 %", f(0.5, "P0"));
        assertEquals("1235", f(1234.5678, "G4"));
        assertEquals("1.23E-05", f(0.00001234, "G3"));
        assertEquals("0.000123", f(0.000123, "G3"));
        assertEquals("1.2e+04", f(12345.0, "g2"));
        assertEquals("12345.678", f(12345.678, "G"));
    }

    @Test
    void everyNumericTypeFormats() {
        assertEquals("1,234.50", f(new java.math.BigDecimal("1234.5"), "N2"));
        assertEquals("2.3", f(new java.math.BigDecimal("2.25"), "F1"));
        assertEquals("FF", f(org.fusabi.vm.value.Numbers.box(org.fusabi.vm.bytecode.NumType.BYTE, 255), "X"));
        assertEquals("FFFFFFFF", f(-1L, "X"));
        assertEquals("FFFFFF0000000000", f(-1L << 40, "X"));
        assertEquals("1.5", f(1.5f, "G"));
    }

    @Test
    void customPatterns() {
        assertEquals("0.50", f(0.5, "0.00"));
        assertEquals("1,234.5", f(1234.5, "#,##0.0"));
        assertEquals(".25", f(0.25, "#.##"));
        assertEquals("3", f(3.0, "#.##"));
        assertEquals("007", f(7L, "000"));
    }

    @Test
    void alignment() {
        assertEquals("   ab", CompositeFormat.format("ab", 5, null));
        assertEquals("ab   ", CompositeFormat.format("ab", -5, null));
        assertEquals("    3.14", CompositeFormat.format(3.14159, 8, "F2"));
        assertEquals("toolong", CompositeFormat.format("toolong", 3, null));
    }

    @Test
    void unsupportedFormatsAreNamed() {
        FormatException e = assertThrows(FormatException.class, () -> CompositeFormat.check("C"));
        assertEquals("the .NET format 'C' is not supported: use N, F, D, X, E, P or G with a precision, or a pattern of 0, #, ',' and '.'", e.getMessage());
        CompositeFormat.check("N2");
        CompositeFormat.check("#,##0.00");
    }
}
