package org.fusabi.vm.embed;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.NetExceptionType;
import org.fusabi.vm.value.UnionValue;
import org.fusabi.vm.value.Unit;

/**
 * How values of one Java type cross between a host's methods and scripts, and the Fusabi type scripts see them as:
 * {@code long}/{@code int} as {@code int}, {@code double}/{@code float} as {@code float}, {@code boolean},
 * {@code char}, {@code String}, {@code void} as {@code unit}, {@code List<T>} as {@code 'T list} (copied),
 * {@code Optional<T>} as {@code 'T option}, arrays of those as arrays (copied), and a class the host defined as that
 * type (the object itself). A conversion is null where the value needs none: a Fusabi {@code int} is already a
 * {@code Long}.
 *
 * @param fusabiType the type as scripts write it ({@code int list})
 * @param in         a script value to the Java one, or null for none
 * @param out        a Java value to the script one, or null for none; a null where the type has no null value is a
 *                   NullReferenceException
 */
record JavaConversion(String fusabiType, Convert in, Convert out) {
    @FunctionalInterface
    interface Convert {
        Object apply(Object v);
    }

    /** How a value of the Java type crosses, or null when Fusabi has no type for it. */
    static JavaConversion of(Type t, Library library, boolean parameter) {
        if (t instanceof Class<?> c) return ofClass(c, library, parameter);
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && p.getActualTypeArguments().length == 1) {
            JavaConversion item = of(p.getActualTypeArguments()[0], library, parameter);
            if (item == null || item.fusabiType.equals("unit")) return null;
            if (raw == List.class) return list(item);
            if (raw == Optional.class) return option(item);
        }
        if (t instanceof GenericArrayType g) {
            JavaConversion item = of(g.getGenericComponentType(), library, parameter);
            return item == null ? null : array(item, Object.class);
        }
        return null;
    }

    private static JavaConversion ofClass(Class<?> c, Library library, boolean parameter) {
        if (c == long.class) return new JavaConversion("int", null, null);
        if (c == Long.class) return new JavaConversion("int", null, JavaConversion::nonNull);
        if (c == int.class || c == Integer.class) return new JavaConversion("int", JavaConversion::toInt, v -> (long) (Integer) nonNull(v));
        if (c == double.class) return new JavaConversion("float", null, null);
        if (c == Double.class) return new JavaConversion("float", null, JavaConversion::nonNull);
        if (c == float.class || c == Float.class) return new JavaConversion("float", v -> (float) (double) (Double) v, v -> (double) (Float) nonNull(v));
        if (c == boolean.class || c == Boolean.class) return new JavaConversion("bool", null, JavaConversion::nonNull);
        if (c == char.class || c == Character.class) return new JavaConversion("char", null, JavaConversion::nonNull);
        if (c == String.class) return new JavaConversion("string", null, JavaConversion::nonNull);
        if (c == void.class) return new JavaConversion("unit", null, v -> Unit.VALUE);
        if (c.isArray()) {
            JavaConversion item = ofClass(c.getComponentType(), library, parameter);
            return item == null || item.fusabiType.equals("unit") ? null : array(item, c.getComponentType());
        }
        String name = library.hostTypeName(c, !parameter);
        return name == null ? null : new JavaConversion(name, null, JavaConversion::nonNull);
    }

    private static JavaConversion list(JavaConversion item) {
        return new JavaConversion(item.fusabiType + " list", v -> {
            Object[] items = ((FList) v).toArray();
            List<Object> out = new ArrayList<>(items.length);
            for (Object x : items) out.add(apply(item.in, x));
            return Collections.unmodifiableList(out);
        }, v -> {
            List<?> items = (List<?>) nonNull(v);
            Object[] out = new Object[items.size()];
            for (int i = 0; i < out.length; i++) out[i] = apply(item.out, items.get(i));
            return FList.of(out);
        });
    }

    private static JavaConversion option(JavaConversion item) {
        return new JavaConversion(item.fusabiType + " option", v -> {
            UnionValue u = (UnionValue) v;
            return u.tag == 0 ? Optional.empty() : Optional.of(apply(item.in, u.fields[0]));
        }, v -> {
            Optional<?> o = (Optional<?>) nonNull(v);
            return o.isEmpty() ? UnionValue.NONE : UnionValue.some(apply(item.out, o.get()));
        });
    }

    private static JavaConversion array(JavaConversion item, Class<?> component) {
        return new JavaConversion(item.fusabiType + "[]", v -> {
            Object[] items = ArrayValues.boxed(v);
            Object out = Array.newInstance(component, items.length);
            for (int i = 0; i < items.length; i++) Array.set(out, i, apply(item.in, items[i]));
            return out;
        }, v -> {
            nonNull(v);
            Object[] out = new Object[Array.getLength(v)];
            for (int i = 0; i < out.length; i++) out[i] = apply(item.out, Array.get(v, i));
            return out;
        });
    }

    static Object apply(Convert c, Object v) {
        return c == null ? v : c.apply(v);
    }

    /** A Java null where the script's type has none: .NET's NullReferenceException at the call. */
    private static Object nonNull(Object v) {
        if (v == null) throw NetErrors.nullReference();
        return v;
    }

    /** A 64-bit script int passed for a Java int: refused as .NET refuses to narrow it. */
    private static Object toInt(Object v) {
        long n = (Long) v;
        if (n != (int) n) throw NetErrors.raise(NetExceptionType.OVERFLOW, "Value was either too large or too small for an Int32.");
        return (int) n;
    }
}
