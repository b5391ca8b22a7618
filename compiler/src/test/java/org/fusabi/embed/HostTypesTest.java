package org.fusabi.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.fusabi.embed.hosttypes.Account;
import org.fusabi.embed.hosttypes.Bank;
import org.fusabi.embed.jsr223.FusabiScriptEngine;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.embed.Session;
import org.junit.jupiter.api.Test;

/** Java classes as script types: members checked at compile time, objects passed unchanged, exceptions caught. */
class HostTypesTest {
    private final Fusabi fusabi = Fusabi.create().defineType("Bank", Bank.class).defineType("Account", Account.class);

    private String run(String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try {
            fusabi.compile("bank.fsx", source).newSession(out, out).run();
        } catch (ScriptError e) {
            out.print(e.render());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private String compileError(String source) {
        return assertThrows(ScriptCompileException.class, () -> fusabi.compile("bank.fsx", source)).getMessage().lines().findFirst().orElseThrow();
    }

    @Test
    void constructorsMethodsPropertiesAndOverloads() {
        assertEquals("""
                ann 10.0 false
                ann 17.5 ["deposit 5.0"; "deposit 2.5"]
                -1.0 true
                bob 0.0 Account(bob, 0.00)
                """, run("""
                let a = Account("ann", 10.0)
                printfn "%s %A %b" a.Owner a.Balance a.IsOverdrawn
                a.Deposit 5
                a.Deposit(2.5)
                printfn "%s %A %A" a.Owner a.Balance a.History
                a.Balance <- -1.0
                printfn "%A %b" a.Balance a.IsOverdrawn
                let b = Account.Open "bob"
                printfn "%s %A %O" b.Owner b.Balance b
                """));
    }

    @Test
    void objectsKeepTheirIdentityThroughListsRecordsOptionsAndOtherTypes() {
        assertEquals("""
                [Account(ann, 10.00); Account(bob, 5.00)]
                Some Account(ann, 10.00) None
                { Owner = Account(bob, 5.00)
                  Limit = 100.0 }
                15.0
                """, run("""
                type Limit = { Owner: Account; Limit: float }
                let bank = Bank("First")
                let ann = bank.Open("ann", 10.0)
                let bob = bank.Open("bob", 5.0)
                printfn "%A" bank.Accounts
                printfn "%A %A" (bank.Find "ann") (bank.Find "eve")
                printfn "%A" { Owner = bob; Limit = 100.0 }
                printfn "%A" (bank.Total ())
                """));
    }

    @Test
    void sessionCallPassesObjectsBothWaysUnchanged() {
        Session s = fusabi.compile("bank.fsx", """
                let richest (accounts: Account list) = accounts |> List.maxBy (fun a -> a.Balance)
                let pay (a: Account) (amount: float) = a.Deposit amount; a
                let byOwner (accounts: Account list) = accounts |> List.map (fun a -> a.Owner, a) |> Map.ofList
                """).newSession().run();
        Account ann = new Account("ann", 10.0);
        Account bob = new Account("bob", 20.0);
        assertSame(bob, s.call("richest", List.of(ann, bob)));
        assertSame(ann, s.call("pay", ann, 5.0));
        assertEquals(15.0, ann.getBalance());
        assertSame(bob, ((org.fusabi.vm.value.FMap) s.call("byOwner", List.of(ann, bob))).get("bob"));
    }

    @Test
    void javaExceptionsAreDotNetExceptionsTheScriptCanCatch() {
        assertEquals("""
                ArgumentException: a deposit must be positive, not -1.0
                InvalidOperationException: insufficient funds: 0.0 < 5.0
                NullReferenceException: Object reference not set to an instance of an object.
                OverflowException: Value was either too large or too small for an Int32.
                """, run("""
                let a = Account "ann"
                let attempt f =
                    try f () |> ignore
                    with
                    | :? System.ArgumentException as e -> printfn "ArgumentException: %s" e.Message
                    | :? System.InvalidOperationException as e -> printfn "InvalidOperationException: %s" e.Message
                    | :? System.NullReferenceException as e -> printfn "NullReferenceException: %s" e.Message
                    | :? System.OverflowException as e -> printfn "OverflowException: %s" e.Message
                attempt (fun () -> a.Deposit(-1.0))
                attempt (fun () -> a.Withdraw 5.0)
                attempt (fun () -> a.Nickname ())
                attempt (fun () -> a.Scaled 5000000000)
                """));
    }

    @Test
    void anUncaughtJavaExceptionReachesTheHostAtTheScriptLine() {
        Session s = fusabi.compile("bank.fsx", "let a = Account \"ann\"\nlet take () =\n    a.Withdraw 5.0\n").newSession().run();
        ScriptError e = assertThrows(ScriptError.class, () -> s.call("take"));
        assertEquals("bank.fsx:3:5", e.location());
        assertEquals("insufficient funds: 0.0 < 5.0", e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
    }

    @Test
    void membersAreCheckedAtCompileTime() {
        assertEquals("bank.fsx:2:1: error: The type 'Account' does not define the field, constructor or member 'Frobnicate'.",
                compileError("let a = Account \"ann\"\na.Frobnicate()"));
        assertEquals("bank.fsx:2:12: error: This expression was expected to have type 'float' but here has type 'string'",
                compileError("let a = Account \"ann\"\na.Withdraw \"all\""));
        assertEquals("14\n", run("let twice (a: Account) = a.Scaled 2\nlet a = Account(\"ann\", 7.5)\nprintfn \"%d\" (twice a)"));
    }

    @Test
    void aHostMayExposeOnlySomeMembers() {
        Fusabi some = Fusabi.create().defineType("Account", Account.class, "new", "Deposit", "Balance");
        assertEquals("bank.fsx:3:1: error: The type 'Account' does not define the field, constructor or member 'Withdraw'.",
                assertThrows(ScriptCompileException.class, () -> some.compile("bank.fsx", "let a = Account \"ann\"\na.Deposit 5.0\na.Withdraw 1.0"))
                        .getMessage().lines().findFirst().orElseThrow());
        assertEquals("Account has no member Frobnicate (it has: Balance, Close, Deposit, History, IsOverdrawn, Link, Linked, Nickname, Open, Owner, Scaled, ToString, Transfer, Withdraw, new)",
                assertThrows(IllegalArgumentException.class, () -> Fusabi.create().defineType("Account", Account.class, "Frobnicate")).getMessage());
    }

    @Test
    void jsr223BindingsOfDefinedClassesHaveTheirType() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("fusabi");
        ((FusabiScriptEngine) engine).fusabi().defineType("Account", Account.class);
        Account ann = new Account("ann", 10.0);
        engine.put("acct", ann);
        assertEquals(15.0, engine.eval("acct.Deposit 5.0\nacct.Balance"));
        assertSame(ann, engine.get("acct"));
    }

    @Test
    void typesMayReferToEachOtherInAnyOrder() {
        assertEquals("First 1\n", run("let b = Bank \"First\"\nb.Open(\"ann\", 1.0) |> ignore\nprintfn \"%s %d\" b.Name (List.length b.Accounts)"));
    }
}
