package org.fusabi.vm.stdlib;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.value.Enumerable;
import org.fusabi.vm.value.Enumerator;
import org.fusabi.vm.value.Enumerators;

/**
 * .NET's {@code Match}: one match of a regex in an input (or the failed one, {@code Success} false), its groups,
 * and the next match after it. Like .NET's, it prints as its {@code Value} and is equal only to itself.
 */
final class RegexMatch {
    private final Pattern pattern;
    private final String input;
    /** The match's groups' bounds: start and end of group k at 2k and 2k + 1, -1 where it did not take part. */
    private final int[] bounds;

    private RegexMatch(Pattern pattern, String input, int[] bounds) {
        this.pattern = pattern;
        this.input = input;
        this.bounds = bounds;
    }

    /** The first match at or after {@code from}, or the failed match. */
    static RegexMatch find(Pattern pattern, String input, int from) {
        Matcher m = pattern.matcher(input);
        if (from > input.length() || !m.find(from)) return new RegexMatch(pattern, input, null);
        int[] order = dotNetOrder(pattern);
        int[] bounds = new int[2 * order.length];
        for (int k = 0; k < order.length; k++) {
            bounds[2 * k] = m.start(order[k]);
            bounds[2 * k + 1] = m.end(order[k]);
        }
        return new RegexMatch(pattern, input, bounds);
    }

    /**
     * Java's group numbers in .NET's order: .NET numbers the unnamed groups first and the named ones after them, each
     * in the order they open ({@code (?<y>\\d+)-(\\d+)}: group 1 is the second, group 2 is y).
     */
    private static int[] dotNetOrder(Pattern pattern) {
        int count = pattern.matcher("").groupCount();
        java.util.Collection<Integer> named = pattern.namedGroups().values();
        int[] order = new int[count + 1];
        int next = 1;
        for (int k = 1; k <= count; k++) if (!named.contains(k)) order[next++] = k;
        for (int k = 1; k <= count; k++) if (named.contains(k)) order[next++] = k;
        return order;
    }

    /** Every match, each found after the previous one (after it by one character when it was empty), as .NET does. */
    static List<RegexMatch> all(Pattern pattern, String input) {
        List<RegexMatch> out = new ArrayList<>();
        for (RegexMatch m = find(pattern, input, 0); m.success(); m = m.next()) out.add(m);
        return out;
    }

    boolean success() {
        return bounds != null;
    }

    RegexMatch next() {
        if (!success()) return this;
        return find(pattern, input, bounds[1] == bounds[0] ? bounds[1] + 1 : bounds[1]);
    }

    Group group(int k) {
        if (!success() || k < 0 || 2 * k >= bounds.length || bounds[2 * k] < 0) return Group.FAILED;
        return new Group(input.substring(bounds[2 * k], bounds[2 * k + 1]), bounds[2 * k], true);
    }

    Group group(String name) {
        Integer java = pattern.namedGroups().get(name);
        if (java == null) return Group.FAILED;
        int[] order = dotNetOrder(pattern);
        for (int k = 0; k < order.length; k++) if (order[k] == java) return group(k);
        return Group.FAILED;
    }

    int groupCount() {
        return success() ? bounds.length / 2 : pattern.matcher("").groupCount() + 1;
    }

    Object groupAt(Object key) {
        return key instanceof String name ? group(name) : group((int) (long) (Long) key);
    }

    @Override
    public String toString() {
        return group(0).value();
    }

    /** A group of a match: its text and where it starts, or the failed group (empty, at 0). */
    record Group(String value, long index, boolean success) {
        static final Group FAILED = new Group("", 0, false);

        @Override
        public String toString() {
            return value;
        }
    }

    /** {@code m.Groups}: indexed by number or name, enumerated in order. */
    record Groups(RegexMatch match) implements Enumerable {
        @Override
        public Enumerator enumerator() {
            Object[] groups = new Object[match.groupCount()];
            for (int k = 0; k < groups.length; k++) groups[k] = match.group(k);
            return Enumerators.of(groups);
        }
    }

    /** {@code Regex.Matches}: the matches of an input, counted, indexed and enumerated. */
    record Matches(List<RegexMatch> items) implements Enumerable {
        @Override
        public Enumerator enumerator() {
            return Enumerators.of(items.iterator());
        }

        RegexMatch get(long i) {
            if (i < 0 || i >= items.size()) {
                throw NetErrors.argumentOutOfRange("Specified argument was out of the range of valid values.", "i");
            }
            return items.get((int) i);
        }
    }
}
