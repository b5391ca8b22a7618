package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
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
        // System.Enum's statics over a declared enum's type (typeof<Color>); what they give back is an obj, as in .NET.
        lib.define("Enum.GetNames", "Type -> string[]", a -> enumType(a[0]).caseNames().toArray());
        lib.define("Enum.GetValues", "Type -> Object[]", a -> enumType(a[0]).caseValues().toArray());
        lib.define("Enum.IsDefined", "Type -> 'a -> bool", a -> a[1] instanceof String name
                ? enumType(a[0]).parse(name) != null && !name.strip().matches("[+-]?[0-9]+")
                : enumType(a[0]).defines(((Number) a[1]).longValue()));
        lib.define("Enum.Parse", "Type -> string -> Object", a -> {
            EnumValue v = enumType(a[0]).parse((String) a[1]);
            if (v == null) throw NetErrors.argument("Requested value '" + a[1] + "' was not found.", null);
            return v;
        });
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

    /** The type Enum's statics are given, which must be an enum's: .NET's ArgumentException otherwise. */
    private static NetType enumType(Object type) {
        NetType t = (NetType) type;
        if (!t.isEnum()) throw NetErrors.argument("Type provided must be an Enum.", "enumType");
        return t;
    }
}
