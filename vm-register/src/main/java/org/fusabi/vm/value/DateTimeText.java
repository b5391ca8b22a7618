package org.fusabi.vm.value;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.fusabi.vm.NetErrors;

/**
 * The text of dates and durations as .NET writes them in the invariant culture: the one-letter standard formats
 * ({@code "d"}, {@code "G"}, {@code "o"}, {@code "c"}…) and custom patterns ({@code "yyyy-MM-dd HH:mm"},
 * {@code @"hh\:mm\:ss"}), after .NET's DateTimeFormat and TimeSpanFormat.
 */
public final class DateTimeText {
    /** Day names by .NET's DayOfWeek number: Sunday is 0. */
    public static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    private DateTimeText() {}

    public static String format(NetDateTime d, String format) {
        if (format.isEmpty()) format = "G";
        String pattern = format.length() == 1 ? standardDate(format.charAt(0)) : format;
        return custom(d.time(), pattern);
    }

    /** .NET's DayOfWeek number of a date: Sunday 0 … Saturday 6. */
    public static int dayOfWeek(LocalDateTime t) {
        return t.getDayOfWeek().getValue() % 7;
    }

    private static String standardDate(char letter) {
        return switch (letter) {
            case 'd' -> "MM/dd/yyyy";
            case 'D' -> "dddd, dd MMMM yyyy";
            case 'f' -> "dddd, dd MMMM yyyy HH:mm";
            case 'F', 'U' -> "dddd, dd MMMM yyyy HH:mm:ss";
            case 'g' -> "MM/dd/yyyy HH:mm";
            case 'G' -> "MM/dd/yyyy HH:mm:ss";
            case 'm', 'M' -> "MMMM dd";
            case 'o', 'O' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
            case 'r', 'R' -> "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
            case 's' -> "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
            case 't' -> "HH:mm";
            case 'T' -> "HH:mm:ss";
            case 'u' -> "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
            case 'y', 'Y' -> "yyyy MMMM";
            default -> throw badFormat();
        };
    }

    private static String custom(LocalDateTime t, String p) {
        StringBuilder out = new StringBuilder();
        return pattern(p, out, (c, n) -> {
            switch (c) {
                case 'y' -> out.append(n <= 2 ? pad(t.getYear() % 100, n) : pad(t.getYear(), n));
                case 'M' -> out.append(n <= 2 ? pad(t.getMonthValue(), n) : name(MONTHS[t.getMonthValue() - 1], n));
                case 'd' -> out.append(n <= 2 ? pad(t.getDayOfMonth(), n) : name(DAYS[dayOfWeek(t)], n));
                case 'H' -> out.append(pad(t.getHour(), Math.min(n, 2)));
                case 'h' -> out.append(pad((t.getHour() + 11) % 12 + 1, Math.min(n, 2)));
                case 'm' -> out.append(pad(t.getMinute(), Math.min(n, 2)));
                case 's' -> out.append(pad(t.getSecond(), Math.min(n, 2)));
                case 'f', 'F' -> fraction(t.getNano() / 100, n, c == 'F', out);
                case 't' -> out.append((t.getHour() < 12 ? "AM" : "PM"), 0, Math.min(n, 2));
                case 'g' -> out.append("A.D.");
                case 'z' -> offset(t, n, out);
                case 'K' -> { } // a DateTime of unspecified kind has no zone
                default -> out.append(String.valueOf(c).repeat(n));
            }
        });
    }

    public static String span(NetTimeSpan span, String format) {
        long ticks = span.ticks();
        String sign = ticks < 0 ? "-" : "";
        long abs = Math.abs(ticks);
        long days = abs / NetDateTime.TICKS_PER_DAY;
        long hours = abs / NetTimeSpan.TICKS_PER_HOUR % 24;
        long minutes = abs / NetTimeSpan.TICKS_PER_MINUTE % 60;
        long seconds = abs / NetTimeSpan.TICKS_PER_SECOND % 60;
        long fraction = abs % NetTimeSpan.TICKS_PER_SECOND;
        return switch (format.isEmpty() ? "c" : format) {
            case "c", "t", "T" -> sign + (days > 0 ? days + "." : "") + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2)
                                  + (fraction > 0 ? "." + pad(fraction, 7) : "");
            case "g" -> sign + (days > 0 ? days + ":" : "") + hours + ":" + pad(minutes, 2) + ":" + pad(seconds, 2)
                        + (fraction > 0 ? "." + pad(fraction, 7).replaceAll("0+$", "") : "");
            case "G" -> sign + days + ":" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(fraction, 7);
            default -> customSpan(format, days, hours, minutes, seconds, fraction);
        };
    }

    /** A custom TimeSpan pattern: only its specifiers, quoted text and escaped characters, as .NET requires. */
    private static String customSpan(String p, long days, long hours, long minutes, long seconds, long fraction) {
        StringBuilder out = new StringBuilder();
        return pattern(p, out, (c, n) -> {
            if (n > (c == 'd' ? 8 : c == 'f' || c == 'F' ? 7 : 2)) throw badFormat();
            switch (c) {
                case 'd' -> out.append(pad(days, n));
                case 'h' -> out.append(pad(hours, n));
                case 'm' -> out.append(pad(minutes, n));
                case 's' -> out.append(pad(seconds, n));
                case 'f', 'F' -> fraction(fraction, n, c == 'F', out);
                default -> throw badFormat();
            }
        });
    }

    /** What a run of n of one pattern letter appends. */
    private interface Specifier {
        void append(char letter, int n);
    }

    /** Walks a custom pattern: quoted text and escaped characters are copied, each run of one letter is specified. */
    private static String pattern(String p, StringBuilder out, Specifier specifier) {
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\'' || c == '"' || c == '\\' || c == '%') {
                i = literal(p, i, out);
                continue;
            }
            int n = run(p, i);
            specifier.append(c, n);
            i += n;
        }
        return out.toString();
    }

    /** Quoted text, a backslash-escaped character or a {@code %} before one specifier: the index after it. */
    private static int literal(String p, int i, StringBuilder out) {
        char c = p.charAt(i);
        if (c == '%') return i + 1;
        if (c == '\\') {
            if (i + 1 >= p.length()) throw badFormat();
            out.append(p.charAt(i + 1));
            return i + 2;
        }
        int close = p.indexOf(c, i + 1);
        if (close < 0) throw badFormat();
        out.append(p, i + 1, close);
        return close + 1;
    }

    private static int run(String p, int i) {
        int n = 1;
        while (i + n < p.length() && p.charAt(i + n) == p.charAt(i)) n++;
        return n;
    }

    /** n digits of a 7-digit tick fraction; with F, trailing zeros dropped and, if none is left, the '.' before it. */
    private static void fraction(long ticks, int n, boolean trim, StringBuilder out) {
        if (n > 7) throw badFormat();
        String digits = pad(ticks, 7).substring(0, n);
        if (trim) digits = digits.replaceAll("0+$", "");
        if (trim && digits.isEmpty() && !out.isEmpty() && out.charAt(out.length() - 1) == '.') out.setLength(out.length() - 1);
        out.append(digits);
    }

    private static void offset(LocalDateTime t, int n, StringBuilder out) {
        int seconds = ZoneId.systemDefault().getRules().getOffset(t).getTotalSeconds();
        out.append(seconds < 0 ? '-' : '+');
        int abs = Math.abs(seconds);
        out.append(pad(abs / 3600, Math.min(n, 2)));
        if (n >= 3) out.append(':').append(pad(abs / 60 % 60, 2));
    }

    private static String name(String full, int n) {
        return n == 3 ? full.substring(0, 3) : full;
    }

    private static String pad(long value, int digits) {
        String s = Long.toString(value);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }

    private static RuntimeException badFormat() {
        return NetErrors.format("Input string was not in a correct format.");
    }
}
