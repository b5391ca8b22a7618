package org.fusabi.vm.value;

import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * Values as F# shows them: {@link #any} is {@code %A}, {@link #string} is F#'s {@code string} function.
 * Fusabi's 64-bit {@code int} prints as F#'s {@code int} does, without the {@code L} suffix of int64.
 */
public final class Show {
    /** F#'s default %A line width (sformat.fs FormatOptions.Default.PrintWidth). */
    public static final int PRINT_WIDTH = 80;
    /** F#'s default budget of printed nodes (FormatOptions.Default.PrintSize). */
    public static final int PRINT_SIZE = 10000;
    /** %A prints floats with ten significant digits (FormatOptions.Default.FloatingPointFormat = "g10"). */
    private static final int FLOAT_DIGITS = 10;

    private Show() {}

    /** {@code sprintf "%A" v}. */
    public static String any(Object v) {
        StringBuilder out = new StringBuilder();
        appendAny(out, v, PRINT_WIDTH, PRINT_SIZE);
        return out.toString();
    }

    /** How F# Interactive shows a value it binds: {@code %A}'s layout but for .NET dictionaries. */
    public static String interactive(Object v) {
        StringBuilder out = new StringBuilder();
        LayoutPrinter.print(out, ValueLayout.interactive(v, PRINT_SIZE), PRINT_WIDTH);
        return out.toString();
    }

    /** {@code string v}. */
    public static String string(Object v) {
        return dotNetToString(v, "");
    }

    /** What .NET's {@code Double.ToString()} gives, and so {@code string 2.5}: shortest round-trip digits. */
    public static String floatRoundTrip(double d) {
        return DotNetDouble.roundTrip(d, 'E');
    }

    public static void appendAny(StringBuilder out, Object v, int printWidth, int printSize) {
        LayoutPrinter.print(out, ValueLayout.of(v, printSize), printWidth);
    }

    /**
     * The .NET {@code ToString()} of the value F# would have, with {@code nullText} for the values .NET
     * represents as null: unit and None. F#'s records, unions and lists print their {@code %A} layout.
     */
    public static String dotNetToString(Object v, String nullText) {
        return switch (v) {
            case null -> nullText;
            case Unit u -> nullText;
            case String s -> s;
            case Double d -> floatRoundTrip(d);
            case Float f -> DotNetDouble.roundTrip(f);
            case BigDecimal d -> DotNetDecimal.toString(d);
            case Boolean b -> b ? "True" : "False";
            case KeyValuePair p -> p.toString();
            case Tuple t -> tupleToString(t);
            case Object array when ArrayValues.isArray(array) -> typeName(ArrayValues.length(array) == 0 ? null : ArrayValues.get(array, 0)) + "[]";
            case UnionValue u when u.type == UnionType.OPTION -> u.tag == 0
                    ? nullText
                    : "Some(" + dotNetToString(u.fields[0], "null") + ")";
            case UnionValue u when u.type == UnionType.FAILURE -> leafText(u);
            case UnionValue u -> any(u);
            case RecordValue r -> any(r);
            case FList l -> any(l);
            case FSeq q -> any(q);
            default -> v.toString();
        };
    }

    /** The text of a value %A prints as a single word. */
    static String leafText(Object x) {
        return switch (x) {
            case null -> "<null>";
            case Double d -> floatA(d);
            case Float f -> float32A(f);
            // sformat.fs: the digits and F#'s literal suffix; int32 has none, and neither has Fusabi's 64-bit int.
            case Byte b -> b + "y";
            case Short h -> h + "s";
            case BigDecimal d -> DotNetDecimal.toString(d) + "M";
            case BoxedInt b -> b + switch (b.type()) {
                case BYTE -> "uy";
                case UINT16 -> "us";
                case UINT32 -> "u";
                case UINT64 -> "UL";
                case NATIVEINT -> "n";
                default -> "un";
            };
            case Boolean b -> b ? "true" : "false";
            case Character c -> "'" + charA(c) + "'";
            case String s -> "\"" + s + "\""; // sformat.fs formatString quotes without escaping
            // F#'s Failure builds a System.Exception, which %A shows through its ToString
            case UnionValue u when u.type == UnionType.FAILURE -> "System.Exception: " + u.fields[0];
            default -> x.toString();
        };
    }

    /** sformat.fs leafFormatter: "g10", lower-case nan and infinity, and ".0" on integral values. */
    private static String floatA(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "infinity" : "-infinity";
        String s = DotNetDouble.general(d, FLOAT_DIGITS, 'e');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != '-' && (c < '0' || c > '9')) return s;
        }
        return s + ".0";
    }

    /** sformat.fs: an integral float32 in int32's range as {@code 3.0f}, others in "g10" with an {@code f}. */
    private static String float32A(float f) {
        if (Float.isNaN(f)) return "nanf";
        if (Float.isInfinite(f)) return f > 0 ? "infinityf" : "-infinityf";
        if (f > Integer.MIN_VALUE && f < Integer.MAX_VALUE && (float) (int) f == f) return (int) f + ".0f";
        return DotNetDouble.general(f, FLOAT_DIGITS, 'e') + "f";
    }

    /** sformat.fs formatChar: control characters as three decimal digits, '\n' as '\010'. */
    private static String charA(char c) {
        return switch (c) {
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            case '\b' -> "\\b";
            default -> Character.isISOControl(c)
                    ? String.format("\\%03d", (int) c)
                    : String.valueOf(c);
        };
    }

    /** System.Tuple's ToString: the items' own ToString, null as nothing. */
    private static String tupleToString(Tuple t) {
        StringJoiner out = new StringJoiner(", ", "(", ")");
        for (Object item : t.items) out.add(dotNetToString(item, ""));
        return out.toString();
    }

    /**
     * The .NET name of the type of a collection's elements, for the ToString of arrays and .NET collections, which
     * is their type's name: the collection has lost it, so it is guessed from an element (null: none).
     */
    public static String typeName(Object element) {
        return switch (element) {
            case Long l -> "System.Int32";
            case Integer i -> "System.Int32";
            case Float f -> "System.Single";
            case BigDecimal d -> "System.Decimal";
            case Byte b -> "System.SByte";
            case Short h -> "System.Int16";
            case BoxedInt b -> switch (b.type()) {
                case BYTE -> "System.Byte";
                case UINT16 -> "System.UInt16";
                case UINT32 -> "System.UInt32";
                case UINT64 -> "System.UInt64";
                case NATIVEINT -> "System.IntPtr";
                default -> "System.UIntPtr";
            };
            case Double d -> "System.Double";
            case String s -> "System.String";
            case Boolean b -> "System.Boolean";
            case Character c -> "System.Char";
            case null, default -> "System.Object";
        };
    }
}
