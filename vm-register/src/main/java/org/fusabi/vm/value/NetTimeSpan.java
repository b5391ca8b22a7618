package org.fusabi.vm.value;

/** .NET's {@code System.TimeSpan}: a signed duration in ticks (100 ns), printed as .NET's "c" format does. */
public record NetTimeSpan(long ticks) implements Comparable<NetTimeSpan> {
    public static final long TICKS_PER_MILLISECOND = 10_000, TICKS_PER_SECOND = 10_000_000;
    public static final long TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND, TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;

    /** A whole number of ticks from a float count of units, truncated as .NET (Core) does. */
    public static NetTimeSpan of(double units, long ticksPerUnit) {
        return new NetTimeSpan((long) (units * ticksPerUnit));
    }

    @Override
    public int compareTo(NetTimeSpan other) {
        return Long.compare(ticks, other.ticks);
    }

    @Override
    public String toString() {
        return DateTimeText.span(this, "c");
    }
}
