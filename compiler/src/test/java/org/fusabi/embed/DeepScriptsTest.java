package org.fusabi.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.embed.Session;
import org.junit.jupiter.api.Test;

/**
 * Regressions: a script nested deeply, or a value nested deeply, reached the host as a raw StackOverflowError when
 * the host's thread had an ordinary stack. Each case runs on a thread with a small stack (256 KB).
 */
class DeepScriptsTest {
    private static final String PARENS = "let x = " + "(".repeat(1000) + "1" + ")".repeat(1000) + "\n";

    /** Runs work on a thread with a 256 KB stack and returns what it returned or threw. */
    private static Object onSmallStack(ThrowingSupplier work) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small", 256 << 10);
        t.start();
        t.join();
        return result.get();
    }

    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    @Test
    void aDeeplyNestedScriptCompilesOnASmallStack() throws Exception {
        Object session = onSmallStack(() -> Fusabi.create().compile("deep.fsx", PARENS).newSession().run().get("x"));
        assertEquals(1L, session);
        String statements = "let f () =\n" + "  printf \"\"\n".repeat(3000) + "  1\nlet y = f ()\n";
        assertEquals(1L, onSmallStack(() -> Fusabi.create().compile("long.fsx", statements).newSession().run().get("y")));
    }

    @Test
    void jsr223EvalsADeeplyNestedScriptOnASmallStack() throws Exception {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("fusabi");
        assertEquals(1L, onSmallStack(() -> engine.eval(PARENS + "x")));
    }

    @Test
    void nestingPastTheLimitIsACompileErrorAtItsPlace() {
        String source = "let x = " + "(".repeat(50_001) + "1" + ")".repeat(50_001) + "\n";
        ScriptCompileException e = assertThrows(ScriptCompileException.class, () -> Fusabi.create().compile("deep.fsx", source));
        assertEquals("deep.fsx:1:50009: error: nested too deeply: the compiler allows 50000 levels", e.getMessage().lines().findFirst().orElseThrow());
        assertEquals(50009, e.column());
    }

    /** Regression: a 50 MB `1 + 1 + …` overflowed the type checker's stack after 42 s; now the parser stops at the limit. */
    @Test
    void aLongLeftAssociativeChainIsNestingToo() {
        String source = "let x = 1" + " + 1".repeat(60_000) + "\n";
        ScriptCompileException e = assertThrows(ScriptCompileException.class, () -> Fusabi.create().compile("sum.fsx", source));
        assertEquals("sum.fsx:1:200007: error: nested too deeply: the compiler allows 50000 levels", e.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void aDeepResultIsAScriptErrorNotAStackOverflow() throws Exception {
        Session session = Fusabi.create().compile("deep.fsx", """
                type Chain = { Next: Chain option }
                let rec wrap n acc = if n = 0 then acc else wrap (n - 1) { Next = Some acc }
                let deep n = wrap n { Next = None }
                """).newSession().run();
        Object thrown = onSmallStack(() -> session.call("deep", 1_000_000));
        ScriptError e = (ScriptError) thrown;
        assertEquals("stack overflow: the value is nested too deeply to convert to Java values", e.getMessage());
        assertEquals(Map.of("Next", Optional.of(Map.of("Next", Optional.empty()))), session.call("deep", 1), "the session stays usable");
    }
}
