package org.fusabi.compiler.types;

import java.util.HashMap;
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
        t = Type.prune(t);
        return switch (t) {
            case Type.Var v -> map.getOrDefault(v, v);
            case Type.Con c -> c.args().isEmpty() ? c
                    : new Type.Con(c.name(), c.args().stream().map(a -> substitute(a, map)).toList(), c.decl());
            case Type.Fun f -> new Type.Fun(substitute(f.from(), map), substitute(f.to(), map));
            case Type.Tuple tu -> new Type.Tuple(tu.items().stream().map(i -> substitute(i, map)).toList());
        };
    }
}
