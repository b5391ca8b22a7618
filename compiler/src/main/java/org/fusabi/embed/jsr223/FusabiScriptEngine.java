package org.fusabi.embed.jsr223;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.fusabi.compiler.ast.Decl;
import org.fusabi.embed.Fusabi;
import org.fusabi.embed.Rewrite;
import org.fusabi.embed.ScriptCompileException;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.embed.FusabiType;
import org.fusabi.vm.embed.Script;
import org.fusabi.vm.embed.ScriptFunction;
import org.fusabi.vm.embed.Session;
import org.fusabi.vm.image.Export;

/**
 * Fusabi behind {@code javax.script}. {@code eval} compiles and runs a script and returns the value of its last
 * line when that is an expression; simple bindings are visible as top-level names ({@link BindingValues}); after a
 * run, the script's top-level values (not functions) are put into the engine scope. {@link Invocable} calls the
 * functions of the last script run. One thread at a time.
 */
public final class FusabiScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    private final ScriptEngineFactory factory;
    private final Fusabi fusabi = Fusabi.create();
    private final BindingValues bindings;
    /** The context whose bindings the Bindings.* host functions read while a top level runs. */
    private ScriptContext running;
    private Session last;

    FusabiScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
        this.bindings = new BindingValues(fusabi, name -> running.getAttribute(name));
    }

    /**
     * The engine's {@link Fusabi}: grant capabilities and define host functions and types there, before the scripts
     * that use them are compiled. The engine itself grants no capability.
     */
    public Fusabi fusabi() {
        return fusabi;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        return compile(script, context).eval(context);
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        return eval(read(reader), context);
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        return compile(script, context);
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(read(script));
    }

    /** Bindings present now fix the names and types the script may use; their values are read when it runs. */
    private FusabiCompiledScript compile(String source, ScriptContext context) throws ScriptException {
        String file = fileName(context);
        try {
            List<Decl> decls = fusabi.parse(file, source).program();
            List<Decl> program = new ArrayList<>();
            bindings.typesOf(context).forEach((name, type) ->
                    program.add(Rewrite.hostValue(name, BindingValues.MODULE + "." + type)));
            program.addAll(Rewrite.keepLastValue(decls));
            Script script = fusabi.load(fusabi.compileDeclarations(file, source, program));
            return new FusabiCompiledScript(this, script, Rewrite.endsWithExpression(decls));
        } catch (ScriptCompileException e) {
            ScriptException se = new ScriptException(e.getMessage(), e.file(), e.line(), e.column());
            se.initCause(e);
            throw se;
        }
    }

    Object run(Script script, boolean returnsValue, ScriptContext context) throws ScriptException {
        PrintStream out = new PrintStream(new WriterOutputStream(context.getWriter()), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new WriterOutputStream(context.getErrorWriter()), true, StandardCharsets.UTF_8);
        Session session = script.newSession(out, err).limits(ContextLimits.of(context));
        ScriptContext saved = running;
        running = context;
        try {
            session.run();
        } catch (ScriptError e) {
            throw scriptException(e);
        } finally {
            running = saved;
            out.flush();
            err.flush();
        }
        last = session;
        Bindings scope = context.getBindings(ScriptContext.ENGINE_SCOPE);
        for (Export e : script.exports()) {
            if (FusabiType.parse(e.type()).parameters().isEmpty()) scope.put(e.name(), session.get(e.name()));
        }
        return returnsValue ? session.get(Rewrite.IT) : null;
    }

    private static ScriptException scriptException(ScriptError e) {
        String[] where = e.location() == null ? new String[0] : e.location().split(":");
        ScriptException se = where.length == 3
                ? new ScriptException(e.getMessage(), where[0], Integer.parseInt(where[1]), Integer.parseInt(where[2]))
                : new ScriptException(e.getMessage());
        se.initCause(e);
        return se;
    }

    private static String fileName(ScriptContext context) {
        Object name = context.getAttribute(ScriptEngine.FILENAME);
        return name == null ? "<script>" : name.toString();
    }

    private static String read(Reader reader) throws ScriptException {
        try {
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return text.toString();
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        ScriptFunction fn = function(name);
        last.limits(ContextLimits.of(context));
        try {
            return fn.call(args);
        } catch (ScriptError e) {
            throw scriptException(e);
        } catch (IllegalArgumentException e) {
            throw new ScriptException(e.getMessage());
        }
    }

    private ScriptFunction function(String name) throws NoSuchMethodException {
        if (last == null) throw new NoSuchMethodException(name + ": no script has run in this engine yet");
        try {
            return last.function(name);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            throw new NoSuchMethodException(e.getMessage());
        }
    }

    /** Fusabi values have no methods. */
    @Override
    public Object invokeMethod(Object thiz, String name, Object... args) throws NoSuchMethodException {
        throw new NoSuchMethodException(name + ": Fusabi values have no methods; use invokeFunction");
    }

    /** An implementation whose methods call the script's functions of the same names; null if one is missing. */
    @Override
    public <T> T getInterface(Class<T> type) {
        for (Method m : type.getMethods()) {
            try {
                function(m.getName());
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
        Session session = last;
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, m, args) -> {
            if (m.getDeclaringClass() == Object.class) {
                return switch (m.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> "Fusabi " + type.getSimpleName();
                };
            }
            session.limits(ContextLimits.of(context));
            Object result = session.function(m.getName()).call(args == null ? new Object[0] : args);
            return fitReturn(m.getReturnType(), result);
        });
        return type.cast(proxy);
    }

    /** Fusabi's int is 64-bit; a Java interface may declare int. */
    private static Object fitReturn(Class<?> type, Object result) {
        if ((type == int.class || type == Integer.class) && result instanceof Long l) return Math.toIntExact(l);
        return result;
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> type) {
        throw new IllegalArgumentException("Fusabi values have no methods; use getInterface(Class)");
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }
}
