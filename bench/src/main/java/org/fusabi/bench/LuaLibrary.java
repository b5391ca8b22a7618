package org.fusabi.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Platform;
import jnr.ffi.Pointer;

/** A native Lua shared library loaded into this process, reduced to what {@link LuaState} needs. */
final class LuaLibrary {
    /** jffi caches libraries weakly: these keep the RTLD_LOCAL handles, and so the cache entries, alive. */
    private static final List<com.kenai.jffi.Library> LOCAL_HANDLES = new CopyOnWriteArrayList<>();

    private final LuaC api;
    private final Call pcall;

    @FunctionalInterface
    private interface Call {
        int pcall(Pointer state, int nargs, int nresults);
    }

    private LuaLibrary(LuaC api, Call pcall) {
        this.api = api;
        this.pcall = pcall;
    }

    /** LuaJIT's libluajit-5.1.so.2 (Debian libluajit-5.1-2); empty when it is not installed. */
    static Optional<LuaLibrary> luajit() {
        return load(LuaC.V51.class, "luajit-5.1").map(api -> new LuaLibrary(api, (s, a, r) -> api.lua_pcall(s, a, r, 0)));
    }

    /** Lua 5.4's liblua5.4.so.0 (Debian liblua5.4-0); empty when it is not installed. */
    static Optional<LuaLibrary> lua54() {
        return load(LuaC.V54.class, "lua5.4").map(api -> new LuaLibrary(api, (s, a, r) -> api.lua_pcallk(s, a, r, 0, 0, null)));
    }

    /**
     * Opens the library RTLD_LOCAL before JNR does. JNR opens libraries RTLD_GLOBAL, and both Luas export the same
     * names (lua_newstate...): with one loaded globally, the other's internal calls bind to the first one's functions
     * and crash the JVM. jffi caches a library by path, so JNR then gets this local handle instead of opening anew.
     */
    private static <T extends LuaC> Optional<T> load(Class<T> api, String name) {
        List<String> paths = Platform.getNativePlatform().libraryLocations(name, List.of());
        if (paths.isEmpty()) {
            return Optional.empty();
        }
        String path = paths.getFirst();
        try {
            LOCAL_HANDLES.add(com.kenai.jffi.Library.getCachedInstance(path, com.kenai.jffi.Library.LAZY | com.kenai.jffi.Library.LOCAL));
            return Optional.of(LibraryLoader.create(api).failImmediately().load(path));
        } catch (LinkageError | RuntimeException e) {
            // JNR reports a missing library as UnsatisfiedLinkError or as a RuntimeException, depending on where it fails.
            return Optional.empty();
        }
    }

    LuaState open() {
        return new LuaState(api, pcall::pcall);
    }
}
