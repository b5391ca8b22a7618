package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Library;
import org.fusabi.vm.value.ArrayValues;
import org.fusabi.vm.value.EnumValue;
import org.fusabi.vm.value.NetDayOfWeek;
import org.fusabi.vm.value.NetType;

/**
 * {@code System.Type} as {@code typeof<T>} gives it ({@link NetType}): {@code FullName}, {@code Name}, and
 * {@code ToString()} and {@code %O} give the full name, as .NET's do; two are equal when they name the same type.
 * Of reflection, an enum's fields ({@code GetField} with {@code BindingFlags}, a {@code FieldInfo}'s
 * {@code IsPublic} and {@code Name}). The compiler's natives of enums ({@code Convert.enum…}) make and read their values.
 */
final class TypeMembers {
    private TypeMembers() {}

    private static final NetType BINDING_FLAGS = new NetType("System.Reflection.BindingFlags",
            List.of("Default", "Instance", "Static", "Public", "NonPublic"), new long[] {0, NetType.INSTANCE, NetType.STATIC,
                    NetType.PUBLIC, NetType.NON_PUBLIC}, true);

    /** A field found by GetField: every field an enum has is public. */
    private record FieldInfo(String name) {
        boolean isPublic() {
            return true;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static void install(Library lib) {
        lib.define("Convert.typeOf", "string -> Type", (vm, a) -> new NetType((String) a[0]));
        lib.define("Convert.enumType", "string -> string[] -> int32[] -> bool -> Type", (vm, a) -> {
            List<String> names = new ArrayList<>();
            for (Object n : ArrayValues.boxed(a[1])) names.add((String) n);
            Object[] numbers = ArrayValues.boxed(a[2]);
            long[] values = new long[numbers.length];
            for (int i = 0; i < values.length; i++) values[i] = ((Number) numbers[i]).longValue();
            return new NetType((String) a[0], names, values, (Boolean) a[3]);
        });
        lib.define("Convert.enumOf", "Type -> int32 -> 'e", (vm, a) -> new EnumValue((NetType) a[0], ((Number) a[1]).longValue()));
        lib.define("Convert.enumNumber", "'e -> int32",
                (vm, a) -> a[0] instanceof NetDayOfWeek day ? day.ordinal() : (int) ((EnumValue) a[0]).value());
        lib.define("Convert.enumTypeOf", "'e -> Type", (vm, a) -> ((EnumValue) a[0]).type());
        lib.define("Type#FullName", "Type -> string", (vm, a) -> ((NetType) a[0]).fullName);
        lib.define("Type#Name", "Type -> string", (vm, a) -> {
            String full = ((NetType) a[0]).fullName;
            return full.substring(Math.max(full.lastIndexOf('.'), full.lastIndexOf('+')) + 1);
        });
        lib.define("Type#GetField", "Type -> string -> BindingFlags -> FieldInfo", (vm, a) -> {
            String name = (String) a[1];
            return ((NetType) a[0]).hasField(name, ((EnumValue) a[2]).value()) ? new FieldInfo(name) : null;
        });
        lib.define("FieldInfo#IsPublic", "FieldInfo -> bool", (vm, a) -> ((FieldInfo) a[0]).isPublic());
        lib.define("FieldInfo#Name", "FieldInfo -> string", (vm, a) -> ((FieldInfo) a[0]).name());
        for (String flag : List.of("Instance", "Static", "Public", "NonPublic")) {
            EnumValue value = new EnumValue(BINDING_FLAGS, switch (flag) {
                case "Instance" -> NetType.INSTANCE;
                case "Static" -> NetType.STATIC;
                case "Public" -> NetType.PUBLIC;
                default -> NetType.NON_PUBLIC;
            });
            lib.define("BindingFlags.get_" + flag, "unit -> BindingFlags", (vm, a) -> value);
        }
    }
}
