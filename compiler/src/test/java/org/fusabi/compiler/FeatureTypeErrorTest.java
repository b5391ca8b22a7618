package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misuse of each language feature is a compile error at the right place, naming both types where two disagree. */
class FeatureTypeErrorTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        record field        § type P = { X: int }\\nlet p = { X = "a" }                        § 2:15 § This expression was expected to have type 'int' but here has type 'string'
        union case argument § type S = A of int | B\\nlet s = A "x"                         § 2:11 § This expression was expected to have type 'int' but here has type 'string'
        array element       § let a = [| 1; 2 |]\\na.[0] <- "x"                             § 2:10 § This expression was expected to have type 'int' but here has type 'string'
        mutable local       § let mutable x = 1\\nx <- "s"                                  § 2:6  § This expression was expected to have type 'int' but here has type 'string'
        for over a list     § let xs = [1; 2]\\nfor x in xs do printfn "%s" x               § 2:29 § This expression was expected to have type 'string' but here has type 'int'
        string property     § let s = "abc"\\nlet n : int = s.Length + 1.0                  § 2:26 § This expression was expected to have type 'int' but here has type 'float'
        record update field § type P = { X: int }\\nlet p = { X = 1 }\\nlet q = { p with Y = 2 } § 3:18 § The record type 'P' has no field 'Y'
        ref cell            § let r = ref 1\\nr.Value <- "x"                                § 2:12 § This expression was expected to have type 'int' but here has type 'string'
        annotated argument  § let f (x: int) = x\\nf 1.5                                    § 2:3  § This expression was expected to have type 'int' but here has type 'float'
        printf format       § printfn "%d" "x"                                              § 1:14 § The type 'string' is not compatible with any of the types byte,int16,int32,int64,sbyte,uint16,uint32,uint64,nativeint,unativeint, arising from the use of a printf-style format string
        if branches         § let x = if true then 1 else "a"                               § 1:29 § This expression was expected to have type 'int' but here has type 'string'
        literal pattern     § match 1 with\\n| "a" -> 1\\n| _ -> 2                           § 2:3  § This expression was expected to have type 'int' but here has type 'string'
        tuple pattern       § let t = (1, 2)\\nlet (a, b, c) = t                            § 2:6  § This expression was expected to have type 'int * int' but here has type ''a * 'b * 'c'
        case of other type  § let x = Some 1\\nmatch x with\\n| Ok v -> v\\n| _ -> 0          § 3:3  § This expression was expected to have type 'int option' but here has type 'Result<'a,'b>'
        mixed arithmetic    § let y = 1 + 1.0                                               § 1:13 § This expression was expected to have type 'int' but here has type 'float'
        try branches        § let z = try 1 with _ -> "no"                                  § 1:25 § This expression was expected to have type 'int' but here has type 'string'
        lookup never typed  § let f x = x.Length                                            § 1:11 § Lookup on object of indeterminate type based on information prior to this program point. A type annotation may be needed to resolve 'Length'
        lookup typed later  § let n = List.map (fun s -> s.Length) [1; 2]                   § 1:28 § The type 'int' does not define the field, constructor or member 'Length'.
        unknown method      § let s = "abc".Frobnicate()                                    § 1:9  § The type 'string' does not define the field, constructor or member 'Frobnicate'.
        method argument     § let s = "abc".Substring("x")                                  § 1:25 § This expression was expected to have type 'int' but here has type 'string'
        anonymous field     § let p = {| A = 1 |}\\nlet b = p.B                              § 2:9  § The type '{| A: int |}' does not define the field, constructor or member 'B'.
        anonymous twice     § let p = {| A = 1; A = 2 |}                                    § 1:9  § The field 'A' appears more than once in this anonymous record
        anonymous types     § let p = {| A = 1 |}\\nlet q : {| A: string |} = p              § 2:27 § This expression was expected to have type '{| A: string |}' but here has type '{| A: int |}'
        anonymous copy      § let p = 1\\nlet q = {| p with A = 1 |}                        § 2:12 § The type 'int' is not a record type: '{| x with ... |}' copies the fields of a record
        no overload fits    § let i = "abc".IndexOf(1.5)                                    § 1:9  § No overloads match for method 'IndexOf'. Known overloads: IndexOf(char), IndexOf(string), IndexOf(char, int), IndexOf(string, int), IndexOf(string, StringComparison).
        """)
    void reportsTheMisuse(String feature, String program, String position, String message) {
        CompileError e = assertThrows(CompileError.class,
                () -> Compiler.check(program.replace("\\n", "\n"), StandardLibrary.create()));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.pos().toString());
    }
}
