package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;
import org.fusabi.compiler.ast.Expr;
import org.fusabi.compiler.ast.Pos;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static String expr(String source) {
        return Sexp.of(Parser.parseExpression(source));
    }

    private static String program(String source) {
        return Parser.parseProgram(source).stream().map(Sexp::of).collect(Collectors.joining("\n"));
    }

    /** The error a program gives, as "line:col message". */
    private static String error(String source) {
        CompileError e = assertThrows(CompileError.class, () -> Parser.parseProgram(source));
        return e.pos() + " " + e.getMessage();
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    @Nested
    class Precedence {
        @Test
        void arithmetic() {
            assertEquals("(+ 1 (* 2 3))", expr("1 + 2 * 3"));
            assertEquals("(- (- 1 2) 3)", expr("1 - 2 - 3"));
            assertEquals("(** 2.0 (** 3.0 2.0))", expr("2.0 ** 3.0 ** 2.0"));
            assertEquals("(+ (* a b) (% c d))", expr("a * b + c % d"));
        }

        @Test
        void consAppendAndHatAreRightAssociative() {
            assertEquals("(:: 1 (:: 2 xs))", expr("1 :: 2 :: xs"));
            assertEquals("(@ a (@ b c))", expr("a @ b @ c"));
            assertEquals("(^ a (^ b c))", expr("a ^ b ^ c"));
            assertEquals("(:: (+ 1 2) xs)", expr("1 + 2 :: xs"));
            assertEquals("(@ (:: x xs) ys)", expr("x :: xs @ ys"));
        }

        @Test
        void comparisonAndLogic() {
            assertEquals("(|| (&& (< a b) (= c d)) (not_app))".replace("(not_app)", "(app not e)"),
                         expr("a < b && c = d || not e"));
            assertEquals("(= (+ a 1) (* b 2))", expr("a + 1 = b * 2"));
            assertEquals("(<> (% x p) 0)", expr("x % p <> 0"));
        }

        @Test
        void pipelinesAndCompositionShareTheComparisonLevel() {
            assertEquals("(|> (|> xs (app List.map f)) List.sum)", expr("xs |> List.map f |> List.sum"));
            assertEquals("(>> (>> f g) h)", expr("f >> g >> h"));
            assertEquals("(|> (+ 1 2) f)", expr("1 + 2 |> f"));
        }

        @Test
        void bitwiseOperatorsFollowTheirFirstCharacter() {
            assertEquals("(<<< (||| (&&& a b) c) 2)", expr("a &&& b ||| c <<< 2"));
            assertEquals("(^^^ a (^^^ b c))", expr("a ^^^ b ^^^ c"));
            assertEquals("(<<< 1 (+ (- m d) n))", expr("1 <<< (m - d + n)"));
            assertEquals("(&&& (u~~~ x) 1)", expr("~~~x &&& 1"));
        }

        @Test
        void customOperators() {
            assertEquals("(++ (++ a b) c)", expr("a ++ b ++ c"));
            assertEquals("(+++ a (* b c))", expr("a +++ b * c"));
            assertEquals("(<+> (+ a b) c)", expr("a + b <+> c"));
        }

        @Test
        void tuplesBindLooserThanOperatorsAndAssignmentLoosest() {
            assertEquals("(tuple (+ a 1) b)", expr("a + 1, b"));
            assertEquals("(<- x (tuple 1 2))", expr("x <- 1, 2"));
            assertEquals("(<- (idx a i) (+ v 1))", expr("a.[i] <- v + 1"));
            assertEquals("(<- p.Y 5)", expr("p.Y <- 5"));
        }

        @Test
        void applicationBindsTighterThanOperators() {
            assertEquals("(+ (app f x) (app g y))", expr("f x + g y"));
            assertEquals("(app (app (app f a) b) c)", expr("f a b c"));
        }

        @Test
        void minus() {
            assertEquals("(- a 1)", expr("a - 1"));
            assertEquals("(- a 1)", expr("a-1"));
            assertEquals("(app f -1)", expr("f -1"));
            assertEquals("(app f (u- x))", expr("f -x"));
            assertEquals("(u- (app f x))", expr("-f x"));
            assertEquals("(* -2 3)", expr("-2 * 3"));
            assertEquals("(** -2.0 2.0)", expr("-2.0 ** 2.0"));
            assertEquals("(- a -1)", expr("a - -1"));
            assertEquals("(u- 1)", expr("- 1"));
            assertEquals("(app (app f 1) -2.5)", expr("f 1 -2.5"));
        }

        @Test
        void memberAccessIndexingAndMethodCalls() {
            assertEquals("List.map", expr("List.map"));
            assertEquals("(app (app List.map f) xs.Length)", expr("List.map f xs.Length"));
            assertEquals("(app s.Substring (tuple 1 2))", expr("s.Substring(1, 2)"));
            assertEquals("(app s.ToUpper ())", expr("s.ToUpper()"));
            assertEquals("(. (app s.Substring 1) Length)", expr("s.Substring(1).Length"));
            assertEquals("(. (app f x) Y)", expr("f(x).Y"));
            assertEquals("(app f x)", expr("f (x)"));
            assertEquals("(. (app f x) Length)", expr("(f x).Length"));
            assertEquals("(. (idx xs 0) Name)", expr("xs.[0].Name"));
            assertEquals("(idx a i)", expr("a[i]"));
            assertEquals("(app f (list i))", expr("f [i]"));
            assertEquals("(app (app f (idx a 0)) b)", expr("f a.[0] b"));
            assertEquals("M.N.f", expr("M.N.f"));
        }

        @Test
        void operatorsAsValues() {
            assertEquals("(app (app (app List.fold +) 0) xs)", expr("List.fold (+) 0 xs"));
            assertEquals("(app (app List.reduce *) xs)", expr("List.reduce (*) xs"));
            assertEquals("*", expr("( * )"));
            assertEquals("(app (app ++ a) b)", expr("(++) a b"));
        }

        @Test
        void keywordExpressionsExtendRight() {
            assertEquals("(+ 1 (if c 2 (+ 3 4)))", expr("1 + if c then 2 else 3 + 4"));
            assertEquals("(|> xs (fun (x) (+ x 1)))", expr("xs |> fun x -> x + 1"));
            assertEquals("(<- n (if (= (% n 2) 0) (/ n 2) (+ (* 3 n) 1)))", expr("n <- if n % 2 = 0 then n / 2 else 3 * n + 1"));
        }
    }

    @Nested
    class Literals {
        @Test
        void constants() {
            assertEquals("(tuple 42 255 1.5 0.0015 'x' \"s\" true false ())",
                         expr("42, 0xFF, 1.5, 1.5e-3, 'x', \"s\", true, false, ()"));
            assertEquals("(list 2.0 10 1000000)", expr("[2.; 0b1010; 1_000_000]"));
        }

        @Test
        void constantValueTypes() {
            Expr.Tuple t = (Expr.Tuple) Parser.parseExpression("1, 1.0, 'c', \"s\", true, -3");
            assertEquals(List.of(1L, 1.0, 'c', "s", true, -3L),
                         t.items().stream().map(e -> ((Expr.Const) e).value()).toList());
        }

        @Test
        void interpolatedStringsParseTheirHoles() {
            assertEquals("(interp \"a \" (+ x 1) \" b {c} \" (app f \"q\"))", expr("$\"a {x + 1} b {{c}} {f \"q\"}\""));
            assertEquals("(interp \"n=\" %d{n} \" \" %-8.2f{x} \" 100%\")", expr("$\"n=%d{n} %-8.2f{x} 100%%\""));
            assertEquals("(interp {x,-7} \"|\" {y:N2} {z,5:F1} {a,5} (tuple a b) (:: h t))", expr("$\"{x,-7}|{y:N2}{z,5:F1}{a, 5 }{a, b}{h :: t}\""));
            assertEquals("1:1 the format specifier '%d' in an interpolated string must be followed by the expression it formats, as in '%d{x}'",
                         error("$\"%d and {x}\""));
            assertEquals("1:9 invalid format specifier in interpolated string at '%': write '%%' for a percent sign",
                         error("let s = $\"100%\""));
            Expr.Interp i = (Expr.Interp) Parser.parseExpression("  $\"n={n + 1}\"");
            Expr.Binary hole = (Expr.Binary) ((Expr.Interp.Hole) i.parts().get(1)).value();
            assertEquals(new Pos(1, 8), hole.left().pos());
            assertEquals(new Pos(1, 10), hole.pos());
        }

        @Test
        void errorsInHolesPointIntoTheString() {
            assertEquals("2:15 unexpected ')' in expression", error("let a = 1\nlet s = $\"{a +)}\""));
        }

        @Test
        void verbatimAndTripleQuoted() {
            assertEquals("(tuple \"a\\\\b\" \"q\\\"q\")", expr("@\"a\\b\", \"\"\"q\"q\"\"\""));
        }
    }

    @Nested
    class Offside {
        @Test
        void letOnItsOwnLineScopesOverTheRestOfTheBlock() {
            assertEquals("(let x 1 (+ x 1))", expr("let x = 1\nx + 1"));
            assertEquals("(let x 1 (let y 2 (seq (app print x) y)))", expr("let x = 1\nlet y = 2\nprint x\ny"));
        }

        @Test
        void letInAndSemicolonsOnOneLine() {
            assertEquals("(let x 1 (seq (app f x) (app g x)))", expr("let x = 1 in f x; g x"));
            assertEquals("(seq a (seq b c))", expr("a; b; c"));
        }

        @Test
        void nestedLets() {
            assertEquals("(let (f x) (let y (* x 2) (let z (+ y 1) z)) (app f 3))", expr(lines(
                "let f x =",
                "    let y =",
                "        x * 2",
                "    let z = y + 1",
                "    z",
                "f 3")));
        }

        @Test
        void sequencesAndBlockEnds() {
            assertEquals("(seq (while c (seq (app f 1) (app g 2))) (app h 3))", expr(lines(
                "while c do",
                "    f 1",
                "    g 2",
                "h 3")));
        }

        @Test
        void continuationLinesAreArguments() {
            assertEquals("(let x (app (app f a) b) x)", expr(lines(
                "let x =",
                "    f a",
                "      b",
                "x")));
        }

        @Test
        void pipelineLinesAtTheBlockColumnContinue() {
            assertEquals("(let result (|> (|> (range 1 20) (app List.filter odd)) List.sum) result)", expr(lines(
                "let result =",
                "    [1 .. 20]",
                "    |> List.filter odd",
                "    |> List.sum",
                "result")));
        }

        @Test
        void infixOperatorMayStickOutLeftByItsLengthPlusOne() {
            assertEquals("(let x (+ 1 2) x)", expr(lines(
                "let x = 1",
                "      + 2",
                "x")));
        }

        @Test
        void matchArmsAtTheMatchColumn() {
            assertEquals("(let (f x) (match x (A -> 1) ((B y) -> (seq (app print y) 2))) (app f A))", expr(lines(
                "let f x =",
                "    match x with",
                "    | A -> 1",
                "    | B y ->",
                "        print y",
                "        2",
                "f A")));
        }

        @Test
        void nestedMatchEndsAtALessIndentedBar() {
            assertEquals("(match a (X -> (match b (P -> 1) (Q -> 2))) (Y -> 3))", expr(lines(
                "match a with",
                "| X ->",
                "    match b with",
                "    | P -> 1",
                "    | Q -> 2",
                "| Y -> 3")));
        }

        @Test
        void ifThenElseAcrossLines() {
            assertEquals("(seq (if c (seq a b) (if d e f)) g)", expr(lines(
                "if c then",
                "    a",
                "    b",
                "elif d then e",
                "else",
                "    f",
                "g")));
            assertEquals("(if c a b)", expr("if c\nthen a\nelse b"));
        }

        @Test
        void danglingElseBelongsToTheAlignedIf() {
            assertEquals("(if a (if b x) y)", expr(lines(
                "if a then",
                "    if b then x",
                "else y")));
        }

        @Test
        void lambdaBodyInParensMayUndent() {
            assertEquals("(app (app List.map (fun (x) (+ x 1))) xs)", expr(lines(
                "List.map (fun x ->",
                "    x + 1) xs")));
        }

        @Test
        void multiLineListsAndRecords() {
            assertEquals("(list 1 2 (+ 3 4))", expr(lines(
                "[ 1",
                "  2",
                "  3 + 4 ]")));
            assertEquals("(list 1 2)", expr(lines(
                "[",
                "    1",
                "    2",
                "]")));
            assertEquals("(record (X 1) (Y (app f 2)))", expr(lines(
                "{ X = 1",
                "  Y =",
                "    f 2 }")));
            assertEquals("(with r (X 1) (Y 2))", expr(lines(
                "{ r with",
                "    X = 1",
                "    Y = 2 }")));
        }

        @Test
        void multiLineTupleInParens() {
            assertEquals("(app foo (tuple a b))", expr("foo (a,\n     b)"));
        }

        @Test
        void closureReturnedFromABlock() {
            assertEquals("(let (counter ()) (let count (app ref 0) (fun (()) (seq (<- count.Value (+ count.Value 1)) count.Value))))",
                         program(lines(
                             "let counter () =",
                             "    let count = ref 0",
                             "    fun () ->",
                             "        count.Value <- count.Value + 1",
                             "        count.Value")));
        }
    }

    @Nested
    class VerboseSyntax {
        @Test
        void beginEndAreParentheses() {
            assertEquals("(* (+ 1 2) 3)", expr("begin 1 + 2 end * 3"));
            assertEquals("()", expr("begin end"));
            assertEquals("(let (f y) (seq (app print y) (* y 2)) (app f 1))", expr(lines(
                "let f y =",
                "    begin",
                "        print y",
                "        y * 2",
                "    end",
                "f begin 1 end")));
        }

        @Test
        void moduleBodyInBeginEnd() {
            assertEquals("(module M (let a 10) (let b 2))\n(do (app print M.a))", program(lines(
                "module M = begin",
                "    let a = 10",
                "    let b = 2",
                "end",
                "print M.a")));
            assertEquals("(module E )", program("module E = begin end"));
        }

        @Test
        void doneEndsLoops() {
            assertEquals("(seq (while c (app f 1)) (for i 1 2 (app g i)))", expr(lines(
                "while c do",
                "    f 1",
                "done",
                "for i = 1 to 2 do g i done")));
            assertEquals("(forin x xs (app h x))", expr("for x in xs do h x done"));
        }

        @Test
        void doubleSemicolonsSeparateDeclarations() {
            assertEquals("(let a 1)\n(let b 2)\n(do (app print (+ a b)))", program("let a = 1;;\nlet b = 2;; print (a + b);;\n"));
        }

        @Test
        void doInsideABlock() {
            assertEquals("(while false (if false (seq (app print 1) (yield 5))))", expr(lines(
                "while false do",
                "    if false then",
                "        do print 1",
                "        yield 5")));
        }

        @Test
        void letInOnContinuationLines() {
            assertEquals("(let (f ()) (let x 1 (let y (+ x 1) (app print y))))", program(lines(
                "let f( )",
                "    = let x = 1",
                "       in let y = x + 1 in",
                "          print",
                "           y;;")));
        }
    }

    @Nested
    class OffsideExceptions {
        @Test
        void elseMayUndentToTheIfColumn() {
            assertEquals("(let (f x) (if (= x 1) 10 (if (= x 2) 20 (let y (* x 3) (+ y 1)))) (app f 3))", expr(lines(
                "let f x =",
                "    if x = 1 then 10 else",
                "    if x = 2 then 20 else",
                "    let y = x * 3",
                "    y + 1",
                "f 3")));
        }

        @Test
        void aLastCaseMayGoOnWithAMatchAtTheCaseColumn() {
            assertEquals("(match a (None -> 0) ((Some x) -> (match b (None -> x) ((Some y) -> (+ x y)))))", expr(lines(
                "match a with",
                "| None -> 0",
                "| Some x ->",
                "match b with",
                "| None -> x",
                "| Some y -> x + y")));
        }

        @Test
        void linesInsideBracketsMayUndentToTheOpeningLine() {
            assertEquals("(let s (app join (tuple \",\" (list a b))) s)", expr(lines(
                "let s = join(\",\",",
                "            [a; b])",
                "s")));
            assertEquals("(let t (app f (tuple 1 2 3)) t)", expr(lines(
                "let t = f (1,",
                "    2,",
                "      3)",
                "t")));
            assertEquals("2:1 possible incorrect indentation: this token is offside of the context started at 1:10",
                         error("let t = (1,\n2)"));
        }

        @Test
        void tupledParametersWithTypes() {
            assertEquals("(let (f (, (: x int) (: y (list string)))) x)", program("let f (x: int, y: string list) = x"));
            assertEquals("(fun ((, a (: b int))) b)", expr("fun (a, b : int) -> b"));
        }
    }

    @Nested
    class AttributesAndModifiers {
        @Test
        void attributesBelongToTheDeclarationAfterThem() {
            assertEquals("(let [<Literal>] Max 10)", program("[<Literal>]\nlet Max = 10"));
            assertEquals("(let [<Literal>] [<Obsolete>] Name \"n\")", program("[<Literal; Obsolete(\"old\", true)>] let Name = \"n\""));
            assertEquals("(let [<A>] [<B>] x 1)", program("[<A>][<B>]\nlet x = 1"));
            assertEquals("(let [<Literal>] X 1)", program("let [<Literal>] X = 1"));
            assertEquals("(type ([<RequireQualifiedAccess>] Color = | Red | Green))", program("[<RequireQualifiedAccess>]\ntype Color = Red | Green"));
            assertEquals("(module [<AutoOpen>] H (let x 1))", program("[<AutoOpen>]\nmodule H =\n    let x = 1"));
            assertEquals("(let [<EntryPoint>] (main argv) 0)", program("[<EntryPoint>]\nlet main argv = 0"));
        }

        @Test
        void attributesOnCasesFieldsAndParametersAreReadPast() {
            assertEquals("(type (U = | A of int | B))", program("type U =\n    | [<CompiledName(\"AA\")>] A of int\n    | [<Foo>] B"));
            assertEquals("(type (R = {X: int; mutable Y: int}))", program("type R = { [<DefaultValue>] X: int; [<A>] mutable Y: int }"));
            assertEquals("(let (f x) x)", program("let f ([<ParamArray>] x) = x"));
        }

        @Test
        void modifiersAreReadPastAndInlineIsRecorded() {
            assertEquals("(let [<inline>] (sq x) (* x x))", program("let inline sq x = x * x"));
            assertEquals("(let [<inline>] (twice f x) (app f (app f x)))", program("let inline private twice f x = f (f x)"));
            assertEquals("(let mutable count 0)", program("let mutable private count = 0"));
            assertEquals("(let x 1)\n(let y 2)\n(let z 3)", program("let internal x = 1\nlet public y = 2\nlet private z = 3"));
            assertEquals("(type (T = {X: int}))", program("type private T = internal { X: int }"));
            assertEquals("(module M (let x 1))", program("module private M =\n    let x = 1"));
        }

        @Test
        void attributeErrors() {
            assertEquals("1:13 expected a declaration (let, type, module, exception or do) after the attributes but found 'x'",
                         error("[<Literal>] x"));
            assertEquals("1:10 expected '>]' to close the attribute list opened at 1:1 but found end of input", error("[<Literal"));
        }
    }

    @Nested
    class TypeArgumentsAndSlices {
        @Test
        void typeArgumentsRightAfterAName() {
            assertEquals("(app (tapp Array.zeroCreate int) 3)", expr("Array.zeroCreate<int> 3"));
            assertEquals("(tapp Map.empty string int)", expr("Map.empty<string, int>"));
            assertEquals("(tapp f (list int) (-> int (* int string)))", expr("f<int list, int -> int * string>"));
            assertEquals("(tapp f (Map string (list int)))", expr("f<Map<string, list<int>>>"));
        }

        @Test
        void comparisonsAreNotTypeArguments() {
            assertEquals("(< a b)", expr("a<b"));
            assertEquals("(&& (< a b) (> c d))", expr("a<b && c>d"));
            assertEquals("(> (< f int) x)", expr("f <int> x"));
        }

        @Test
        void slices() {
            assertEquals("(slice xs 1 3)", expr("xs.[1..3]"));
            assertEquals("(slice s null 2)", expr("s.[..2]"));
            assertEquals("(slice a 2 null)", expr("a[2..]"));
            assertEquals("(slice a (+ i 1) (- n 1))", expr("a[i+1 .. n-1]"));
            assertEquals("(idx a 1)", expr("a.[1]"));
            assertEquals("(slice a null null)", expr("a.[*]"));
        }

        @Test
        void slicesOfRectangularArrays() {
            assertEquals("(slice a (at 6) null null)", expr("a.[6, *]"));
            assertEquals("(slice a 1 3 2 null)", expr("a[1..3, 2..]"));
            assertEquals("(slice (slice a null null null null) (at 1) null 2)", expr("a[*,*][1,..2]"));
            assertEquals("(slice a (at (+ i 1)) (at j) null 4)", expr("a.[i + 1, j, ..4]"));
            assertEquals("(idx a (tuple i j))", expr("a.[i, j]"));
        }
    }

    @Nested
    class SequencesNamesAndOperators {
        @Test
        void seqIsAComputationExpression() {
            assertEquals("(seq (for i 1 3 (yield (* i 2))))", expr("seq { for i in 1 .. 3 do yield i * 2 }"));
            assertEquals("(seq (seq 1 2))", expr("seq { 1; 2 }"));
            assertEquals("(app Seq.toList (seq (seq (yield 1) (yield 2))))", expr("Seq.toList (seq {\n    yield 1\n    yield 2\n})"));
        }

        @Test
        void bracesAfterANameMayStillBeARecord() {
            assertEquals("(app Some (record (X 1)))", expr("Some { X = 1 }"));
            assertEquals("(app f (with r (X 1)))", expr("f { r with X = 1 }"));
            assertEquals("(app f (with M.r (X 1)))", expr("f { M.r with X = 1 }"));
        }

        @Test
        void yieldBangIsALoopOverTheSource() {
            assertEquals("(comp (seq (forin _yield1 xs (yield _yield1)) (yield 3)))", expr("[ yield! xs; yield 3 ]"));
            assertEquals("(seq (forin _yield1 (app f x) (yield _yield1)))", expr("seq { yield! f x }"));
        }

        @Test
        void namedUnionFieldsInPatterns() {
            assertEquals("(match v ((Dog (fields (name n))) -> n))", expr("match v with Dog (name = n) -> n"));
            assertEquals("(match v ((Rect (fields (w 2.0) (h h))) -> h))", expr("match v with Rect(w = 2.0; h = h) -> h"));
        }

        @Test
        void backtickedIdentifiers() {
            assertEquals("(let my name 5)", program("let ``my name`` = 5"));
            assertEquals("(app add one 1)", expr("``add one`` 1"));
            assertEquals("(let type 1)", program("let ``type`` = 1"));
            assertEquals("1:9 unterminated identifier: '``' has no matching '``' on its line", error("let x = ``open\n"));
        }

        @Test
        void operatorsWithDots() {
            assertEquals("(let (>>. a b) (+ a b))", program("let (>>.) a b = a + b"));
            assertEquals("(.>> (+. a b) c)", expr("a +. b .>> c"));
            assertEquals("(.>>. a (+ b c))", expr("a .>>. b + c"));
        }
    }

    @Nested
    class Expressions {
        @Test
        void lambdasAndFunction() {
            assertEquals("(fun (x (, a b) _ ()) x)", expr("fun x (a, b) _ () -> x"));
            assertEquals("(fun (_arg1) (match _arg1 ((plist) -> 0) ((:: h t) -> h)))", expr("function [] -> 0 | h :: t -> h"));
            assertEquals("(tuple (fun (_arg1) (match _arg1 (_ -> 1))) (fun (_arg2) (match _arg2 (_ -> 2))))",
                         expr("(function _ -> 1), (function _ -> 2)"));
        }

        @Test
        void matchWithGuardsOrAndAs() {
            assertEquals("(match x ((| 1 2) -> a) ((Some n) when (> n 0) -> b) ((as (, p q) t) -> c))",
                         expr("match x with 1 | 2 -> a | Some n when n > 0 -> b | (p, q) as t -> c"));
        }

        @Test
        void tryWithAndFinally() {
            assertEquals("(try (app f ()) ((Failure msg) -> msg) (_ -> \"?\"))", expr(lines(
                "try",
                "    f ()",
                "with",
                "| Failure msg -> msg",
                "| _ -> \"?\"")));
            assertEquals("(tryfinally (app f ()) (app cleanup ()))", expr("try f () finally cleanup ()"));
            assertEquals("(try a (e -> b))", expr("try a with e -> b"));
        }

        @Test
        void forLoops() {
            assertEquals("(for i 1 10 (app print i))", expr("for i = 1 to 10 do print i"));
            assertEquals("(fordown i 10 1 (app print i))", expr("for i = 10 downto 1 do print i"));
            assertEquals("(for i a b (app print i))", expr("for i in a .. b do print i"));
            assertEquals("(for i a 2 b (app print i))", expr("for i in a .. 2 .. b do\n    print i"));
            assertEquals("(forin (, k v) m (app print k))", expr("for (k, v) in m do print k"));
            assertEquals("(forin (KeyValue (, k v)) m ())", expr("for KeyValue(k, v) in m do ()"));
            assertEquals("(forin (, a b) (range 1 3) ())", expr("for a, b in 1 .. 3 do ()"));
        }

        @Test
        void letForms() {
            assertEquals("(let rec (f x) (app g x) (g y) (app f y) (app f 1))",
                         expr("let rec f x = g x\nand g y = f y\nf 1"));
            assertEquals("(let mutable x 0 (<- x 1))", expr("let mutable x = 0\nx <- 1"));
            assertEquals("(let (, a b) p a)", expr("let (a, b) = p\na"));
            assertEquals("(let (, a b) p a)", expr("let a, b = p\na"));
            assertEquals("(let (f (: x int) (: y int)) : int (+ x y) f)",
                         expr("let f (x: int) (y: int) : int = x + y\nf"));
            assertEquals("(let x : (list int) (list) x)", expr("let x : int list = []\nx"));
            assertEquals("(let (++ a b) (@ a b) (++ x y))", expr("let (++) a b = a @ b\nx ++ y"));
        }

        @Test
        void listsArraysAndRanges() {
            assertEquals("(list)", expr("[]"));
            assertEquals("(array)", expr("[||]"));
            assertEquals("(array 1 2)", expr("[|1; 2|]"));
            assertEquals("(list 1 2)", expr("[1; 2;]"));
            assertEquals("(range 1 10)", expr("[1..10]"));
            assertEquals("(range a s b)", expr("[a .. s .. b]"));
            assertEquals("(arange 0 (- n 1))", expr("[|0 .. n - 1|]"));
            assertEquals("(list (tuple 1 \"one\") (tuple 2 \"two\"))", expr("[(1, \"one\"); (2, \"two\")]"));
            assertEquals("(list (tuple 1 2))", expr("[1, 2]"));
        }

        @Test
        void comprehensions() {
            assertEquals("(comp (forin x xs (if (app p x) (yield (app f x)))))",
                         expr("[ for x in xs do if p x then yield f x ]"));
            assertEquals("(comp (forin x xs (yield (app f x))))", expr("[ for x in xs -> f x ]"));
            assertEquals("(acomp (for i 1 3 (yield (* i i))))", expr("[| for i in 1 .. 3 -> i * i |]"));
            assertEquals("(comp (forin x xs (let y (* x 2) (forin z ys (yield (tuple y z))))))", expr(lines(
                "[ for x in xs do",
                "    let y = x * 2",
                "    for z in ys do",
                "        yield (y, z) ]")));
            assertEquals("(comp (seq (yield 1) (yield 2)))", expr("[ yield 1; yield 2 ]"));
        }

        @Test
        void refCellOperators() {
            assertEquals("(+ (u! r) 1)", expr("!r + 1"));
            assertEquals("(app (app f (u! r)) (u! (u! s)))", expr("f !r !(!s)"));
            assertEquals("(:= r (tuple 1 2))", expr("r := 1, 2"));
            assertEquals("(:= r (+ (u! r) 1))", expr("r := !r + 1"));
            assertEquals("(u! x.Value)", expr("!x.Value"));
        }

        @Test
        void recordsAndAnnotations() {
            assertEquals("(record (X 1) (Y 2))", expr("{ X = 1; Y = 2 }"));
            assertEquals("(record (P.X 1))", expr("{ P.X = 1 }"));
            assertEquals("(with c1 (Suit Spades))", expr("{ c1 with Suit = Spades }"));
            assertEquals("(with (app f x) (A 1))", expr("{ f x with A = 1 }"));
            assertEquals("(: x (list int))", expr("(x : int list)"));
            assertEquals("(app ref 0)", expr("ref 0"));
        }
    }

    @Nested
    class Patterns {
        private String pattern(String p) {
            Expr.Match m = (Expr.Match) Parser.parseExpression("match v with " + p + " -> ()");
            return Sexp.of(m.cases().getFirst().pattern());
        }

        @Test
        void everyKind() {
            assertEquals("_", pattern("_"));
            assertEquals("x", pattern("x"));
            assertEquals("42", pattern("42"));
            assertEquals("-1", pattern("-1"));
            assertEquals("-2.5", pattern("-2.5"));
            assertEquals("'c'", pattern("'c'"));
            assertEquals("\"s\"", pattern("\"s\""));
            assertEquals("true", pattern("true"));
            assertEquals("()", pattern("()"));
            assertEquals("(, a b c)", pattern("a, b, c"));
            assertEquals("(plist)", pattern("[]"));
            assertEquals("(plist a b)", pattern("[a; b]"));
            assertEquals("(:: h t)", pattern("h :: t"));
            assertEquals("(parray a b)", pattern("[| a; b |]"));
            assertEquals("(parray)", pattern("[||]"));
            assertEquals("None", pattern("None"));
            assertEquals("(Some x)", pattern("Some x"));
            assertEquals("(Node (, l r))", pattern("Node (l, r)"));
            assertEquals("(Circle 1.0)", pattern("Circle 1.0"));
            assertEquals("(Shape.Circle r)", pattern("Shape.Circle r"));
            assertEquals("(precord (X x) (Y 0))", pattern("{ X = x; Y = 0 }"));
            assertEquals("(as (Some x) whole)", pattern("Some x as whole"));
            assertEquals("(| (| A B) C)", pattern("A | B | C"));
            assertEquals("(: x int)", pattern("(x: int)"));
            assertEquals("(Some (Some x))", pattern("Some (Some x)"));
        }

        @Test
        void precedence() {
            assertEquals("(as (| (, a b) (, c d)) t)", pattern("a, b | c, d as t"));
            assertEquals("(, (:: h t) x)", pattern("h :: t, x"));
            assertEquals("(:: (Some x) rest)", pattern("Some x :: rest"));
            assertEquals("(:: a (:: b c))", pattern("a :: b :: c"));
        }

        @Test
        void orPatternAcrossLines() {
            assertEquals("(match v ((| A B) -> 1) (C -> 2))", expr("match v with\n| A\n| B -> 1\n| C -> 2"));
        }
    }

    @Nested
    class Types {
        private String type(String t) {
            Expr.Typed typed = (Expr.Typed) Parser.parseExpression("(x : " + t + ")");
            return Sexp.of(typed.type());
        }

        @Test
        void forms() {
            assertEquals("int", type("int"));
            assertEquals("(list int)", type("int list"));
            assertEquals("(list (option int))", type("int option list"));
            assertEquals("(list 'a)", type("'a list"));
            assertEquals("(array int)", type("int[]"));
            assertEquals("(array int)", type("int array"));
            assertEquals("(Map string int)", type("Map<string, int>"));
            assertEquals("(Result int string)", type("Result<int, string>"));
            assertEquals("(* int string)", type("int * string"));
            assertEquals("(-> int (-> int int))", type("int -> int -> int"));
            assertEquals("(-> (* int int) int)", type("int * int -> int"));
            assertEquals("(list (-> int int))", type("(int -> int) list"));
            assertEquals("M.T", type("M.T"));
            assertEquals("(Tree 'T)", type("Tree<'T>"));
            assertEquals("(Map string (Set int))", type("Map<string, Set<int>>"));
        }
    }

    @Nested
    class Declarations {
        @Test
        void topLevelLetsAndExpressions() {
            assertEquals("(let x 1)\n(do (app (app printfn \"%d\") x))\n(do (for i 1 3 (app print i)))",
                         program("let x = 1\nprintfn \"%d\" x\nfor i in 1 .. 3 do\n    print i\n"));
            assertEquals("(do (let x 1 (app print x)))\n(let y 2)", program("let x = 1 in print x\nlet y = 2"));
            assertEquals("(do (seq (app print 1) (app print 2)))", program("do\n    print 1\n    print 2"));
            assertEquals("(do (app f 1))\n(do (app f 2))", program("f 1\nf 2"));
            assertEquals("(do (|> (list 1) ignore))", program("[1]\n|> ignore"));
        }

        @Test
        void recordTypes() {
            assertEquals("(type (P = {X: int; mutable Y: int}))", program("type P = { X: int; mutable Y: int }"));
            assertEquals("(type (P = {X: int; Y: (list string)}))", program("type P =\n    { X: int\n      Y: string list }"));
        }

        @Test
        void unionTypes() {
            assertEquals("(type (Shape = | Circle of float | Rect of w: float * h: float))",
                         program("type Shape = Circle of float | Rect of w: float * h: float"));
            assertEquals("(type (Tree<'T> = | Leaf | Node of (Tree 'T) * 'T * (Tree 'T)))",
                         program("type Tree<'T> =\n    | Leaf\n    | Node of Tree<'T> * 'T * Tree<'T>\n"));
            assertEquals("(type (Suit = | Hearts | Spades))", program("type Suit = Hearts | Spades"));
            assertEquals("(type (T = | A | B))\n(let x A)", program("type T =\n| A\n| B\nlet x = A"));
            assertEquals("(type (F = | F of (-> int int)))", program("type F = F of (int -> int)"));
        }

        @Test
        void aliasesAndMutuallyRecursiveTypes() {
            assertEquals("(type (Pair = (* int int)))", program("type Pair = int * int"));
            assertEquals("(type (A = | A of B) (B = | B of (option A)))", program("type A = A of B\nand B = B of A option"));
        }

        @Test
        void exceptions() {
            assertEquals("(exception MyError string)", program("exception MyError of string"));
            assertEquals("(exception Stop)", program("exception Stop"));
            assertEquals("(exception E string int)", program("exception E of string * int"));
        }

        @Test
        void modulesAndOpen() {
            assertEquals("(module M (let x 1) (module N (let y 2)))\n(open M.N)\n(do (app print M.x))", program(lines(
                "module M =",
                "    let x = 1",
                "    module N =",
                "        let y = 2",
                "open M.N",
                "print M.x")));
            assertEquals("(module Script (let x 1) (do (app print x)))", program("module Script\nlet x = 1\nprint x\n"));
        }

        @Test
        void emptyProgram() {
            assertEquals("", program("// nothing\n"));
        }
    }

    @Nested
    class Errors {
        @Test
        void missingOperand() {
            assertEquals("3:14 unexpected ')' in expression", error("// error at line 3\nlet a = 1\nlet b = (a + ) * 2\n"));
        }

        @Test
        void missingEquals() {
            assertEquals("1:9 expected '=' after let binding but found '+'", error("let f x + 1\n"));
            assertEquals("1:8 expected '=' after let binding but found end of input", error("let f x\n"));
        }

        @Test
        void missingBody() {
            assertEquals("1:8 expected an expression but found end of input", error("let x ="));
        }

        @Test
        void unclosedBrackets() {
            assertEquals("1:15 expected ')' to close the '(' at 1:9 but found end of input", error("let x = (1 + 2"));
            assertEquals("1:14 expected ']' to close the '[' at 1:9 but found ')'", error("let x = [1; 2)"));
        }

        @Test
        void unexpectedTrailingToken() {
            assertEquals("1:11 unexpected ')'", error("let x = 1 )"));
        }

        @Test
        void letWithoutBody() {
            assertEquals("2:5 this 'let' is the last thing in its block: a block must end with an expression that gives its value",
                         error("let f () =\n    let y = 1\n"));
        }

        @Test
        void lineStuckBetweenBlocks() {
            assertEquals("3:3 possible incorrect indentation: this token is offside of the context started at 2:5",
                         error(lines("let f x =", "    let y = 1", "  y + x")));
        }

        @Test
        void indentedLineThatContinuesNothing() {
            assertEquals("4:7 possible incorrect indentation: this token is offside of the context started at 3:9",
                         error(lines("let f x =", "    if x then", "        a", "      b")));
        }

        @Test
        void bodyNotIndentedPastTheLet() {
            assertEquals("2:1 possible incorrect indentation: this token is offside of the context started at 1:1",
                         error("let f x =\nx + 1"));
        }

        @Test
        void operandOnALineLeftOfTheBlock() {
            assertEquals("2:1 possible incorrect indentation: this token is offside of the context started at 1:9",
                         error("let x = 1 +\n2"));
        }

        @Test
        void missingThenAndArrow() {
            assertEquals("1:14 expected 'then' after the condition of 'if' but found 'else'", error("let x = if c else b"));
            assertEquals("1:24 expected '->' after the pattern of a match case but found '='",
                         error("let x = match y with A = 1"));
        }

        @Test
        void errorsCarryTheirPosition() {
            CompileError e = assertThrows(CompileError.class, () -> Parser.parseExpression("1 +"));
            assertInstanceOf(Pos.class, e.pos());
            assertEquals("f.fsx:1:4: error: expected an expression but found end of input\n1 +\n   ^", e.render("f.fsx", "1 +"));
        }
    }
}
