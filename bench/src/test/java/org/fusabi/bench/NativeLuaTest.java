package org.fusabi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The in-process native Luas are the real libraries, both at once in one JVM (they export the same symbols). */
class NativeLuaTest {

    @Test
    void luajitThroughFfiIsReallyLuaJit() throws Exception {
        assumeTrue(LuaLibrary.luajit().isPresent(), "libluajit-5.1 is not installed: skipped");
        NativeLuaEngine luajit = assertInstanceOf(NativeLuaEngine.class, Engines.inProcess("luajit"));
        String version = luajit.evaluate("jit.version");
        assertTrue(version.startsWith("LuaJIT 2."), version);
        assertEquals("true", luajit.evaluate("jit.status()"), "the JIT compiler is on");
    }

    @Test
    void lua54ThroughFfiIsReallyLua54() throws Exception {
        assumeTrue(LuaLibrary.lua54().isPresent(), "liblua5.4 is not installed: skipped");
        NativeLuaEngine lua = assertInstanceOf(NativeLuaEngine.class, Engines.inProcess("lua5.4"));
        assertEquals("Lua 5.4", lua.evaluate("_VERSION"));
        assertEquals("3", lua.evaluate("7 // 2"), "integer division exists only from 5.3 on");
    }

    @Test
    void bothLuasRunInOneProcess() throws Exception {
        assumeTrue(LuaLibrary.luajit().isPresent() && LuaLibrary.lua54().isPresent(), "a native Lua is missing: skipped");
        NativeLuaEngine luajit = (NativeLuaEngine) Engines.inProcess("luajit");
        NativeLuaEngine lua = (NativeLuaEngine) Engines.inProcess("lua5.4");
        assertEquals("Lua 5.1", luajit.evaluate("_VERSION"));
        assertEquals("Lua 5.4", lua.evaluate("_VERSION"));
    }

    @Test
    void aLuaErrorIsAFailureWithItsMessage() throws Exception {
        assumeTrue(LuaLibrary.lua54().isPresent(), "liblua5.4 is not installed: skipped");
        NativeLuaEngine lua = (NativeLuaEngine) Engines.inProcess("lua5.4");
        BenchmarkFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BenchmarkFailure.class,
                () -> lua.evaluate("error('boom')"));
        assertTrue(failure.getMessage().contains("boom"), failure.getMessage());
    }
}
