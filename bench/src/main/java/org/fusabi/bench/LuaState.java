package org.fusabi.bench;

import jnr.ffi.Pointer;

/** One lua_State with the standard libraries open: load a chunk, call it, read a string result. Not thread-safe. */
final class LuaState implements AutoCloseable {
    /** Calls the function on top of the stack with its arguments above it; 0 on success. */
    @FunctionalInterface
    interface ProtectedCall {
        int call(Pointer state, int nargs, int nresults);
    }

    private final LuaC api;
    private final ProtectedCall pcall;
    private final Pointer state;

    LuaState(LuaC api, ProtectedCall pcall) {
        this.api = api;
        this.pcall = pcall;
        this.state = api.luaL_newstate();
        if (state == null) {
            throw new IllegalStateException("luaL_newstate returned NULL (out of memory)");
        }
        api.luaL_openlibs(state);
    }

    /** Compiles a chunk and leaves it on the stack, so that loading stays outside a timed {@link #call()}. */
    void load(String chunk, String what) throws BenchmarkFailure {
        check(api.luaL_loadstring(state, chunk), "cannot load " + what);
    }

    /** Calls the chunk that {@link #load} left on the stack and drops its results. */
    void call() throws BenchmarkFailure {
        check(pcall.call(state, 0, 0), "error");
    }

    /** Runs a chunk that returns one value and gives that value as a string (tostring'd). */
    String eval(String expression) throws BenchmarkFailure {
        load("return tostring(" + expression + ")", expression);
        check(pcall.call(state, 0, 1), "error in " + expression);
        String value = api.lua_tolstring(state, -1, null);
        pop();
        return value;
    }

    @Override
    public void close() {
        api.lua_close(state);
    }

    private void check(int status, String what) throws BenchmarkFailure {
        if (status != 0) {
            String message = api.lua_tolstring(state, -1, null);
            pop();
            throw new BenchmarkFailure(what + ": " + message);
        }
    }

    /** lua_pop(L, 1) is the macro lua_settop(L, -2). */
    private void pop() {
        api.lua_settop(state, -2);
    }
}
