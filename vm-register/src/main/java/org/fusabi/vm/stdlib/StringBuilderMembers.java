package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code System.Text.StringBuilder}, which is Java's at run time: its constructors and members. Append and
 * Insert take any value and add its .NET ToString, as their overloads for each primitive type do.
 */
final class StringBuilderMembers {
    private StringBuilderMembers() {}

    private static final String INDEX = "Index was out of range. Must be non-negative and less than the size of the collection.";

    static void install(Library lib) {
        lib.define("StringBuilder.new", "unit -> StringBuilder", (vm, a) -> new StringBuilder());
        lib.define("StringBuilder.new~string", "string -> StringBuilder", (vm, a) -> new StringBuilder((String) a[0]));
        lib.define("StringBuilder.new~capacity", "int -> StringBuilder", (vm, a) -> {
            if ((Long) a[0] < 0) throw NetErrors.argumentOutOfRange("'capacity' must be greater than zero.", "capacity");
            return new StringBuilder();
        });
        lib.define("StringBuilder#Append", "StringBuilder -> 'a -> StringBuilder", a -> append(sb(a[0]), a[1]));
        lib.define("StringBuilder#AppendLine", "StringBuilder -> unit -> StringBuilder", a -> sb(a[0]).append('\n'));
        lib.define("StringBuilder#AppendLine~value", "StringBuilder -> string -> StringBuilder",
                a -> sb(a[0]).append((String) a[1]).append('\n'));
        lib.define("StringBuilder#AppendFormat", "StringBuilder -> string -> 'a -> StringBuilder",
                a -> sb(a[0]).append(CompositeFormatString.format((String) a[1], new Object[] {a[2]})));
        lib.define("StringBuilder#AppendFormat~two", "StringBuilder -> string -> 'a -> 'b -> StringBuilder",
                a -> sb(a[0]).append(CompositeFormatString.format((String) a[1], new Object[] {a[2], a[3]})));
        lib.define("StringBuilder#AppendFormat~three", "StringBuilder -> string -> 'a -> 'b -> 'c -> StringBuilder",
                a -> sb(a[0]).append(CompositeFormatString.format((String) a[1], new Object[] {a[2], a[3], a[4]})));
        lib.define("StringBuilder#Insert", "StringBuilder -> int -> 'a -> StringBuilder", a -> {
            long at = (Long) a[1];
            if (at < 0 || at > sb(a[0]).length()) throw NetErrors.argumentOutOfRange(INDEX, "index");
            return sb(a[0]).insert((int) at, Show.string(a[2]));
        });
        lib.define("StringBuilder#Remove", "StringBuilder -> int -> int -> StringBuilder", a -> {
            long start = (Long) a[1];
            long length = (Long) a[2];
            if (start < 0) throw NetErrors.argumentOutOfRange("StartIndex cannot be less than zero.", "startIndex");
            if (length < 0) throw NetErrors.argumentOutOfRange("Length cannot be less than zero.", "length");
            if (start + length > sb(a[0]).length()) {
                throw NetErrors.argumentOutOfRange("Index was out of range. Must be non-negative and less than or equal to the size of the collection.", "length");
            }
            return sb(a[0]).delete((int) start, (int) (start + length));
        });
        lib.define("StringBuilder#Replace~string", "StringBuilder -> string -> string -> StringBuilder", a -> {
            String old = (String) a[1];
            if (old.isEmpty()) throw NetErrors.argument("The value cannot be an empty string.", "oldValue");
            String replaced = sb(a[0]).toString().replace(old, (String) a[2]);
            return sb(a[0]).replace(0, sb(a[0]).length(), replaced);
        });
        lib.define("StringBuilder#Replace~char", "StringBuilder -> char -> char -> StringBuilder", a -> {
            StringBuilder b = sb(a[0]);
            for (int i = 0; i < b.length(); i++) if (b.charAt(i) == (Character) a[1]) b.setCharAt(i, (Character) a[2]);
            return b;
        });
        lib.define("StringBuilder#Clear", "StringBuilder -> unit -> StringBuilder", a -> sb(a[0]).delete(0, sb(a[0]).length()));
        lib.define("StringBuilder#Length", "StringBuilder -> int", a -> (long) sb(a[0]).length());
        lib.define("StringBuilder#set_Length", "StringBuilder -> int -> unit", a -> {
            long n = (Long) a[1];
            if (n < 0) throw NetErrors.argumentOutOfRange("Length cannot be less than zero.", "value");
            sb(a[0]).setLength((int) n);
            return Unit.VALUE;
        });
        lib.define("StringBuilder#get_Item", "StringBuilder -> int -> char", a -> sb(a[0]).charAt(index(a[0], a[1])));
        lib.define("StringBuilder#set_Item", "StringBuilder -> int -> char -> unit", a -> {
            sb(a[0]).setCharAt(index(a[0], a[1]), (Character) a[2]);
            return Unit.VALUE;
        });
        lib.define("StringBuilder#ToString", "StringBuilder -> unit -> string", a -> sb(a[0]).toString());
        lib.define("StringBuilder#ToString~range", "StringBuilder -> int -> int -> string",
                a -> StringMembers.substring(sb(a[0]).toString(), (Long) a[1], (Long) a[2]));
    }

    /** A value's .NET ToString appended: strings, ints and chars straight in, as .NET and Java write them alike. */
    private static StringBuilder append(StringBuilder b, Object x) {
        return switch (x) {
            case String s -> b.append(s);
            case Long n -> b.append(n.longValue());
            case Character c -> b.append(c.charValue());
            default -> b.append(Show.string(x));
        };
    }

    private static StringBuilder sb(Object o) {
        return (StringBuilder) o;
    }

    private static int index(Object sb, Object index) {
        long i = (Long) index;
        if (i < 0 || i >= sb(sb).length()) throw NetErrors.argumentOutOfRange(INDEX, "index");
        return (int) i;
    }
}
