package org.fusabi.bench;

import jnr.ffi.Pointer;

/**
 * The few functions of Lua's C API that the in-process engine calls, as JNR-FFI binds them. Only real symbols:
 * lua_getglobal, lua_pop and lua_tostring are macros (the engine reads globals by running "return x" chunks, pops
 * with lua_settop, reads strings with lua_tolstring), and so is lua_pcall in 5.4, hence the two subinterfaces.
 */
public interface LuaC {
    Pointer luaL_newstate();

    void luaL_openlibs(Pointer state);

    /** 0 on success; otherwise the error message is on the stack. */
    int luaL_loadstring(Pointer state, String chunk);

    String lua_tolstring(Pointer state, int index, Pointer length);

    void lua_settop(Pointer state, int index);

    void lua_close(Pointer state);

    /** Lua 5.1 (LuaJIT): lua_pcall is a function. */
    interface V51 extends LuaC {
        int lua_pcall(Pointer state, int nargs, int nresults, int errfunc);
    }

    /** Lua 5.4: lua_pcall is a macro over lua_pcallk with no continuation. */
    interface V54 extends LuaC {
        int lua_pcallk(Pointer state, int nargs, int nresults, int errfunc, long context, Pointer continuation);
    }
}
