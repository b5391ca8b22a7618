package org.fusabi.vm.stdlib;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.DateTimeText;
import org.fusabi.vm.value.NetDateTime;
import org.fusabi.vm.value.NetDayOfWeek;
import org.fusabi.vm.value.NetTimeSpan;
import org.fusabi.vm.value.Tuple;

/**
 * .NET's {@code System.DateTime} and {@code DayOfWeek}: construction, the clock, calendar properties, arithmetic
 * with TimeSpans ({@code d2 - d1}, {@code d + span}), parsing and formatting in the invariant culture.
 */
final class DateTimeMembers {
    private DateTimeMembers() {}

    /** ISO dates with an optional time (2024-01-15, 2024-01-15T10:30:00.5, 2024-01-15 10:30), and M/d/yyyy ones. */
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,7}))?)?)?Z?");
    private static final Pattern INVARIANT = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?: (\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?: ?([AP]M))?)?");

    static void install(Library lib) {
        lib.define("DateTime.new", "int -> int -> int -> DateTime", a -> date(a));
        lib.define("DateTime.new~time", "int -> int -> int -> int -> int -> int -> DateTime", a -> date(a));
        lib.define("DateTime.new~milliseconds", "int -> int -> int -> int -> int -> int -> int -> DateTime", a -> date(a));
        lib.define("DateTime.new~ticks", "int -> DateTime", a -> NetDateTime.ofTicks((Long) a[0]));
        lib.define("DateTime.get_Now", "unit -> DateTime", (vm, a) -> new NetDateTime(LocalDateTime.now()));
        lib.define("DateTime.get_UtcNow", "unit -> DateTime", (vm, a) -> new NetDateTime(LocalDateTime.now(java.time.ZoneOffset.UTC)));
        lib.define("DateTime.get_Today", "unit -> DateTime", (vm, a) -> new NetDateTime(LocalDate.now().atStartOfDay()));
        lib.define("DateTime.get_MinValue", "unit -> DateTime", a -> NetDateTime.ofTicks(0));
        lib.define("DateTime.get_MaxValue", "unit -> DateTime", a -> NetDateTime.ofTicks(3_155_378_975_999_999_999L));
        lib.define("DateTime.Parse", "string -> DateTime", a -> parse((String) a[0]));
        lib.define("DateTime.TryParse", "string -> bool * DateTime", a -> {
            try {
                return new Tuple(true, parse((String) a[0]));
            } catch (RuntimeException e) {
                return new Tuple(false, NetDateTime.ofTicks(0));
            }
        });
        lib.define("DateTime.DaysInMonth", "int -> int -> int", a -> (long) YearMonth.of(year(a[0]), month(a[1])).lengthOfMonth());
        lib.define("DateTime.IsLeapYear", "int -> bool", a -> Year.isLeap(year(a[0])));
        lib.define("DateTime.Compare", "DateTime -> DateTime -> int", a -> (long) Integer.signum(d(a[0]).compareTo(d(a[1]))));
        lib.define("DateTime#CompareTo", "DateTime -> DateTime -> int", a -> (long) Integer.signum(d(a[0]).compareTo(d(a[1]))));
        lib.define("DateTime#Year", "DateTime -> int", a -> (long) t(a[0]).getYear());
        lib.define("DateTime#Month", "DateTime -> int", a -> (long) t(a[0]).getMonthValue());
        lib.define("DateTime#Day", "DateTime -> int", a -> (long) t(a[0]).getDayOfMonth());
        lib.define("DateTime#Hour", "DateTime -> int", a -> (long) t(a[0]).getHour());
        lib.define("DateTime#Minute", "DateTime -> int", a -> (long) t(a[0]).getMinute());
        lib.define("DateTime#Second", "DateTime -> int", a -> (long) t(a[0]).getSecond());
        lib.define("DateTime#Millisecond", "DateTime -> int", a -> (long) (t(a[0]).getNano() / 1_000_000));
        lib.define("DateTime#DayOfYear", "DateTime -> int", a -> (long) t(a[0]).getDayOfYear());
        lib.define("DateTime#DayOfWeek", "DateTime -> DayOfWeek", a -> NetDayOfWeek.values()[DateTimeText.dayOfWeek(t(a[0]))]);
        lib.define("DateTime#Ticks", "DateTime -> int", a -> d(a[0]).ticks());
        lib.define("DateTime#Date", "DateTime -> DateTime", a -> new NetDateTime(t(a[0]).toLocalDate().atStartOfDay()));
        lib.define("DateTime#TimeOfDay", "DateTime -> TimeSpan", a -> new NetTimeSpan(t(a[0]).toLocalTime().toNanoOfDay() / 100));
        addition(lib, "AddDays", NetDateTime.TICKS_PER_DAY);
        addition(lib, "AddHours", NetTimeSpan.TICKS_PER_HOUR);
        addition(lib, "AddMinutes", NetTimeSpan.TICKS_PER_MINUTE);
        addition(lib, "AddSeconds", NetTimeSpan.TICKS_PER_SECOND);
        addition(lib, "AddMilliseconds", NetTimeSpan.TICKS_PER_MILLISECOND);
        lib.define("DateTime#AddTicks", "DateTime -> int -> DateTime", a -> plusTicks(d(a[0]), (Long) a[1]));
        lib.define("DateTime#AddMonths", "DateTime -> int -> DateTime", a -> new NetDateTime(t(a[0]).plusMonths((Long) a[1])));
        lib.define("DateTime#AddYears", "DateTime -> int -> DateTime", a -> new NetDateTime(t(a[0]).plusYears((Long) a[1])));
        lib.define("DateTime#Add", "DateTime -> TimeSpan -> DateTime", a -> plusTicks(d(a[0]), span(a[1])));
        lib.define("DateTime#Subtract", "DateTime -> DateTime -> TimeSpan", a -> new NetTimeSpan(d(a[0]).ticks() - d(a[1]).ticks()));
        lib.define("DateTime#Subtract~span", "DateTime -> TimeSpan -> DateTime", a -> plusTicks(d(a[0]), -span(a[1])));
        lib.define("DateTime.op_Addition", "DateTime -> TimeSpan -> DateTime", a -> plusTicks(d(a[0]), span(a[1])));
        lib.define("DateTime.op_Subtraction", "DateTime -> DateTime -> TimeSpan", a -> new NetTimeSpan(d(a[0]).ticks() - d(a[1]).ticks()));
        lib.define("DateTime.op_Subtraction~span", "DateTime -> TimeSpan -> DateTime", a -> plusTicks(d(a[0]), -span(a[1])));
        lib.define("DateTime#ToString", "DateTime -> unit -> string", a -> DateTimeText.format(d(a[0]), "G"));
        lib.define("DateTime#ToString~format", "DateTime -> string -> string", a -> DateTimeText.format(d(a[0]), (String) a[1]));
        lib.define("DateTime#ToShortDateString", "DateTime -> unit -> string", a -> DateTimeText.format(d(a[0]), "d"));
        lib.define("DateTime#ToLongDateString", "DateTime -> unit -> string", a -> DateTimeText.format(d(a[0]), "D"));
        lib.define("DateTime#ToShortTimeString", "DateTime -> unit -> string", a -> DateTimeText.format(d(a[0]), "t"));
        lib.define("DateTime#ToLongTimeString", "DateTime -> unit -> string", a -> DateTimeText.format(d(a[0]), "T"));
        for (NetDayOfWeek day : NetDayOfWeek.values()) {
            lib.define("DayOfWeek.get_" + day, "unit -> DayOfWeek", a -> day);
        }
    }

    private static void addition(Library lib, String name, long ticksPerUnit) {
        lib.define("DateTime#" + name, "DateTime -> float -> DateTime",
                a -> plusTicks(d(a[0]), NetTimeSpan.of((Double) a[1], ticksPerUnit).ticks()));
    }

    /** A DateTime of year, month, day and the further parts the constructor was given (hour … millisecond). */
    private static NetDateTime date(Object[] a) {
        long[] parts = new long[7];
        for (int k = 0; k < a.length; k++) parts[k] = (Long) a[k];
        try {
            return new NetDateTime(LocalDateTime.of(year(a[0]), month(a[1]), (int) parts[2], (int) parts[3], (int) parts[4],
                    (int) parts[5], (int) parts[6] * 1_000_000));
        } catch (DateTimeException e) {
            throw NetErrors.argumentOutOfRange("Year, Month, and Day parameters describe an un-representable DateTime.", null);
        }
    }

    private static NetDateTime parse(String s) {
        String text = s.strip();
        Matcher iso = ISO.matcher(text);
        Matcher invariant = INVARIANT.matcher(text);
        try {
            if (iso.matches()) return at(iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5), iso.group(6), iso.group(7), null);
            if (invariant.matches()) {
                return at(invariant.group(3), invariant.group(1), invariant.group(2), invariant.group(4), invariant.group(5),
                        invariant.group(6), null, invariant.group(7));
            }
        } catch (DateTimeException e) {
            // a date of the right shape that does not exist, 2023-02-30: .NET's FormatException below
        }
        throw NetErrors.format("String '" + s + "' was not recognized as a valid DateTime.");
    }

    private static NetDateTime at(String year, String month, String day, String hour, String minute, String second,
                                  String fraction, String meridiem) {
        int h = hour == null ? 0 : Integer.parseInt(hour);
        if (meridiem != null) h = h % 12 + (meridiem.equals("PM") ? 12 : 0);
        LocalDateTime t = LocalDateTime.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day), h,
                minute == null ? 0 : Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        long ticks = fraction == null ? 0 : Long.parseLong((fraction + "000000").substring(0, 7));
        return new NetDateTime(t.plus(ticks * 100, ChronoUnit.NANOS));
    }

    private static NetDateTime plusTicks(NetDateTime d, long ticks) {
        return NetDateTime.ofTicks(d.ticks() + ticks);
    }

    private static int year(Object x) {
        long y = (Long) x;
        if (y < 1 || y > 9999) throw NetErrors.argumentOutOfRange("Year, Month, and Day parameters describe an un-representable DateTime.", null);
        return (int) y;
    }

    private static int month(Object x) {
        long m = (Long) x;
        if (m < 1 || m > 12) throw NetErrors.argumentOutOfRange("Year, Month, and Day parameters describe an un-representable DateTime.", null);
        return (int) m;
    }

    private static NetDateTime d(Object x) {
        return (NetDateTime) x;
    }

    private static LocalDateTime t(Object x) {
        return ((NetDateTime) x).time();
    }

    private static long span(Object x) {
        return ((NetTimeSpan) x).ticks();
    }
}
