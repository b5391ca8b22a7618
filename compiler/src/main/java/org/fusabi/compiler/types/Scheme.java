package org.fusabi.compiler.types;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** A type generalised over some variables: {@code forall 'a. 'a list -> int}. */
public record Scheme(List<Type.Var> vars, Type body) {
    public static Scheme mono(Type t) {
        return new Scheme(List.of(), t);
    }

    public Type instantiate(int level) {
        if (vars.isEmpty()) return body;
        Map<Type.Var, Type> fresh = new HashMap<>();
        for (Type.Var v : vars) {
            Type.Var f = new Type.Var(level);
            f.constraint = v.constraint;
            fresh.put(v, f);
        }
        return substitute(body, fresh);
    }

    public static Type substitute(Type t, Map<Type.Var, Type> map) {
        return substitute(t, map, new IdentityHashMap<>());
    }

    /** Copies each part once, so that the copy shares its parts as the original does (see {@link DistinctParts}). */
    private static Type substitute(Type t, Map<Type.Var, Type> map, Map<Type, Type> copies) {
        t = Type.prune(t);
        if (t instanceof Type.Var v) return map.getOrDefault(v, v);
        if (t instanceof Type.Con c && c.args().isEmpty()) return c;
        Type copy = copies.get(t);
        if (copy != null) return copy;
        copy = switch (t) {
            case Type.Con c -> new Type.Con(c.name(), c.args().stream().map(a -> substitute(a, map, copies)).toList(), c.decl());
            case Type.Fun f -> new Type.Fun(substitute(f.from(), map, copies), substitute(f.to(), map, copies));
            case Type.Tuple tu -> new Type.Tuple(tu.items().stream().map(i -> substitute(i, map, copies)).toList());
            case Type.Var v -> throw new AssertionError(v);
        };
        copies.put(t, copy);
        return copy;
    }
}
