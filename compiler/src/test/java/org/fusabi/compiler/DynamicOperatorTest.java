package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * F#'s dynamic operators: {@code x ? name} is {@code (?) x "name"} and {@code x ? name <- v} is
 * {@code (?<-) x "name" v}, the function in scope or a static member of x's type; {@code ?} binds as member access.
 */
class DynamicOperatorTest {
    @Test
    void namesBecomeStringsPassedToTheOperator() {
        assertEquals("set world to 3\nhello, world\n1\n3\n", ScriptRun.output("""
                type Foo =
                     val s : string
                     new(s) = { s = s }
                     static member (?) (foo : Foo, name : string) = foo.s + name
                     static member (?<-) (foo : Foo, name : string, v : string) = printfn "set %s to %s" name v
                let foo = Foo("hello, ")
                let hw : string = foo ? world
                foo ? world <- "3"
                printfn "%s" hw
                type OpDynamic() =
                  static member ( ? ) (x, n: string) = x
                  member x.Prop = 1
                let op = OpDynamic ()
                printfn "%d" op?Hello.Prop
                let (?) (m: Map<string, int>) (key: string) = m.[key]
                let m = Map.ofList ["a", 1; "b", 2]
                printfn "%d" (m?a + m ? b)
                """));
    }

    @Test
    void anUndefinedOperatorIsAnError() {
        assertEquals("1:11 The operator '?' is not defined.", ScriptRun.error("let x = 1 ? y"));
        assertEquals("1:7 The operator '?<-' is not defined.", ScriptRun.error("1 ? y <- 2"));
    }
}
