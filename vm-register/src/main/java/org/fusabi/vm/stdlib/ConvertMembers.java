package org.fusabi.vm.stdlib;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.Show;

/**
 * .NET's {@code System.Convert} as scripts call it: {@code ToInt32}/{@code ToInt64} of a string (also in base 2, 8,
 * 10 or 16), a float (rounded half to even, as .NET does), a char or a bool; {@code ToDouble}, {@code ToBoolean},
 * {@code ToChar}, and {@code ToString} of a value or of an integer in a base.
 */
final class ConvertMembers {
    private ConvertMembers() {}

    static void install(Library lib) {
        integer(lib, "ToInt32", Integer.MIN_VALUE, Integer.MAX_VALUE);
        integer(lib, "ToInt64", Long.MIN_VALUE, Long.MAX_VALUE);
        lib.define("Convert.ToDouble", "string -> float", a -> NumberParsing.parseDouble((String) a[0]));
        lib.define("Convert.ToDouble~int", "int -> float", a -> (double) (Long) a[0]);
        lib.define("Convert.ToBoolean", "string -> bool", a -> NumberParsing.parseBoolean((String) a[0]));
        lib.define("Convert.ToBoolean~int", "int -> bool", a -> (Long) a[0] != 0);
        lib.define("Convert.ToChar", "int -> char", a -> (char) (long) (Long) a[0]);
        lib.define("Convert.ToString", "'a -> string", a -> Show.string(a[0]));
        lib.define("Convert.ToString~base", "int -> int -> string", a -> inBase((Long) a[0], (Long) a[1]));
    }

    private static void integer(Library lib, String name, long min, long max) {
        String type = name.substring(2);
        lib.define("Convert." + name, "string -> int", a -> NumberParsing.parseInteger((String) a[0], type, min, max));
        lib.define("Convert." + name + "~float", "float -> int", a -> {
            double d = (Double) a[0];
            if (Double.isNaN(d) || d < min - 0.5 || d >= max + 0.5) throw overflow(type);
            return new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        });
        lib.define("Convert." + name + "~char", "char -> int", a -> (long) (Character) a[0]);
        lib.define("Convert." + name + "~bool", "bool -> int", a -> (Boolean) a[0] ? 1L : 0L);
        lib.define("Convert." + name + "~base", "string -> int -> int", a -> {
            String s = (String) a[0];
            int radix = radix((Long) a[1]);
            try {
                long n = Long.parseUnsignedLong(radix == 16 && s.startsWith("0x") ? s.substring(2) : s, radix);
                return min == Integer.MIN_VALUE && radix != 10 ? (long) (int) n : n;
            } catch (NumberFormatException e) {
                throw NetErrors.format("Could not find any recognizable digits.");
            }
        });
    }

    /** .NET writes a negative number in base 2, 8 or 16 as its two's complement (of 64 bits for an int here). */
    private static String inBase(long n, long base) {
        int radix = radix(base);
        return switch (radix) {
            case 2 -> Long.toBinaryString(n);
            case 8 -> Long.toOctalString(n);
            case 16 -> Long.toHexString(n);
            default -> Long.toString(n);
        };
    }

    private static int radix(long base) {
        if (base != 2 && base != 8 && base != 10 && base != 16) throw NetErrors.argument("Invalid Base.", "fromBase");
        return (int) base;
    }

    private static RuntimeException overflow(String type) {
        return NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for an " + type + ".");
    }
}
