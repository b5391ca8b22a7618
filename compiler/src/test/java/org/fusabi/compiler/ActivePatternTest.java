package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import org.fusabi.compiler.core.Core;
import org.fusabi.compiler.core.Var;
import org.fusabi.compiler.typecheck.TypeChecker;
import org.fusabi.compiler.types.TypePrinter;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Active patterns: how their names and uses parse, the types of their functions, and their misuse. */
class ActivePatternTest {
    private static String program(String source) {
        return Parser.parseProgram(source).stream().map(Sexp::of).collect(Collectors.joining("\n"));
    }

    /** The type of the first top-level binding of a program. */
    private static String firstType(String source) {
        Core main = new TypeChecker(StandardLibrary.create()).check(Parser.parseProgram(source)).main().body();
        Var v = main instanceof Core.Let let ? let.var() : ((Core.LetRec) main).vars().get(0);
        return TypePrinter.print(v.type);
    }

    @Test
    void theNameIsBoundWithItsBars() {
        assertEquals("(let (|Even|Odd| n) 0)", program("let (|Even|Odd|) n = 0"));
        assertEquals("(let (|Int|_| s) 0)", program("let (|Int|_|) s = 0"));
    }

    @Test
    void theNameIsAValueInExpressions() {
        assertEquals("(do (app |Even|Odd| 3))", program("(|Even|Odd|) 3"));
    }

    @Test
    void aCaseAppliedToSeveralPatternsTakesArgumentsThenItsResult() {
        assertEquals("(do (match s ((Prefix \"cmd:\" rest) -> rest)))", program("match s with Prefix \"cmd:\" rest -> rest"));
    }

    @Test
    void tupledParametersMayEachBeAnnotated() {
        assertEquals("(let (|Polar| (, (: x float) (: y float))) x)", program("let (|Polar|) (x: float, y: float) = x"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        multi-case total    § let (|Even|Odd|) n = if n % 2 = 0 then Even else Odd               § int -> Choice<unit,unit>
        cases with values   § let (|Pos|Neg|) x = if x > 0 then Pos x else Neg (string x)      § int -> Choice<int,string>
        partial             § let (|Int|_|) (s: string) = if s = "1" then Some 1 else None      § string -> int option
        parameterised       § let (|DivisibleBy|_|) d n = if n % d = 0 then Some () else None § int -> int -> unit option
        single-case         § let (|Twice|) x = x * 2                                           § int -> int
        """)
    void theFunctionHasFSharpsType(String kind, String definition, String type) {
        assertEquals(type, firstType(definition));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        result of wrong type   § let (|Twice|) x = x * 2\\nmatch 3 with Twice "a" -> 1                       § 2:20 § This expression was expected to have type 'int' but here has type 'string'
        too many arguments     § let (|Twice|) x = x * 2\\nmatch 3 with Twice a b -> 1                       § 2:14 § This active pattern expects 0 expression argument(s) and a pattern for its result, e.g. 'Twice arg1 ... arg0 result'
        argument of wrong type § let (|Div|_|) d n = if n % d = 0 then Some () else None\\nmatch 3 with Div "x" -> 1 § 2:18 § This expression was expected to have type 'int' but here has type 'string'
        partial with several   § let (|A|B|_|) x = None                                                  § 1:5  § Partial active patterns may only generate one result
        unknown case           § match 3 with Nope 1 2 -> 0                                              § 1:14 § The pattern discriminator 'Nope' is not defined.
        too many cases         § let (|A|B|C|D|E|F|G|H|) x = A                                           § 1:5  § Active patterns cannot return more than 7 possibilities
        """)
    void misuseIsReportedWhereItIs(String kind, String program, String position, String message) {
        CompileError e = assertThrows(CompileError.class,
                () -> Compiler.check(program.replace("\\n", "\n"), StandardLibrary.create()));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.pos().toString());
    }

    @Test
    void choiceCasesConstructAndMatchAsFSharpsChoiceTypes() {
        assertEquals("n 1\ns x\n[Choice1Of2 1; Choice2Of2 \"x\"] Choice3Of3 2.5\n", ScriptRun.output("""
                let cs : Choice<int, string> list = [Choice1Of2 1; Choice2Of2 "x"]
                for c in cs do match c with Choice1Of2 n -> printfn "n %d" n | Choice2Of2 s -> printfn "s %s" s
                let third : Choice<int, string, float> = Choice3Of3 2.5
                printfn "%A %A" cs third
                """));
    }

    @Test
    void anActivePatternPassedAsAnArgument() {
        assertEquals("Some \"5\" None\n", ScriptRun.output("""
                let mapQ f (|P|_|) = function (P x) -> Some (f x) | _ -> None
                let (|Half|_|) n = if n % 2 = 0 then Some (n / 2) else None
                printfn "%A %A" (mapQ string (|Half|_|) 10) (mapQ string (|Half|_|) 3)
                """));
    }

    @Test
    void andPatternsMatchBothSides() {
        assertEquals("6 no (2, 1) desc (1, 2)\n", ScriptRun.output("""
                let (|Num|_|) (name: string) (m: Map<string, int>) = Map.tryFind name m
                let (|Vector|_|) = function (Num "x" x & Num "y" y & Num "z" z) -> Some (x, y, z) | _ -> None
                let sum m = match m with Vector (a, b, c) -> string (a + b + c) | _ -> "no"
                let f = function (a, b) & t when a > b -> sprintf "%A desc" t | t -> sprintf "%A" t
                printfn "%s %s %s %s" (sum (Map.ofList ["x", 1; "y", 2; "z", 3])) (sum (Map.ofList ["x", 1])) (f (2, 1)) (f (1, 2))
                """));
    }
}
