package org.fusabi.vm.embed;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.bytecode.Kind;
import org.fusabi.vm.image.Image;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.RecordType;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.Tuple;
import org.fusabi.vm.value.UnionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/**
 * Converts between Java values and Fusabi's boxed values (docs/EMBEDDING.md has the table). Into Fusabi the
 * conversion follows the declared type, so {@code Integer} becomes an {@code int} and a {@code Map} a record;
 * out of Fusabi it follows the value. Maps, sets, unions other than option, and functions cross unchanged.
 */
public final class JavaValues {
    private final Image image;

    /** The image supplies the record types that Java maps and records are converted into. */
    public JavaValues(Image image) {
        this.image = image;
    }

    /**
     * A Java value as a Fusabi value of type {@code t}; {@link IllegalArgumentException} if it does not fit, or is
     * nested too deeply to convert on this thread's stack.
     */
    public Object toFusabi(Object v, FusabiType t) {
        try {
            return fusabi(v, t);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("the value is nested too deeply to convert (the Java stack ran out)");
        }
    }

    private Object fusabi(Object v, FusabiType t) {
        return switch (t) {
            case FusabiType.Var x -> dynamic(v);
            case FusabiType.Fun f -> v;
            case FusabiType.Tuple tu -> tuple(v, tu);
            case FusabiType.Named n -> named(v, n);
        };
    }

    private Object named(Object v, FusabiType.Named t) {
        switch (t.name()) {
            case "int":
                if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
                throw mismatch(v, t);
            case "float":
                if (v instanceof Double || v instanceof Float) return ((Number) v).doubleValue();
                throw mismatch(v, t);
            case "bool":
                return expect(v, Boolean.class, t);
            case "char":
                return expect(v, Character.class, t);
            case "string":
                return expect(v, String.class, t);
            case "unit":
                if (v == null || v == Unit.VALUE) return Unit.VALUE;
                throw mismatch(v, t);
            case "list":
                if (v instanceof FList) return v;
                return FList.of(elements(v, t.args().get(0), t));
            case "array":
                // In the representation compiled code makes for the element type (vm.value.ArrayValues).
                return ArrayValues.as(elementKind(t.args().get(0)), elements(v, t.args().get(0), t));
            case "option":
                if (v instanceof UnionValue u && u.type == UnionType.OPTION) return u;
                if (v instanceof Optional<?> o) return o.isEmpty() ? UnionValue.NONE : UnionValue.some(fusabi(o.get(), t.args().get(0)));
                throw mismatch(v, t);
            default:
                RecordType record = recordType(t.name());
                if (record != null) return record(v, record, t);
                return v;
        }
    }

    private static int elementKind(FusabiType item) {
        return switch (item.toString()) {
            case "int" -> Kind.INT;
            case "float" -> Kind.FLOAT;
            case "bool" -> Kind.BOOL;
            case "char" -> Kind.CHAR;
            default -> Kind.REF;
        };
    }

    private Object[] elements(Object v, FusabiType item, FusabiType whole) {
        List<?> items = switch (v) {
            case Object[] a -> List.of(a);
            case boolean[] a -> List.of(ArrayValues.boxed(a));
            case char[] a -> List.of(ArrayValues.boxed(a));
            case Collection<?> c -> new ArrayList<>(c);
            case long[] a -> java.util.Arrays.stream(a).boxed().toList();
            case int[] a -> java.util.Arrays.stream(a).boxed().toList();
            case double[] a -> java.util.Arrays.stream(a).boxed().toList();
            case null, default -> throw mismatch(v, whole);
        };
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = fusabi(items.get(i), item);
        return out;
    }

    private Tuple tuple(Object v, FusabiType.Tuple t) {
        if (v instanceof Tuple tu) return tu;
        List<?> items = v instanceof Object[] a ? List.of(a) : v instanceof List<?> l ? l : null;
        if (items == null || items.size() != t.items().size()) throw mismatch(v, t);
        Object[] out = new Object[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = fusabi(items.get(i), t.items().get(i));
        return new Tuple(out);
    }

    private RecordValue record(Object v, RecordType type, FusabiType t) {
        if (v instanceof RecordValue r && r.type.equals(type)) return r;
        Map<String, Object> fields = new LinkedHashMap<>();
        if (v instanceof Map<?, ?> m) {
            m.forEach((k, x) -> fields.put(String.valueOf(k), x));
        } else if (v instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) fields.put(c.getName(), component(r, c));
        } else {
            throw mismatch(v, t);
        }
        if (!fields.keySet().equals(new java.util.HashSet<>(type.fields()))) {
            throw new IllegalArgumentException("expected a " + t + " with the fields " + type.fields() + ", got " + fields.keySet());
        }
        Object[] out = new Object[type.fields().size()];
        for (int i = 0; i < out.length; i++) out[i] = dynamic(fields.get(type.fields().get(i)));
        return new RecordValue(type, out);
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            java.lang.reflect.Method accessor = c.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }

    private RecordType recordType(String name) {
        for (int i = 0; i < image.typeCount(); i++) {
            if (image.type(i) instanceof RecordType r && r.name().equals(name)) return r;
        }
        return null;
    }

    /** Converts by the Java class alone, where the Fusabi type does not say (a type variable, a record field). */
    private Object dynamic(Object v) {
        return switch (v) {
            case null -> Unit.VALUE;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case Float f -> f.doubleValue();
            case Collection<?> c -> FList.of(c.stream().map(this::dynamic).toArray());
            case Object[] a -> java.util.Arrays.stream(a).map(this::dynamic).toArray();
            case Optional<?> o -> o.isEmpty() ? UnionValue.NONE : UnionValue.some(dynamic(o.get()));
            default -> v;
        };
    }

    private static Object expect(Object v, Class<?> c, FusabiType t) {
        if (c.isInstance(v)) return v;
        throw mismatch(v, t);
    }

    /** Names the value's class, never the value: a host's object may hold secrets that must not reach a log. */
    private static IllegalArgumentException mismatch(Object v, FusabiType t) {
        return new IllegalArgumentException("expected " + t + ", got " + (v == null ? "null" : "a " + v.getClass().getName()));
    }

    /**
     * A Fusabi value as Java sees it: lists as {@link List}, records as maps, tuples and arrays as {@code Object[]}.
     * A value nested more deeply than this thread's stack can convert (a million {@code Some}s) is a fatal
     * {@link ScriptError}, never a {@link StackOverflowError} in the host.
     */
    public static Object toJava(Object v) {
        try {
            return java(v);
        } catch (StackOverflowError e) {
            throw ScriptError.fatal("stack overflow: the value is nested too deeply to convert to Java values");
        }
    }

    private static Object java(Object v) {
        return switch (v) {
            case Unit u -> null;
            case FList l -> java.util.Arrays.stream(l.toArray()).map(JavaValues::java).toList();
            case Object a when ArrayValues.isArray(a) -> java.util.Arrays.stream(ArrayValues.boxed(a)).map(JavaValues::java).toArray();
            case Tuple t -> java.util.Arrays.stream(t.items).map(JavaValues::java).toArray();
            case RecordValue r -> {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < r.fields.length; i++) m.put(r.type.fields().get(i), java(r.field(i)));
                yield java.util.Collections.unmodifiableMap(m);
            }
            case UnionValue u when u.type == UnionType.OPTION -> u.tag == 0 ? Optional.empty() : Optional.ofNullable(java(u.fields[0]));
            default -> v;
        };
    }
}
