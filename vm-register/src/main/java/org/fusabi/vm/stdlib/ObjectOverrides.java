package org.fusabi.vm.stdlib;

import org.fusabi.vm.Interpreter;
import org.fusabi.vm.value.RecordValue;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;
import org.fusabi.vm.value.Values;

/**
 * The members of {@code System.Object} an object expression overrides ({@code { new Object() with override
 * _.ToString() = … }}): the compiler makes its value a record whose fields, named as below (names no script can
 * give a field), hold the overrides, each taking the object first. {@code string}, {@code hash}, an interpolated
 * string's holes and the members {@code ToString()} and {@code GetHashCode()} of any value call them, as .NET's
 * virtual calls would; without a {@code ToString} override such an object shows as the name of its type, as
 * .NET's {@code Object.ToString} does.
 */
public final class ObjectOverrides {
    public static final String TO_STRING = "ToString()";
    public static final String GET_HASH_CODE = "GetHashCode()";

    private ObjectOverrides() {}

    /** Whether a record type is an object expression's, by the overrides it holds. */
    public static boolean isOverride(String field) {
        return field.equals(TO_STRING) || field.equals(GET_HASH_CODE);
    }

    static String string(Interpreter vm, Object value) {
        return isObjectExpression(value) ? text(vm, (RecordValue) value) : Show.string(value);
    }

    /** What an interpolated string's hole shows: an object expression's text, any other value as it is. */
    static Object shown(Interpreter vm, Object value) {
        return isObjectExpression(value) ? text(vm, (RecordValue) value) : value;
    }

    private static boolean isObjectExpression(Object value) {
        return value instanceof RecordValue r && r.type.fields().stream().anyMatch(ObjectOverrides::isOverride);
    }

    private static String text(Interpreter vm, RecordValue r) {
        int at = r.type.fields().indexOf(TO_STRING);
        return at < 0 ? r.type.name() : (String) vm.apply(r.field(at), r, Unit.VALUE);
    }

    static long hash(Interpreter vm, Object value) {
        if (value instanceof RecordValue r) {
            int at = r.type.fields().indexOf(GET_HASH_CODE);
            if (at >= 0) return (Long) vm.apply(r.field(at), r, Unit.VALUE);
        }
        return Values.hash(value);
    }
}
