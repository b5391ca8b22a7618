package org.fusabi.vm.value;

import java.time.LocalDateTime;

/**
 * .NET's {@code System.DateTime}: a date and time of day to the tick (100 ns), without a time zone. It compares
 * and hashes by value, and prints as .NET's invariant culture does ({@code 01/15/2024 00:00:00}).
 */
public record NetDateTime(LocalDateTime time) implements Comparable<NetDateTime> {
    /** .NET's ticks of 0001-01-01 are 0: the days before 1970 in java.time's epoch days, times ticks a day. */
    private static final long EPOCH_DAY_OF_TICK_ZERO = LocalDateTime.of(1, 1, 1, 0, 0).toLocalDate().toEpochDay();
    public static final long TICKS_PER_DAY = 864_000_000_000L;

    public long ticks() {
        long days = time.toLocalDate().toEpochDay() - EPOCH_DAY_OF_TICK_ZERO;
        return days * TICKS_PER_DAY + time.toLocalTime().toNanoOfDay() / 100;
    }

    public static NetDateTime ofTicks(long ticks) {
        LocalDateTime midnight = LocalDateTime.of(1, 1, 1, 0, 0).plusDays(Math.floorDiv(ticks, TICKS_PER_DAY));
        return new NetDateTime(midnight.plusNanos(Math.floorMod(ticks, TICKS_PER_DAY) * 100));
    }

    @Override
    public int compareTo(NetDateTime other) {
        return time.compareTo(other.time);
    }

    @Override
    public String toString() {
        return DateTimeText.format(this, "G");
    }
}
