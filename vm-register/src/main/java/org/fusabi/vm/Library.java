package org.fusabi.vm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.image.Capability;
import org.fusabi.vm.image.NativeTable;
import org.fusabi.vm.value.ArrayValues;

/**
 * The native functions a script may call, by qualified name ({@code List.length}). The compiler type-checks
 * calls against their signatures; an image names the natives it uses and is bound to them when loaded.
 *
 * <p>How a name says what a native is, which the type checker relies on:
 * <ul>
 *   <li>{@code List.map}, {@code String.Join}, {@code Math.Max}: a module function or a static member of a type
 *       ({@code Type.new} for a constructor), curried over its parameters (a method with none takes unit);</li>
 *   <li>{@code String#Length}, {@code Dictionary#Add}: an instance member of the type; its first parameter is the
 *       receiver. A property takes the receiver only; a method takes the receiver, then its parameters curried
 *       (unit when it has none), so {@code d.Add(k, v)} is {@code Dictionary#Add d k v}. Indexers are the members
 *       {@code get_Item} and {@code set_Item}, property setters {@code set_P};</li>
 *   <li>overloads of one member share its name followed by {@code ~} and a distinguishing suffix
 *       ({@code String#Split~char}, {@code String#Split~string}): the checker picks one by the argument types, see
 *       {@link #overloads}.</li>
 * </ul>
 * The type in a member name is the type's F# or .NET name without namespace ({@code String}, {@code List} for F#
 * lists, {@code Array}, {@code Option}, {@code Map}, {@code Set}, {@code Seq}, {@code ResizeArray},
 * {@code Dictionary}, {@code HashSet}, {@code StringBuilder}...).
 *
 * <p>Natives come in modules that are installed lazily: {@link #module} only records which namespaces (the part
 * of a name before its first dot or {@code #}, {@code ""} for top-level names) a module serves, and the module's natives are
 * created the first time a name in one of those namespaces is looked up. Creating all ~300 natives (a lambda and
 * a signature each) took most of the start-up of a small image, which typically uses a handful of them.
 */
public final class Library implements NativeTable {
    /** Defines a group of natives with {@link #define}; runs at most once per library. */
    @FunctionalInterface
    public interface Module {
        void install(Library lib);
    }

    private record Pending(Module module, Set<String> namespaces) {}

    private final Map<String, Native> natives = new LinkedHashMap<>();
    /** Names a module defined: a second module defining one is a mistake that install order would hide. */
    private final Set<String> fromModules = new HashSet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Set<Capability> granted = EnumSet.noneOf(Capability.class);
    /** Java classes a host exposed as script types, by the name scripts know them by. */
    private final Map<String, Class<?>> hostTypes = new LinkedHashMap<>();
    /** The module being installed, whose definitions must stay in its namespaces and yield to earlier ones. */
    private Pending installing;

    /** Registers a module serving the given namespaces, to be installed when one of its names is first needed. */
    public synchronized Library module(Module module, String... namespaces) {
        pending.add(new Pending(module, Set.of(namespaces)));
        return this;
    }

    /**
     * Grants a capability: registers the module that defines its natives (see {@link #module}). Without the grant
     * those names do not exist, for the type checker and for an image being loaded.
     */
    public synchronized Library grant(Capability capability, Module module, String... namespaces) {
        if (!granted.add(capability)) throw new IllegalStateException(capability + " is granted twice");
        return module(module, namespaces);
    }

    @Override
    public synchronized boolean grants(Capability capability) {
        return granted.contains(capability);
    }

    /**
     * Exposes a Java class to scripts as the type {@code name}, whose members the module defines (as natives of the
     * namespace {@code name}, installed when first needed, when every type the host defines is known).
     */
    public synchronized Library hostType(String name, Class<?> type, Module members) {
        if (hostTypes.containsKey(name)) throw new IllegalStateException("the type " + name + " is defined twice");
        if (hostTypes.containsValue(type)) throw new IllegalStateException(type.getName() + " is defined twice");
        hostTypes.put(name, type);
        return module(members, name);
    }

    /**
     * The script type a host gave a Java class, or null; with {@code orSupertype}, failing that, the type of a
     * superclass or interface of it (what a value of the class can be seen as).
     */
    public synchronized String hostTypeName(Class<?> type, boolean orSupertype) {
        for (Map.Entry<String, Class<?>> e : hostTypes.entrySet()) {
            if (e.getValue() == type) return e.getKey();
        }
        if (!orSupertype) return null;
        for (Map.Entry<String, Class<?>> e : hostTypes.entrySet()) {
            if (e.getValue().isAssignableFrom(type)) return e.getKey();
        }
        return null;
    }

    /** The names of the host's types, which scripts may also write in type annotations. */
    public synchronized Set<String> hostTypeNames() {
        return Set.copyOf(hostTypes.keySet());
    }

    /**
     * Defines a native; its arity is the number of arrows at the top level of the signature. A host's definition
     * replaces a standard one of the same name, whether or not that module has been installed yet.
     */
    public synchronized Library define(String name, String signature, Native.Body body) {
        Native n = new Native(name, signature, arity(signature), body);
        if (installing == null) {
            natives.put(name, n);
        } else if (!installing.namespaces.contains(namespace(name))) {
            throw new IllegalStateException(name + " is outside the namespaces " + installing.namespaces + " of its module");
        } else if (fromModules.contains(name)) {
            throw new IllegalStateException(name + " is defined by two modules");
        } else if (natives.putIfAbsent(name, n) == null) {
            fromModules.add(name);
        }
        return this;
    }

    /**
     * Defines a native whose body computes on its arguments alone ({@code args -> ...}, without the interpreter):
     * translated code calls it directly (see {@link Native.Leaf}).
     */
    public Library define(String name, String signature, Native.Leaf body) {
        return define(name, signature, (Native.Body) body);
    }

    @Override
    public synchronized Native lookup(String name) {
        Native n = natives.get(name);
        if (n != null) return n;
        String ns = namespace(name);
        for (Pending p : List.copyOf(pending)) {
            if (p.namespaces.contains(ns)) install(p);
        }
        n = natives.get(name);
        return n != null ? n : unboxedVariant(name);
    }

    /** Variants made by {@link #unboxedVariant}, kept apart from the definitions (the compiler's list of names). */
    private final Map<String, Native> variants = new HashMap<>();
    private static final Pattern UNBOXED = Pattern.compile("(.+)@(int|float|bool|char)\\[]");
    /** A signature whose result is an array: such natives return a new one (Array.map, Seq.toArray, Array.sub...). */
    private static final Pattern MAKES_ARRAY = Pattern.compile(".*-> *[\\^'~]?\\w+\\[]");

    /** How the compiler names the variant of a native that makes arrays of one of these F# types. */
    public static String unboxedSuffix(String elementType) {
        return "@" + elementType + "[]";
    }

    /**
     * {@code F@float[]} where {@code F} makes a new array and has no such variant of its own: F, with its result
     * made the primitive array that compiled code of that element type reads fastest (vm.value.ArrayValues).
     * A leaf stays a leaf, so translated code still calls it directly.
     */
    private Native unboxedVariant(String name) {
        Native v = variants.get(name);
        if (v != null) return v;
        Matcher m = UNBOXED.matcher(name);
        if (!m.matches()) return null;
        Native base = lookup(m.group(1));
        if (base == null || !MAKES_ARRAY.matcher(base.signature()).matches()) return null;
        int kind = switch (m.group(2)) {
            case "int" -> Kind.INT;
            case "float" -> Kind.FLOAT;
            case "bool" -> Kind.BOOL;
            default -> Kind.CHAR;
        };
        Native.Body body = base.body() instanceof Native.Leaf leaf
                ? (Native.Leaf) args -> ArrayValues.as(kind, leaf.apply(args))
                : (vm, args) -> ArrayValues.as(kind, base.body().call(vm, args));
        v = new Native(name, base.signature(), base.arity(), body);
        variants.put(name, v);
        return v;
    }

    /** Every native, installing every module: for the compiler, which needs all names and signatures. */
    public synchronized Collection<Native> all() {
        for (Pending p : List.copyOf(pending)) install(p);
        return List.copyOf(natives.values());
    }

    private void install(Pending p) {
        pending.remove(p);
        installing = p;
        try {
            p.module.install(this);
        } finally {
            installing = null;
        }
    }

    /** A member and its overloads: the native named {@code name} and those named {@code name~suffix}. */
    public synchronized List<Native> overloads(String name) {
        lookup(name);
        List<Native> out = new ArrayList<>();
        for (Native n : natives.values()) {
            if (n.name().equals(name) || n.name().startsWith(name) && n.name().startsWith("~", name.length())) out.add(n);
        }
        return out;
    }

    private static String namespace(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == '.' || name.charAt(i) == '#') return name.substring(0, i);
        }
        return "";
    }

    static int arity(String signature) {
        int depth = 0;
        int arrows = 0;
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            if (c == '(' || c == '<') depth++;
            else if (c == ')' || c == '>' && signature.charAt(i - 1) != '-') depth--;
            else if (c == '-' && depth == 0 && i + 1 < signature.length() && signature.charAt(i + 1) == '>') arrows++;
        }
        return arrows;
    }
}
