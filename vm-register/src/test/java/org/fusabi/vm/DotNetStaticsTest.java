package org.fusabi.vm;

import static org.fusabi.vm.Natives.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.fusabi.vm.value.Unit;
import org.junit.jupiter.api.Test;

/** Math, Char, String statics, parsing and Console with .NET's results and errors. */
class DotNetStaticsTest {
    @Test
    void math() {
        same(9L, call("Math.Max", 3L, 9L));
        same(3L, call("Math.Min", 3L, 9L));
        same(12L, call("Math.Abs", -12L));
        assertEquals(Double.NaN, call("Math.Max~float", Double.NaN, 1.0));
        same(4.0, call("Math.Sqrt", 16.0));
        same(1024.0, call("Math.Pow", 2.0, 10.0));
        same(2.0, call("Math.Floor", 2.7));
        same(3.0, call("Math.Ceiling", 2.1));
        same(2.0, call("Math.Round", 2.5));
        same(4.0, call("Math.Round", 3.5));
        same(2.13, call("Math.Round~digits", 2.135, 2L));
        same(-2.0, call("Math.Truncate", -2.7));
        same(-1L, call("Math.Sign", -5L));
        same(1L, call("Math.Sign~float", 0.5));
        same(5L, call("Math.Clamp", 9L, 1L, 5L));
        same(3.0, call("Math.Log~base", 8.0, 2.0));
        same(Math.PI, call("Math.get_PI", Unit.VALUE));
        assertEquals("System.OverflowException: Negating the minimum value of a twos complement number is invalid.",
                raised("Math.Abs", Long.MIN_VALUE));
        assertEquals("System.ArgumentException: '5' cannot be greater than 1.", raised("Math.Clamp", 3L, 5L, 1L));
        assertEquals("Function does not accept floating point Not-a-Number values.", failure("Math.Sign~float", Double.NaN));
    }

    @Test
    void decimalParsing() {
        same(new java.math.BigDecimal("1.25"), call("Decimal.Parse", " 1.25 "));
        assertEquals("System.FormatException: The input string 'x' was not in a correct format.", raised("Decimal.Parse", "x"));
        assertEquals("(true, 2.5M) (false, 0M)", org.fusabi.vm.value.Show.any(call("Decimal.TryParse", "2.5")) + " " + org.fusabi.vm.value.Show.any(call("Decimal.TryParse", "two")));
    }

    @Test
    void chars() {
        same(true, call("Char.IsDigit", '7'));
        same(false, call("Char.IsDigit", 'x'));
        same(true, call("Char.IsLetter", 'é'));
        same(false, call("Char.IsLetterOrDigit", '_'));
        same(true, call("Char.IsUpper", 'Q'));
        same(true, call("Char.IsLower", 'q'));
        same(true, call("Char.IsWhiteSpace", '\u00a0'));
        same(true, call("Char.IsPunctuation", '!'));
        same(true, call("Char.IsSymbol", '+'));
        same('Q', call("Char.ToUpper", 'q'));
        same('q', call("Char.ToLower", 'Q'));
        same(7.0, call("Char.GetNumericValue", '7'));
        same('x', call("Char.Parse", "x"));
        assertEquals("System.FormatException: String must be exactly one character long.", raised("Char.Parse", "xy"));
    }

    @Test
    void stringStatics() {
        same("ann, bob, cy", call("String.Join", ", ", list("ann", "bob", "cy")));
        same("1-2", call("String.Join~values", "-", list(1L, 2L)));
        same("a;b", call("String.Join~char", ';', new Object[] {"a", "b"}));
        same("ab", call("String.Concat~two", "a", "b"));
        same("abc", call("String.Concat", list("a", "b", "c")));
        same(true, call("String.IsNullOrWhiteSpace", "  "));
        same(false, call("String.IsNullOrWhiteSpace", " x "));
        same(true, call("String.IsNullOrEmpty", ""));
        same("", call("String.get_Empty", Unit.VALUE));
        same("========", call("String.new", '=', 8L));
        same("ab", call("String.new~chars", (Object) new Object[] {'a', 'b'}));
        same(-1L, call("String.Compare", "a", "b"));
    }

    @Test
    void compositeFormatting() {
        same("cart has 3 items", call("String.Format~two", "{0} has {1} items", "cart", 3L));
        same("[   42|ab  |007]", call("String.Format~three", "[{0,5}|{1,-4}|{2:D3}]", 42L, "ab", 7L));
        same("3.14 1,234.50 FF 1.500000E+003 {x}", call("String.Format~four", "{0:F2} {1:N2} {2:X} {3:E} {{x}}", Math.PI, 1234.5, 255L, 1500.0));
        same("0.50 007.0 .13", call("String.Format~three", "{0:0.00} {1:000.0} {2:#.##}", 0.5, 7.0, 0.125));
        assertEquals("System.FormatException: Format specifier was invalid.", raised("String.Format", "{0:Q}", 1L));
        assertEquals("System.FormatException: Index (zero based) must be greater than or equal to zero and less than the size of the argument list.",
                raised("String.Format", "{1}", 1L));
        assertEquals("System.FormatException: Input string was not in a correct format.", raised("String.Format", "{0", 1L));
    }

    @Test
    void parsing() {
        same(123L, call("Int32.Parse", " 123 "));
        same(tuple(true, 42L), call("Int32.TryParse", "42"));
        same(tuple(false, 0L), call("Int32.TryParse", "4x2"));
        same(2147483647, call("Int32.get_MaxValue", Unit.VALUE));
        assertEquals("System.FormatException: The input string 'twelve' was not in a correct format.", raised("Int32.Parse", "twelve"));
        assertEquals("System.OverflowException: Value was either too large or too small for an Int32.", raised("Int32.Parse", "3000000000"));
        same(3000000000L, call("Int64.Parse", "3000000000"));
        same(tuple(true, 2.5), call("Double.TryParse", "2.5"));
        same(1000.5, call("Double.Parse", "1,000.5"));
        same(tuple(false, 0.0), call("Double.TryParse", "1d"));
        assertEquals(Double.NaN, call("Double.Parse", "NaN"));
        same(true, call("Boolean.Parse", "True"));
        assertEquals("String 'yes' was not recognized as a valid Boolean.", failure("Boolean.Parse", "yes"));
    }

    @Test
    void console() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Interpreter vm = new Interpreter(VM.image(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        run(vm, "Console.WriteLine~string", "from Console");
        run(vm, "Console.WriteLine~value", 42L);
        run(vm, "Console.WriteLine~value", 2.5);
        run(vm, "Console.WriteLine~formatThree", "{0} + {1} = {2}", 1L, 2L, 3L);
        run(vm, "Console.Write~string", "a");
        run(vm, "Console.WriteLine", Unit.VALUE);
        assertEquals("from Console\n42\n2.5\n1 + 2 = 3\na\n", bytes.toString(StandardCharsets.UTF_8));
    }

    private static void run(Interpreter vm, String name, Object... args) {
        LIB.lookup(name).body().call(vm, args);
    }
}
