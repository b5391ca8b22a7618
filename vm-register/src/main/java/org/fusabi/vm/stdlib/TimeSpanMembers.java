package org.fusabi.vm.stdlib;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.DateTimeText;
import org.fusabi.vm.value.NetDateTime;
import org.fusabi.vm.value.NetTimeSpan;

/**
 * .NET's {@code System.TimeSpan}: constructors, {@code FromSeconds} and friends (float, and the integer overloads
 * of .NET 9), components and totals, arithmetic, parsing of {@code [-][d.]hh:mm[:ss[.fffffff]]} and formatting.
 */
final class TimeSpanMembers {
    private TimeSpanMembers() {}

    private static final Pattern SPAN = Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,7}))?)?");

    static void install(Library lib) {
        lib.define("TimeSpan.new", "int -> int -> int -> TimeSpan", a -> span(0, (Long) a[0], (Long) a[1], (Long) a[2], 0));
        lib.define("TimeSpan.new~days", "int -> int -> int -> int -> TimeSpan", a -> span((Long) a[0], (Long) a[1], (Long) a[2], (Long) a[3], 0));
        lib.define("TimeSpan.new~milliseconds", "int -> int -> int -> int -> int -> TimeSpan",
                a -> span((Long) a[0], (Long) a[1], (Long) a[2], (Long) a[3], (Long) a[4]));
        lib.define("TimeSpan.new~ticks", "int -> TimeSpan", a -> new NetTimeSpan((Long) a[0]));
        lib.define("TimeSpan.get_Zero", "unit -> TimeSpan", a -> new NetTimeSpan(0));
        lib.define("TimeSpan.get_MaxValue", "unit -> TimeSpan", a -> new NetTimeSpan(Long.MAX_VALUE));
        lib.define("TimeSpan.get_MinValue", "unit -> TimeSpan", a -> new NetTimeSpan(Long.MIN_VALUE));
        unit(lib, "Days", NetDateTime.TICKS_PER_DAY);
        unit(lib, "Hours", NetTimeSpan.TICKS_PER_HOUR);
        unit(lib, "Minutes", NetTimeSpan.TICKS_PER_MINUTE);
        unit(lib, "Seconds", NetTimeSpan.TICKS_PER_SECOND);
        unit(lib, "Milliseconds", NetTimeSpan.TICKS_PER_MILLISECOND);
        lib.define("TimeSpan.FromTicks", "int -> TimeSpan", a -> new NetTimeSpan((Long) a[0]));
        lib.define("TimeSpan#Days", "TimeSpan -> int", a -> ticks(a[0]) / NetDateTime.TICKS_PER_DAY);
        lib.define("TimeSpan#Hours", "TimeSpan -> int", a -> ticks(a[0]) / NetTimeSpan.TICKS_PER_HOUR % 24);
        lib.define("TimeSpan#Minutes", "TimeSpan -> int", a -> ticks(a[0]) / NetTimeSpan.TICKS_PER_MINUTE % 60);
        lib.define("TimeSpan#Seconds", "TimeSpan -> int", a -> ticks(a[0]) / NetTimeSpan.TICKS_PER_SECOND % 60);
        lib.define("TimeSpan#Milliseconds", "TimeSpan -> int", a -> ticks(a[0]) / NetTimeSpan.TICKS_PER_MILLISECOND % 1000);
        lib.define("TimeSpan#Ticks", "TimeSpan -> int", a -> ticks(a[0]));
        lib.define("TimeSpan#Add", "TimeSpan -> TimeSpan -> TimeSpan", a -> new NetTimeSpan(Math.addExact(ticks(a[0]), ticks(a[1]))));
        lib.define("TimeSpan#Subtract", "TimeSpan -> TimeSpan -> TimeSpan", a -> new NetTimeSpan(Math.subtractExact(ticks(a[0]), ticks(a[1]))));
        lib.define("TimeSpan.op_Addition", "TimeSpan -> TimeSpan -> TimeSpan", a -> new NetTimeSpan(Math.addExact(ticks(a[0]), ticks(a[1]))));
        lib.define("TimeSpan.op_Subtraction", "TimeSpan -> TimeSpan -> TimeSpan", a -> new NetTimeSpan(Math.subtractExact(ticks(a[0]), ticks(a[1]))));
        lib.define("TimeSpan#Negate", "TimeSpan -> unit -> TimeSpan", a -> new NetTimeSpan(-ticks(a[0])));
        lib.define("TimeSpan#Duration", "TimeSpan -> unit -> TimeSpan", a -> new NetTimeSpan(Math.abs(ticks(a[0]))));
        lib.define("TimeSpan#CompareTo", "TimeSpan -> TimeSpan -> int", a -> (long) Long.compare(ticks(a[0]), ticks(a[1])));
        lib.define("TimeSpan.Compare", "TimeSpan -> TimeSpan -> int", a -> (long) Long.compare(ticks(a[0]), ticks(a[1])));
        lib.define("TimeSpan#ToString", "TimeSpan -> unit -> string", a -> DateTimeText.span((NetTimeSpan) a[0], "c"));
        lib.define("TimeSpan#ToString~format", "TimeSpan -> string -> string", a -> DateTimeText.span((NetTimeSpan) a[0], (String) a[1]));
        lib.define("TimeSpan.Parse", "string -> TimeSpan", a -> parse((String) a[0]));
    }

    /** FromDays … FromMilliseconds of a float (truncated to a tick) and, as .NET 9 has them, of an integer. */
    private static void unit(Library lib, String name, long ticksPerUnit) {
        lib.define("TimeSpan.From" + name, "float -> TimeSpan", a -> NetTimeSpan.of((Double) a[0], ticksPerUnit));
        lib.define("TimeSpan.From" + name + "~int", "int -> TimeSpan", a -> new NetTimeSpan(Math.multiplyExact((Long) a[0], ticksPerUnit)));
        lib.define("TimeSpan#Total" + name, "TimeSpan -> float", a -> (double) ticks(a[0]) / ticksPerUnit);
    }

    private static NetTimeSpan span(long days, long hours, long minutes, long seconds, long milliseconds) {
        return new NetTimeSpan(days * NetDateTime.TICKS_PER_DAY + hours * NetTimeSpan.TICKS_PER_HOUR + minutes * NetTimeSpan.TICKS_PER_MINUTE
                               + seconds * NetTimeSpan.TICKS_PER_SECOND + milliseconds * NetTimeSpan.TICKS_PER_MILLISECOND);
    }

    private static NetTimeSpan parse(String s) {
        String text = s.strip();
        if (text.matches("-?\\d+")) return span(Long.parseLong(text), 0, 0, 0, 0);
        Matcher m = SPAN.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(3)) > 23 || Integer.parseInt(m.group(4)) > 59
            || m.group(5) != null && Integer.parseInt(m.group(5)) > 59) {
            throw NetErrors.format("String '" + s + "' was not recognized as a valid TimeSpan.");
        }
        long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        long seconds = m.group(5) == null ? 0 : Long.parseLong(m.group(5));
        long fraction = m.group(6) == null ? 0 : Long.parseLong((m.group(6) + "000000").substring(0, 7));
        long ticks = span(days, Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), seconds, 0).ticks() + fraction;
        return new NetTimeSpan(m.group(1) == null ? ticks : -ticks);
    }

    private static long ticks(Object x) {
        return ((NetTimeSpan) x).ticks();
    }
}
