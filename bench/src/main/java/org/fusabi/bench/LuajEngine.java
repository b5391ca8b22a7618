package org.fusabi.bench;

import java.util.Optional;
import org.luaj.vm2.Globals;
import org.luaj.vm2.Lua;
import org.luaj.vm2.LuaValue;
import org.luaj.vm2.lib.jse.JsePlatform;
import org.luaj.vm2.luajc.LuaJC;

/** LuaJ in this JVM, either interpreting Lua bytecode or (luajc) compiling the chunk to JVM bytecode. */
final class LuajEngine extends InProcessEngine {
    private final boolean luajc;

    LuajEngine(boolean luajc) {
        this.luajc = luajc;
    }

    @Override
    public String name() {
        return luajc ? "luaj-luajc" : "luaj";
    }

    @Override
    public Optional<String> version() {
        return Optional.of(luajc ? Lua._VERSION + " luajc" : Lua._VERSION);
    }

    @Override
    protected Loaded load(Program program) {
        Globals globals = JsePlatform.standardGlobals();
        if (luajc) {
            LuaJC.install(globals);
        }
        LuaValue chunk = globals.load(program.luaSource(), "@" + program.luaFile().getFileName());
        return out -> {
            // Lua's print writes to globals.STDOUT.
            globals.STDOUT = out;
            chunk.call();
        };
    }
}
