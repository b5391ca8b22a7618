package org.fusabi.vm.image;

import java.util.ArrayList;
import java.util.List;

/**
 * What a script may reach of the world outside it, only when its host grants it: a named set of types and functions
 * (docs/LANGUAGE.md, "The host boundary"). This is the one table of which names belong to which capability: the
 * type checker reports a use of a name whose capability is not granted as such, and an image records the
 * capabilities its natives need ({@link #of}, one bit each in the header).
 *
 * <p>Names are given as .NET or F# spells them, with their namespace ({@code System.IO.File}); a name without a
 * member ({@code System.IO.File}) claims every member of that type or module, and a property ({@code fsi.CommandLineArgs})
 * also claims its getter native ({@code fsi.get_CommandLineArgs}).
 */
public enum Capability {
    CONSOLE("console access", "stdin", "stdout", "stderr", "System.Console.ReadLine", "System.Console.In",
            "System.Console.Out", "System.Console.Error", "System.IO.TextReader", "System.IO.TextWriter"),
    FILES("file access", "System.IO.File", "System.IO.Directory", "System.IO.Path", "System.IO.StreamReader", "System.IO.StreamWriter"),
    ENVIRONMENT("environment access", "System.Environment.GetEnvironmentVariable", "System.Environment.NewLine"),
    EXIT("process exit", "exit"),
    ARGUMENTS("command-line arguments", "fsi.CommandLineArgs", "System.Environment.GetCommandLineArgs", "Env.args");

    /** How the host's refusal names it: "this host does not grant file access". */
    public final String description;
    private final List<String> names;

    Capability(String description, String... names) {
        this.description = description;
        this.names = List.of(names);
    }

    /** The bit of this capability in an image's header. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The bits an image may have set; others are a damaged or newer image. */
    public static final int ALL_BITS = (1 << values().length) - 1;

    /** The capability a native belongs to ({@code File.ReadAllText}, {@code get_stdin}), or null for none. */
    public static Capability of(String nativeName) {
        int tilde = nativeName.indexOf('~');
        String name = tilde < 0 ? nativeName : nativeName.substring(0, tilde);
        int split = Math.max(name.lastIndexOf('.'), name.lastIndexOf('#'));
        String member = name.substring(split + 1);
        if (member.startsWith("get_")) name = name.substring(0, split + 1) + member.substring(4);
        for (Capability c : values()) {
            for (String claimed : c.names) {
                String key = withoutNamespace(claimed);
                if (name.equals(key) || name.startsWith(key + ".") || name.startsWith(key + "#")) return c;
            }
        }
        return null;
    }

    /** The bits of the capabilities that natives of these names need. */
    public static int bits(List<String> nativeNames) {
        int bits = 0;
        for (String n : nativeNames) {
            Capability c = of(n);
            if (c != null) bits |= c.bit();
        }
        return bits;
    }

    /** The capabilities whose bits are set, in declaration order. */
    public static List<Capability> fromBits(int bits) {
        List<Capability> out = new ArrayList<>();
        for (Capability c : values()) if ((bits & c.bit()) != 0) out.add(c);
        return out;
    }

    /**
     * A capability claiming a name as a script writes it, its namespace left out ({@code [File; ReadAllText]},
     * {@code [stdin]}), or null: the capability and the name as the error message gives it.
     */
    public static Claim claiming(List<String> parts) {
        for (Capability c : values()) {
            for (String claimed : c.names) {
                List<String> key = List.of(withoutNamespace(claimed).split("\\."));
                if (parts.size() >= key.size() && parts.subList(0, key.size()).equals(key)) return new Claim(c, claimed);
            }
        }
        return null;
    }

    public record Claim(Capability capability, String name) {
        /** The compile error's message: {@code System.IO.File is not available: this host does not grant file access}. */
        public String message() {
            return name + " is not available: this host does not grant " + capability.description;
        }
    }

    private static String withoutNamespace(String name) {
        for (String ns : List.of("System.IO.", "System.")) {
            if (name.startsWith(ns)) return name.substring(ns.length());
        }
        return name;
    }
}
