package org.fusabi.embed.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.fusabi.vm.LimitExceeded;
import org.fusabi.vm.ScriptInterrupted;
import org.junit.jupiter.api.Test;

class FusabiScriptEngineTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void foundByNameAndByExtension() {
        assertInstanceOf(FusabiScriptEngine.class, manager.getEngineByName("fusabi"));
        assertInstanceOf(FusabiScriptEngine.class, manager.getEngineByExtension("fsx"));
        assertEquals("Fusabi", manager.getEngineByName("fusabi").getFactory().getLanguageName());
    }

    @Test
    void evalReturnsTheLastExpressionAndCapturesOutput() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        assertEquals(List.of(1L, 4L, 9L), engine.eval("printfn \"squares\"\n[ for i in 1 .. 3 -> i * i ]"));
        assertEquals("squares\n", out.toString());
        assertNull(engine.eval("let x = 1"));
    }

    @Test
    void bindingsGoInAndTopLevelValuesComeOut() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.put("width", 6);
        engine.put("name", "box");
        engine.put("ignored", new Object());
        assertEquals("box:36", engine.eval("let area = width * width\nsprintf \"%s:%d\" name area"));
        assertEquals(36L, engine.get("area"));
        assertEquals("box:36", engine.get("it"));
    }

    @Test
    void compiledScriptsReadBindingsWhenTheyRun() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.put("n", 10);
        CompiledScript twice = ((Compilable) engine).compile("n * 2");
        assertEquals(20L, twice.eval());
        engine.put("n", 21);
        assertEquals(42L, twice.eval());
    }

    public interface Maths {
        int gcd(int a, int b);
    }

    @Test
    void invocableCallsTheLastScriptsFunctions() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.eval("let rec gcd a b = if b = 0 then a else gcd b (a % b)\nlet greet (who: string) = \"hi \" + who");
        Invocable inv = (Invocable) engine;
        assertEquals(6L, inv.invokeFunction("gcd", 12, 18));
        assertEquals("hi bo", inv.invokeFunction("greet", "bo"));
        assertEquals(4, inv.getInterface(Maths.class).gcd(8, 12));
        assertEquals("the script has no top-level binding 'nope' (it has: gcd, greet)",
                assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope")).getMessage());
    }

    @Test
    void errorsBecomeScriptExceptionsWithTheLine() {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.put(ScriptEngine.FILENAME, "calc.fsx");
        ScriptException compile = assertThrows(ScriptException.class, () -> engine.eval("let x = 1\nlet y = x + \"a\""));
        assertEquals(2, compile.getLineNumber());
        assertEquals("calc.fsx", compile.getFileName());
        ScriptException run = assertThrows(ScriptException.class, () -> engine.eval("let f x = 10 / x\nf 0"));
        assertEquals("Attempted to divide by zero. in calc.fsx at line number 1 at column number 14", run.getMessage());
    }

    /** Regression: a script read any binding by name, identifier or not, through the readers the engine defines. */
    @Test
    void scriptsSeeOnlyBindingsTheyCouldName() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.put("db.password", "hunter2");
        engine.put("visible", "yes");
        engine.getContext().setAttribute(ScriptEngine.FILENAME, "s.fsx", ScriptContext.ENGINE_SCOPE);
        assertEquals("yes", engine.eval("visible"));
        for (String reader : new String[] {"Bindings.string \"db.password\"", "Bindings.string \"javax.script.filename\""}) {
            ScriptException e = assertThrows(ScriptException.class, () -> engine.eval(reader));
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
            assertTrue(e.getMessage().contains("error: "), e.getMessage());
        }
    }

    /** Regression: a failed conversion put the object's toString() into the message. */
    @Test
    void messagesNameTypesNotValues() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.eval("let twice (n: int) = 2 * n");
        ScriptException e = assertThrows(ScriptException.class,
                () -> ((Invocable) engine).invokeFunction("twice", java.util.Map.of("apiKey", "AKIA-SECRET")));
        assertEquals("twice: argument 1: expected int, got a java.util.ImmutableCollections$Map1", e.getMessage());
    }

    @Test
    void limitsAreContextAttributes() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        engine.getContext().setAttribute("fusabi.timeout", Duration.ofMillis(100), ScriptContext.ENGINE_SCOPE);
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("let spin () = while true do ()\nspin ()"));
        assertEquals(LimitExceeded.Limit.TIMEOUT, assertInstanceOf(LimitExceeded.class, e.getCause()).limit());
        engine.getContext().removeAttribute("fusabi.timeout", ScriptContext.ENGINE_SCOPE);
        engine.getContext().setAttribute("fusabi.instructions", 1000, ScriptContext.GLOBAL_SCOPE);
        engine.eval("let rec count n = if n = 0 then 0 else count (n - 1)");
        ScriptException budget = assertThrows(ScriptException.class, () -> ((Invocable) engine).invokeFunction("count", 1_000_000));
        assertEquals(LimitExceeded.Limit.INSTRUCTIONS, assertInstanceOf(LimitExceeded.class, budget.getCause()).limit());
        engine.getContext().setAttribute("fusabi.callDepth", "deep", ScriptContext.ENGINE_SCOPE);
        assertEquals("fusabi.callDepth must be a number, not a java.lang.String",
                assertThrows(IllegalArgumentException.class, () -> engine.eval("1")).getMessage());
    }

    @Test
    void interruptingTheThreadStopsEval() throws Exception {
        ScriptEngine engine = manager.getEngineByName("fusabi");
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                engine.eval("while true do ()");
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        Thread.sleep(300);
        t.interrupt();
        t.join(10_000);
        assertFalse(t.isAlive(), "eval ignored the interrupt");
        ScriptException e = assertInstanceOf(ScriptException.class, thrown.get());
        assertInstanceOf(ScriptInterrupted.class, e.getCause());
    }
}
