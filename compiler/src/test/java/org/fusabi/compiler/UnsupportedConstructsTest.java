package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * F# that Fusabi does not implement is rejected with an error naming the construct, at the construct, never with a
 * parse error about something else. One row per construct: the script, then "line:col message".
 */
class UnsupportedConstructsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        let q = <@ 1 + 2 @>                                  | 1:9 code quotations (<@ … @>) are not supported by Fusabi
        let q = <@@ 1 @@>                                    | 1:9 code quotations (<@ … @>) are not supported by Fusabi
        type Data = JsonProvider<"data.json">                | 1:26 type providers (a type applied to a literal, as JsonProvider<"…">) are not supported by Fusabi
        type P = struct val X: int end                       | 1:10 struct types ('struct') are not supported by Fusabi
        let x = global                                       | 1:9 'global' (the root namespace) is not supported by Fusabi
        namespace Shapes                                     | 1:1 namespaces are not supported by Fusabi; a script may declare modules
        let x = return 1                                     | 1:9 'return' may only be used within computation expressions
        #r "nuget: FSharp.Data"                              | 1:1 #r (referencing assemblies and NuGet packages) is not supported by Fusabi
        #load "other.fsx"                                    | 1:1 #load (loading other script files) is not supported by Fusabi
        """)
    void isNamed(String source, String expected) {
        CompileError e = assertThrows(CompileError.class, () -> Parser.parseProgram(source.replace("\\n", "\n")));
        assertEquals(expected, e.pos() + " " + e.getMessage());
    }
}
