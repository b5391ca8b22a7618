package org.fusabi.bench;

import java.util.List;

/** Makes a runtime from its {@code --runtimes} name; native Luas take an optional command: {@code lua5.4=/opt/lua/bin/lua}. */
final class Engines {
    static final List<String> ALL = List.of("fusabi", "luaj", "luaj-luajc", "lua5.4", "luajit");
    static final String LUA54 = "lua5.4";
    static final String LUAJ = "luaj";
    static final String FUSABI = "fusabi";

    /** Fusabi's medians are divided by these runtimes': the reference native Lua and the Lua on the JVM. */
    record Baseline(String engine, String label) {
    }

    static final List<Baseline> BASELINES = List.of(new Baseline(LUA54, "Lua 5.4"), new Baseline(LUAJ, "LuaJ"));

    private Engines() {
    }

    static Engine create(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        String command = eq < 0 ? name : spec.substring(eq + 1);
        return switch (name) {
            case FUSABI -> new FusabiEngine();
            case LUAJ -> new LuajEngine(false);
            case "luaj-luajc" -> new LuajEngine(true);
            case LUA54, "luajit" -> new ExternalLuaEngine(name, command);
            default -> throw new IllegalArgumentException("unknown runtime " + name + "; known: " + String.join(", ", ALL));
        };
    }
}
