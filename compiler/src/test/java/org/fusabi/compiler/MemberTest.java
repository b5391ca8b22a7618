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

/** Members, classes, interfaces and object expressions: how they parse, the types of their uses, and their misuse. */
class MemberTest {
    private static String program(String... lines) {
        return Parser.parseProgram(String.join("\n", lines) + "\n").stream().map(Sexp::of).collect(Collectors.joining("\n"));
    }

    /** The type of the last top-level binding named name. */
    private static String typeOf(String name, String... lines) {
        Core c = new TypeChecker(StandardLibrary.create()).check(Parser.parseProgram(String.join("\n", lines) + "\n")).main().body();
        Var found = null;
        while (true) {
            switch (c) {
                case Core.Let let -> {
                    if (let.var().name.equals(name)) found = let.var();
                    c = let.body();
                }
                case Core.LetRec rec -> c = rec.body();
                case Core.Seq seq -> c = seq.second();
                default -> {
                    return TypePrinter.print(found.type);
                }
            }
        }
    }

    @Test
    void recordAndUnionMembersFollowTheirFieldsAndCases() {
        assertEquals("(type (V = {X: int} (member v.Double = (* v.X 2)) (member v.Add (, a b) = (+ (+ v.X a) b))"
                + " (static Zero = (record (X 0))) (static + (, (: a V) (: b V)) = (record (X (+ a.X b.X)))) (override v.ToString () = \"v\")))",
                program("type V =", "    { X: int }", "    member v.Double = v.X * 2", "    member v.Add(a, b) = v.X + a + b",
                        "    static member Zero = { X = 0 }", "    static member (+) (a: V, b: V) = { X = a.X + b.X }",
                        "    override v.ToString() = \"v\""));
        assertEquals("(type (S = | A | B (member s.Flip = s)))", program("type S =", "    | A", "    | B", "    member s.Flip = s"));
        assertEquals("(type (P = {X: int} (member p.Y = 1)))", program("type P = { X: int } with", "    member p.Y = 1", "end"));
    }

    @Test
    void aClassHasAConstructorLetsDosMembersAndInterfaceImplementations() {
        assertEquals("(type (C = class (: n int) (let mutable k n) (do (app printfn \"made\")) (val P 1 get set)"
                + " (member _.K = k (set v (<- k v))) (interface I (member _.M = 1))))",
                program("type C(n: int) =", "    let mutable k = n", "    do printfn \"made\"", "    member val P = 1 with get, set",
                        "    member _.K with get () = k and set v = k <- v", "    interface I with", "        member _.M = 1"));
    }

    @Test
    void anEmptyClassTakesItsMembersAfterWith() {
        assertEquals("(type (C = class () (member _.M = 1)))", program("type C() = class end", "with", "    member _.M = 1"));
    }

    @Test
    void anInterfaceHasOnlyAbstractMembersWhoseArgumentLabelsAreDropped() {
        assertEquals("(type (I = interface (abstract M int) (abstract N (-> (* int int) int))))",
                program("type I =", "    abstract M: int", "    abstract member N: x: int * y: int -> int"));
    }

    @Test
    void objectExpressionsCastsAndTypeTests() {
        assertEquals("(let o (new I (member _.M = 1)))", program("let o = { new I with member _.M = 1 }"));
        assertEquals("(let u (:> o I))\n(let d (:?> o C))\n(let t (:? o C))", program("let u = o :> I", "let d = o :?> C", "let t = o :? C"));
        assertEquals("(do (match o ((as (:? C) c) -> 1) (_ -> 0)))", program("match o with :? C as c -> 1 | _ -> 0"));
        assertEquals("(let c (app C 1))", program("let c = new C(1)"));
        // a name then { new … } applies it to an object expression, not a computation expression
        assertEquals("(let r (app f (new I (member _.M = 1))))", program("let r = f { new I with member _.M = 1 }"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        property                 § type V = { X: int } with member v.Double = v.X * 2 end\\nlet f (v: V) = v.Double                    § V -> int
        method of tuple          § type V = { X: int } with member v.Add(a, b) = v.X + a + b end\\nlet f (v: V) = v.Add(1, 2)   § V -> int
        method as a function     § type V = { X: int } with member v.Add(a, b) = v.X + a + b end\\nlet f (v: V) = v.Add        § V -> int -> int -> int
        static member            § type V = { X: int } with static member Make x = { X = x } end\\nlet f = V.Make                § int -> V
        operator member          § type V = { X: int } with static member (+) (a: V, b: V) = { X = a.X + b.X } end\\nlet f (v: V) = v + v § V -> V
        class constructor        § type C(n: int) =\\n    member _.N = n\\nlet f = C                                               § int -> C
        generic class            § type Box<'T>(x: 'T) =\\n    member _.Value = x\\nlet f (b: Box<string>) = b.Value                § Box<string> -> string
        interface member         § type I =\\n    abstract Name: string\\nlet f (i: I) = i.Name                                  § I -> string
        """)
    void usesHaveTheMembersTypes(String kind, String program, String type) {
        assertEquals(type, typeOf("f", program.replace("\\n", "\n")));
    }

    @Test
    void typeTestsOnInterfaceValuesNameTheScriptsTypes() {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.check(
                "type I =\n    abstract M: int\nlet f (i: I) = match i with :? string -> 1 | _ -> 0\n", StandardLibrary.create()));
        assertEquals("Type tests (:?) are supported for types the script declares; 'string' is not one", e.getMessage());
        assertEquals("3:29", e.pos().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        unknown member            § type V = { X: int }\\nlet v = { X = 1 }\\nprintfn "%d" v.Y                                 § 3:14 § The type 'V' does not define the field, constructor or member 'Y'.
        a class's let is private  § type C(n: int) =\\n    let k = n\\nlet c = C(1)\\nprintfn "%d" c.k                          § 4:14 § The type 'C' does not define the field, constructor or member 'k'.
        assign immutable let      § type C(n: int) =\\n    let k = n\\n    member _.Set v = k <- v                               § 3:24 § This value is not mutable. Consider using the mutable keyword, e.g. 'let mutable k = expression'.
        property without setter   § type C() =\\n    member val P = 1\\nlet c = C()\\nc.P <- 2                                  § 4:5  § Property 'P' cannot be set
        missing implementation    § type I =\\n    abstract M: int\\ntype C() =\\n    interface I with\\n        member _.N = 1     § 4:5  § No implementation was given for 'abstract member I.M: int'. Note that all interface members must be implemented and listed under an appropriate 'interface' declaration, e.g. 'interface ... with member ...'.
        not implemented           § type I =\\n    abstract M: int\\ntype C() =\\n    member _.N = 1\\nlet i = C() :> I             § 5:13 § The type 'C' does not implement the interface 'I'
        object expression member  § type I =\\n    abstract M: int\\nlet o = { new I with member _.M = "s" }                   § 3:35 § This expression was expected to have type 'int' but here has type 'string'
        not an interface          § type R = { X: int }\\nlet o = { new R with member _.M = 1 }                                 § 2:9  § The type 'R' is not an interface type
        indexer without setter    § type B() =\\n    member _.Item with get (i: int) = i\\nlet b = B()\\nb.[0] <- 1                   § 4:7  § Property 'Item' cannot be set
        static val not zeroed     § type C =\\n    static val mutable n : int                                                 § 2:12 § Static 'val' fields in types must be mutable, private and marked with the '[<DefaultValue>]' attribute. They are initialized to the 'null' or 'zero' value for their type. Consider also using a 'static let mutable' binding in a class type.
        required argument missing § type C(a: int, b: int) =\\n    member _.S = a + b\\nlet c = C(b = 1)                      § 3:13 § The member 'C' requires the argument 'a'
        named setter not settable § type C(a: int) =\\n    member _.S = a\\nlet c = C(1, S = 2)                             § 3:16 § Property 'S' cannot be set
        optional in a function    § let f (?x: int) = x                                                                        § 1:8  § Optional arguments are only permitted on type members
        inherit a record          § type R = { X: int }\\ntype C() =\\n    inherit R()                                    § 3:5  § The type 'R' is not a class, so it cannot be inherited
        field not given           § type P =\\n    val x: int\\n    val y: int\\n    new(a) = { x = a }                    § 4:14 § No assignment given for field 'y' of type 'P'
        field of another type     § type P =\\n    val x: int\\n    new(a) = { x = a; z = 1 }                            § 3:23 § The type 'P' does not define the field 'z'
        val without DefaultValue  § type C() =\\n    val x: int                                                              § 2:5  § Uninitialized 'val' fields must be mutable and marked with the '[<DefaultValue>]' attribute. Consider using a 'let' binding instead of a 'val' field.
        object outside new        § let o = {}                                                                                   § 1:9  § Object construction expressions ('{ inherit … }' and '{}') may only end a class's constructor ('new() = { … }')
        new calling no constructor§ type C(n: int) =\\n    new() = (printfn "x"; C(1)) |> id                                   § 2:5  § This is not a valid object construction expression. Explicit object constructors must either call an alternate constructor or initialize all fields of the object and specify a call to a superclass constructor.
        base of abstract member   § type B() =\\n    abstract M: int\\ntype D() =\\n    inherit B()\\n    override _.M = base.M        § 5:20 § The member 'M' is abstract in the base class and cannot be called through 'base'
        wrong operator operand    § type V = { X: int } with static member (+) (a: V, b: V) = { X = a.X + b.X } end\\nlet w = { X = 1 } + 2 § 2:21 § This expression was expected to have type 'V' but here has type 'int'
        """)
    void misuseIsReportedWhereItIs(String kind, String program, String position, String message) {
        CompileError e = assertThrows(CompileError.class, () -> Compiler.check(program.replace("\\n", "\n"), StandardLibrary.create()));
        assertEquals(message, e.getMessage());
        assertEquals(position, e.pos().toString());
    }
}
