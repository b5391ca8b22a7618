package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** System.Convert's conversions, with .NET's rounding, bases and exceptions. */
class ConvertTest {
    @Test
    void convertsAsDotNetDoes() {
        assertEquals("""
                42 2 4 97 255 -1
                11111111 ff 3.5 true 42 A
                Value was either too large or too small for an Int32.
                Could not find any recognizable digits.
                """, ScriptRun.output("""
                open System
                printfn "%d %d %d %d %d %d" (Convert.ToInt32 "42") (Convert.ToInt32 2.5) (Convert.ToInt32 3.5) (Convert.ToInt32 'a')
                    (Convert.ToInt32("ff", 16)) (Convert.ToInt32("ffffffff", 16))
                printfn "%s %s %g %b %s %c" (Convert.ToString(255, 2)) (Convert.ToString(255, 16)) (Convert.ToDouble "3.5")
                    (Convert.ToBoolean "True") (Convert.ToString 42) (Convert.ToChar 65)
                try Convert.ToInt32 "99999999999" |> ignore with :? OverflowException as e -> printfn "%s" e.Message
                try Convert.ToInt32("zz", 16) |> ignore with :? FormatException as e -> printfn "%s" e.Message
                """));
    }
}
