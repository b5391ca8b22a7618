package org.fusabi.embed.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
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
}
