package org.fusabi.embed.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.fusabi.vm.embed.Script;

/** A compiled script: the image, and whether it ends with an expression whose value eval returns. */
final class FusabiCompiledScript extends CompiledScript {
    private final FusabiScriptEngine engine;
    private final Script script;
    private final boolean returnsValue;

    FusabiCompiledScript(FusabiScriptEngine engine, Script script, boolean returnsValue) {
        this.engine = engine;
        this.script = script;
        this.returnsValue = returnsValue;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(script, returnsValue, context);
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}
