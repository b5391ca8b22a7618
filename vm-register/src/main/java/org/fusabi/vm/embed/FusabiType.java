package org.fusabi.vm.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * A Fusabi type as the compiler prints it in an image's export table ({@code int -> string list},
 * {@code Map<string,int>}, {@code 'a * P option}). The run side reads it to convert Java values to the right
 * Fusabi values without the compiler.
 */
public sealed interface FusabiType {
    /** A type constructor with arguments: {@code int}, {@code list<int>} (printed {@code int list}), {@code P}. */
    record Named(String name, List<FusabiType> args) implements FusabiType {
        @Override
        public String toString() {
            if (args.isEmpty()) return name;
            if (name.equals("array")) return args.get(0) + "[]";
            if (args.size() == 1 && !Character.isUpperCase(name.charAt(0))) return args.get(0) + " " + name;
            return name + "<" + String.join(",", args.stream().map(FusabiType::toString).toList()) + ">";
        }
    }

    record Fun(FusabiType from, FusabiType to) implements FusabiType {
        @Override
        public String toString() {
            return (from instanceof Fun ? "(" + from + ")" : from) + " -> " + to;
        }
    }

    record Tuple(List<FusabiType> items) implements FusabiType {
        @Override
        public String toString() {
            return "(" + String.join(" * ", items.stream().map(FusabiType::toString).toList()) + ")";
        }
    }

    /** A type variable such as {@code 'a}: any value fits. */
    record Var(String name) implements FusabiType {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The parameter types of a curried function type, outermost first; empty for a non-function. */
    default List<FusabiType> parameters() {
        List<FusabiType> out = new ArrayList<>();
        for (FusabiType t = this; t instanceof Fun f; t = f.to()) out.add(f.from());
        return out;
    }

    /** What a function type gives after all its {@link #parameters}; the type itself for a non-function. */
    default FusabiType result() {
        FusabiType t = this;
        while (t instanceof Fun f) t = f.to();
        return t;
    }

    static FusabiType parse(String text) {
        return new TypeStringParser(text).parseAll();
    }
}
