package org.fusabi.compiler.types;

import java.util.Map;
import java.util.Set;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.Numbers;

/**
 * F#'s numeric types by name, as the checker and the code generator see them: which are integers and which are
 * floating, and the register type ({@link NumType}) of those that have one. {@code decimal} and {@code bigint}
 * have none: they are references, with natives for their operators. {@code int} is Fusabi's 64-bit int (F#'s
 * int64), {@code int32} the 32-bit one.
 */
public final class NumericTypes {
    private NumericTypes() {}

    private static final Map<String, NumType> PRIMITIVE = Map.ofEntries(
            Map.entry("int", NumType.INT64), Map.entry("float", NumType.FLOAT), Map.entry("char", NumType.CHAR),
            Map.entry("sbyte", NumType.SBYTE), Map.entry("byte", NumType.BYTE), Map.entry("int16", NumType.INT16),
            Map.entry("uint16", NumType.UINT16), Map.entry("int32", NumType.INT32), Map.entry("uint32", NumType.UINT32),
            Map.entry("uint64", NumType.UINT64), Map.entry("nativeint", NumType.NATIVEINT),
            Map.entry("unativeint", NumType.UNATIVEINT), Map.entry("float32", NumType.FLOAT32));

    /** The integer types, bigint included (char is not one: it has no arithmetic but +). */
    public static final Set<String> INTEGERS = Set.of("int", "sbyte", "byte", "int16", "uint16", "int32", "uint32",
            "uint64", "nativeint", "unativeint", "bigint");
    public static final Set<String> FLOATS = Set.of("float", "float32", "decimal");

    /** The F# names of types with other names: .NET's ({@code Int32}, {@code Double} …) and F#'s abbreviations. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int64", "int"), Map.entry("double", "float"), Map.entry("single", "float32"),
            Map.entry("int8", "sbyte"), Map.entry("uint8", "byte"), Map.entry("uint", "uint32"),
            Map.entry("SByte", "sbyte"), Map.entry("Byte", "byte"), Map.entry("Int16", "int16"),
            Map.entry("UInt16", "uint16"), Map.entry("Int32", "int32"), Map.entry("UInt32", "uint32"),
            Map.entry("Int64", "int"), Map.entry("UInt64", "uint64"), Map.entry("IntPtr", "nativeint"),
            Map.entry("UIntPtr", "unativeint"), Map.entry("Single", "float32"), Map.entry("Double", "float"),
            Map.entry("Decimal", "decimal"), Map.entry("BigInteger", "bigint"));

    /** Every numeric type name, as a type expression may write it, mapped to Fusabi's name of the type. */
    public static String canonical(String name) {
        String n = name.startsWith("System.Numerics.") ? name.substring(16) : name.startsWith("System.") ? name.substring(7) : name;
        String alias = ALIASES.get(n);
        if (alias != null) return alias;
        return isNumeric(n) ? n : null;
    }

    public static boolean isNumeric(String name) {
        return INTEGERS.contains(name) || FLOATS.contains(name);
    }

    /** The register type of a type, or null when it has none (references, bool, type variables). */
    public static NumType primitive(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.args().isEmpty() && c.decl() == null ? PRIMITIVE.get(c.name()) : null;
    }

    /** The type of a numeric type's name (int and float are the checker's own). */
    public static Type type(String name) {
        return switch (name) {
            case "int" -> Type.INT;
            case "float" -> Type.FLOAT;
            case "char" -> Type.CHAR;
            default -> new Type.Con(name, java.util.List.of());
        };
    }

    /** The value 1 of a numeric type, boxed as its literals are. */
    public static Object one(String name) {
        return small(name, 1);
    }

    /** The value 0 of a numeric type, boxed as its literals are: {@code Unchecked.defaultof} of it. */
    public static Object zero(String name) {
        return small(name, 0);
    }

    private static Object small(String name, int v) {
        return switch (name) {
            case "decimal" -> java.math.BigDecimal.valueOf(v);
            case "bigint" -> java.math.BigInteger.valueOf(v);
            default -> {
                NumType t = PRIMITIVE.get(name);
                yield Numbers.box(t, Numbers.convert(v, NumType.INT64, t));
            }
        };
    }

    /** The type of a literal's value: each numeric type's box is its own Java class (vm.value.Numbers). */
    public static Type ofValue(Object v) {
        NumType t = Numbers.typeOf(v);
        if (t != null) return type(t.toString());
        if (v instanceof java.math.BigDecimal) return type("decimal");
        if (v instanceof java.math.BigInteger) return type("bigint");
        return null;
    }

    /** The name of a type without arguments, or null. */
    public static String name(Type t) {
        return Type.prune(t) instanceof Type.Con c && c.args().isEmpty() && c.decl() == null ? c.name() : null;
    }
}
