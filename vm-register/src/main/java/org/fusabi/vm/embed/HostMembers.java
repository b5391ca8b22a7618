package org.fusabi.vm.embed;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fusabi.vm.Library;

/**
 * The members of a Java class as a host type shows them to scripts, named as .NET would name them: public
 * constructors ({@code new}), {@code getX()} as the property {@code X} and {@code isX()} as {@code IsX} (a record's
 * component {@code x()} as {@code X}), {@code setX(v)} as the setter of {@code X} when there is that property, and
 * every other public method by its name capitalized ({@code deposit} is {@code Deposit}); statics as members of the
 * type, instance members taking the object first. Object's methods are left out, and so are members whose types
 * Fusabi cannot map ({@link JavaConversion}) unless the host listed them, which is then an error. Overloads that
 * scripts can tell apart by their Fusabi types become overloads; of two they cannot, the one with the wider Java
 * types (long rather than int) is kept.
 */
final class HostMembers {
    private HostMembers() {}

    /** Refuses a class scripts cannot call, or a listed member it does not have, when the host defines the type. */
    static void check(String typeName, Class<?> type, Set<String> only) {
        if (!Modifier.isPublic(type.getModifiers())) throw new IllegalArgumentException(type.getName() + " is not public");
        Set<String> known = new TreeSet<>();
        candidates(typeName, type).forEach(c -> known.add(c.scriptName));
        for (String name : only) {
            if (!known.contains(name)) throw new IllegalArgumentException(typeName + " has no member " + name + " (it has: " + String.join(", ", known) + ")");
        }
    }

    /** The members, their types mapped now that the host's types are all known. */
    static List<HostMember> of(String typeName, Class<?> type, Set<String> only, Library library) {
        List<Candidate> candidates = candidates(typeName, type);
        if (!only.isEmpty()) candidates.removeIf(c -> !only.contains(c.scriptName));
        Map<String, Map<String, HostMember>> byName = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            HostMember m = c.member(typeName, library);
            if (m == null) {
                if (only.isEmpty()) continue;
                throw new IllegalArgumentException(typeName + "." + c.scriptName + ": " + c.executable + " has a type Fusabi cannot map");
            }
            byName.computeIfAbsent(m.name(), k -> new LinkedHashMap<>()).merge(m.overloadSuffix(), m, (a, b) -> a.rank() <= b.rank() ? a : b);
        }
        List<HostMember> out = new ArrayList<>();
        for (Map<String, HostMember> overloads : byName.values()) {
            for (HostMember m : overloads.values()) {
                String name = overloads.size() == 1 ? m.name() : m.name() + "~" + m.overloadSuffix();
                out.add(new HostMember(name, m.scriptName(), m.kind(), m.receiver(), m.params(), m.result(), m.target(), m.rank()));
            }
        }
        return out;
    }

    /** A member before its types are mapped. */
    private record Candidate(String nativeName, String scriptName, HostMember.Kind kind, Executable executable) {
        HostMember member(String typeName, Library library) {
            boolean instance = executable instanceof Method m && !Modifier.isStatic(m.getModifiers());
            List<JavaConversion> params = new ArrayList<>();
            int rank = 0;
            for (Type t : executable.getGenericParameterTypes()) {
                JavaConversion p = JavaConversion.of(t, library, true);
                if (p == null || p.fusabiType().equals("unit")) return null;
                params.add(p);
                rank += rank(t);
            }
            Type resultType = executable instanceof Method m ? m.getGenericReturnType() : executable.getDeclaringClass();
            JavaConversion result = kind == HostMember.Kind.SETTER ? JavaConversion.of(void.class, library, false)
                    : JavaConversion.of(resultType, library, false);
            if (result == null) return null;
            return new HostMember(nativeName, scriptName, kind, instance ? typeName : null, List.copyOf(params), result, handle(executable), rank);
        }
    }

    private static List<Candidate> candidates(String typeName, Class<?> type) {
        List<Candidate> out = new ArrayList<>();
        for (Constructor<?> c : sorted(type.getConstructors())) {
            out.add(new Candidate(typeName + ".new", "new", HostMember.Kind.CONSTRUCTOR, c));
        }
        Method[] methods = Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic())
                .toArray(Method[]::new);
        Set<String> properties = new TreeSet<>();
        for (Method m : sorted(methods)) {
            String property = property(type, m);
            if (property != null) {
                properties.add((Modifier.isStatic(m.getModifiers()) ? "." : "#") + property);
                out.add(new Candidate(member(typeName, m, property, true), property, HostMember.Kind.GETTER, m));
            }
        }
        for (Method m : sorted(methods)) {
            if (property(type, m) != null) continue;
            String setter = setterOf(m);
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            if (setter != null && properties.contains((isStatic ? "." : "#") + setter)) {
                out.add(new Candidate(typeName + (isStatic ? ".set_" : "#set_") + setter, setter, HostMember.Kind.SETTER, m));
            } else {
                String name = capitalized(m.getName());
                out.add(new Candidate(member(typeName, m, name, false), name, HostMember.Kind.METHOD, m));
            }
        }
        return out;
    }

    /** The property a method reads ({@code getBalance} reads Balance, a record's {@code owner()} Owner), or null. */
    private static String property(Class<?> type, Method m) {
        if (m.getParameterCount() != 0 || m.getReturnType() == void.class) return null;
        String n = m.getName();
        if (n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3))) return n.substring(3);
        if (n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2)) && m.getReturnType() == boolean.class) return capitalized(n);
        if (type.isRecord() && !Modifier.isStatic(m.getModifiers())) {
            for (RecordComponent c : type.getRecordComponents()) if (c.getName().equals(n)) return capitalized(n);
        }
        return null;
    }

    /** The property a one-parameter {@code setX} would write, or null. */
    private static String setterOf(Method m) {
        String n = m.getName();
        return m.getParameterCount() == 1 && n.length() > 3 && n.startsWith("set") && Character.isUpperCase(n.charAt(3)) ? n.substring(3) : null;
    }

    /** {@code Type#Name} for instance members, {@code Type.Name} for statics; a static property's getter is {@code Type.get_Name}. */
    private static String member(String typeName, Method m, String name, boolean property) {
        if (!Modifier.isStatic(m.getModifiers())) return typeName + "#" + name;
        return typeName + "." + (property ? "get_" : "") + name;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Java's own order of members is unspecified: sorted, the choice among overloads is the same on every run. */
    private static <T extends Executable> List<T> sorted(T[] members) {
        return Arrays.stream(members).sorted(Comparator.comparing(Executable::toGenericString)).toList();
    }

    /** 0 for the types a Fusabi value holds exactly (long, double, boxed or not), 1 for narrower ones. */
    private static int rank(Type t) {
        return t == int.class || t == Integer.class || t == float.class || t == Float.class ? 1 : 0;
    }

    private static MethodHandle handle(Executable e) {
        try {
            return e instanceof Method m ? MethodHandles.publicLookup().unreflect(m)
                    : MethodHandles.publicLookup().unreflectConstructor((Constructor<?>) e);
        } catch (IllegalAccessException x) {
            throw new IllegalArgumentException(e + " is not accessible to Fusabi: " + x.getMessage(), x);
        }
    }
}
