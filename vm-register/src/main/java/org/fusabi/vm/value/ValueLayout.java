package org.fusabi.vm.value;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;

/**
 * Builds the {@link Layout} of a value as F#'s {@code %A} does (sformat.fs ObjectGraphFormatter): the
 * same brackets, the same breakable joints, and the same limits — 100 levels deep, 100 items of a list or
 * array, 9 of a map or set, 4 of any other sequence, and a budget of nodes after which everything prints as "...".
 */
final class ValueLayout {
    private static final int PRINT_DEPTH = 100;
    private static final int PRINT_LENGTH = 100;
    /** sformat shows 1 + PrintLength / 12 entries of a map or set, and 1 + PrintLength / 30 of other sequences. */
    private static final int MAP_LENGTH = 1 + PRINT_LENGTH / 12;
    private static final int SEQUENCE_LENGTH = 1 + PRINT_LENGTH / 30;
    /** fsi shows 1 + PrintLength / 3 entries of a dictionary. */
    private static final int DICTIONARY_LENGTH = 1 + PRINT_LENGTH / 3;
    /** Precedences: a union case's single argument is bracketed if it is a tuple or itself has arguments. */
    private static final int BRACKET_IF_TUPLE_OR_NOT_ATOMIC = 2;
    private static final int BRACKET_IF_TUPLE = 3;
    private static final Layout ELLIPSIS = Layout.word("...");
    private static final Layout SEMICOLON = Layout.closing(";");
    private static final Layout COMMA = Layout.closing(",");

    /**
     * F# Interactive's display of a value ({@code val d: ... = dict [("a", 1)]}) rather than {@code %A}'s: fsi.fs
     * lays out a .NET dictionary (a {@code Dictionary}, not the read-only {@code dict}) as {@code dict} and its
     * first 1 + PrintLength / 3 pairs, at any depth.
     */
    private final boolean interactive;
    /** Nodes still allowed; printing stops short once it reaches zero. */
    private int size;
    /** The aggregates being printed, so a cycle through a mutable field prints "..." instead of looping. */
    private final IdentityHashMap<Object, Boolean> path = new IdentityHashMap<>();

    private ValueLayout(int size, boolean interactive) {
        this.size = size;
        this.interactive = interactive;
    }

    static Layout of(Object value, int printSize) {
        return new ValueLayout(printSize, false).value(PRINT_DEPTH, BRACKET_IF_TUPLE, value);
    }

    static Layout interactive(Object value, int printSize) {
        return new ValueLayout(printSize, true).value(PRINT_DEPTH, BRACKET_IF_TUPLE, value);
    }

    private Layout value(int depth, int precedence, Object x) {
        if (depth <= 0 || size <= 0) return ELLIPSIS;
        if (!isAggregate(x)) return leafOrUnit(x);
        if (path.containsKey(x)) return ELLIPSIS;
        path.put(x, Boolean.TRUE);
        try {
            return aggregate(depth - 1, precedence, x);
        } finally {
            path.remove(x);
        }
    }

    private static boolean isAggregate(Object x) {
        return x instanceof Enumerable || ArrayValues.isArray(x) || x instanceof Tuple && !(x instanceof KeyValuePair) || x instanceof RecordValue || x instanceof MultiArray
                || (x instanceof UnionValue u && u.type != UnionType.FAILURE);
    }

    private Layout aggregate(int depth, int precedence, Object x) {
        return switch (x) {
            case FList list -> list(depth, list);
            case Object array when ArrayValues.isArray(array) -> array(depth, ArrayValues.boxed(array));
            case Tuple tuple -> bracketIf(precedence <= BRACKET_IF_TUPLE, separatedValues(depth, tuple.items));
            case RecordValue record -> record(depth, record);
            case MultiArray array -> multiArray(depth, array);
            case UnionValue union -> union(depth, precedence, union);
            case FMap map -> keyword(depth, precedence, "map", map.iterator(), MAP_LENGTH);
            case FSet set -> keyword(depth, precedence, "set", set.iterator(), MAP_LENGTH);
            case NetDictionary d when interactive && !d.isReadOnly() -> dictionary(depth, d);
            case Enumerable items -> sequence(depth, precedence, items);
            default -> throw new IllegalStateException("not an aggregate: " + x.getClass());
        };
    }

    private Layout leafOrUnit(Object x) {
        count();
        return Layout.word(x == Unit.VALUE ? "()" : Show.leafText(x));
    }

    private Layout list(int depth, FList list) {
        if (list.isEmpty()) {
            count();
            return Layout.word("[]");
        }
        List<Layout> items = new ArrayList<>();
        items.add(value(depth, BRACKET_IF_TUPLE, list.head));
        int left = PRINT_LENGTH - 1;
        for (FList rest = list.tail; ; rest = rest.tail) {
            if (size <= 0) {
                items.add(ELLIPSIS);
                break;
            }
            if (rest.isEmpty()) break;
            if (left-- <= 0) {
                items.add(ELLIPSIS);
                break;
            }
            items.add(value(depth, BRACKET_IF_TUPLE, rest.head));
        }
        return Layout.bracketed("[", Layout.separated(SEMICOLON, items), "]");
    }

    private Layout array(int depth, Object[] array) {
        List<Layout> items = new ArrayList<>();
        for (int k = 0; ; k++) {
            if (size <= 0) {
                items.add(ELLIPSIS);
                break;
            }
            if (k == array.length) break;
            if (k == PRINT_LENGTH) {
                items.add(ELLIPSIS);
                break;
            }
            items.add(value(depth, BRACKET_IF_TUPLE, array[k]));
        }
        return Layout.bracketed("[|", Layout.separated(SEMICOLON, items), "|]");
    }

    /** fsi's {@code dict [(key, value); ...]}, which it lays out without brackets around it wherever it is. */
    private Layout dictionary(int depth, NetDictionary d) {
        List<Tuple> pairs = new ArrayList<>();
        try (Enumerator e = d.enumerator()) {
            // One pair past the limit, so that keyword shows "..." for the rest.
            for (Iterator<Object> it = Enumerators.iterator(e); it.hasNext() && pairs.size() <= DICTIONARY_LENGTH; ) {
                KeyValuePair kv = (KeyValuePair) it.next();
                pairs.add(new Tuple(kv.key(), kv.value()));
            }
        }
        return keyword(depth, BRACKET_IF_TUPLE, "dict", pairs.iterator(), DICTIONARY_LENGTH);
    }

    /** A sequence: {@code seq [1; 2; 3; 4; ...]}, enumerated as far as printing needs, then disposed. */
    private Layout sequence(int depth, int precedence, Enumerable items) {
        try (Enumerator e = items.enumerator()) {
            return keyword(depth, precedence, "seq", Enumerators.iterator(e), SEQUENCE_LENGTH);
        }
    }

    /**
     * sformat's {@code wordL keyword --- makeListL items}, bracketed where a union case's argument would be: at
     * most {@code limit} items, then "..." if there are more (which computes one more).
     */
    private Layout keyword(int depth, int precedence, String keyword, Iterator<?> items, int limit) {
        List<Layout> shown = new ArrayList<>();
        for (int k = 0; ; k++) {
            if (size <= 0) {
                shown.add(ELLIPSIS);
                break;
            }
            if (!items.hasNext()) break;
            Object x = items.next();
            if (k == limit) {
                shown.add(ELLIPSIS);
                break;
            }
            shown.add(value(depth, BRACKET_IF_TUPLE, x));
        }
        Layout list = Layout.bracketed("[", Layout.separated(SEMICOLON, shown), "]");
        return bracketIf(precedence <= BRACKET_IF_TUPLE_OR_NOT_ATOMIC, Layout.breakable(Layout.word(keyword), list, 2));
    }

    /**
     * A 2-D array's rows one per line, each a list of its cells: {@code [[1; 2]\n [3; 4]]}, after its lower bounds
     * when they are not 0; of a higher rank only that rank: {@code [|rank=3|]} (sformat.fs arrayValueL).
     */
    private Layout multiArray(int depth, MultiArray array) {
        if (array.rank() != 2) return Layout.word("[|rank=" + array.rank() + "|]");
        Layout rows = Layout.EMPTY;
        int b1 = array.lowerBound(0);
        int b2 = array.lowerBound(1);
        if (b1 != 0 || b2 != 0) rows = Layout.above(Layout.word("bound1=" + b1), Layout.word("bound2=" + b2));
        for (int i = 0; i < array.length(0); i++) {
            List<Layout> cells = new ArrayList<>();
            for (int j = 0; j < array.length(1); j++) {
                count();
                cells.add(value(depth, BRACKET_IF_TUPLE, array.cell(i * array.length(1) + j)));
            }
            rows = Layout.above(rows, Layout.bracketed("[", Layout.separated(SEMICOLON, cells), "]"));
        }
        return Layout.bracketed("[", rows, "]");
    }

    /** Fields one per line, each "Name = value" breakable after the '=', in {| |} if anonymous (sformat.fs makeRecordL). */
    private Layout record(int depth, RecordValue record) {
        List<String> names = record.type.fields();
        Layout fields = Layout.EMPTY;
        for (int k = 0; k < record.fields.length; k++) {
            count();
            Layout name = Layout.join(Layout.word(names.get(k)), Layout.word("="));
            Layout field = Layout.breakable(name, value(depth, BRACKET_IF_TUPLE, record.field(k)), 1);
            fields = Layout.above(fields, field);
        }
        boolean anonymous = record.type.anonymous();
        return Layout.join(Layout.join(Layout.word(anonymous ? "{|" : "{"), fields), Layout.word(anonymous ? "|}" : "}"));
    }

    private Layout union(int depth, int precedence, UnionValue union) {
        count();
        Layout name = Layout.word(union.caseName());
        Object[] fields = union.boxedFields();
        if (fields.length == 0) return name;
        Layout args = fields.length == 1
                ? value(depth, BRACKET_IF_TUPLE_OR_NOT_ATOMIC, fields[0])
                : Layout.bracketed("(", separatedValues(depth, fields), ")");
        return bracketIf(precedence <= BRACKET_IF_TUPLE_OR_NOT_ATOMIC, Layout.breakable(name, args, 2));
    }

    private Layout separatedValues(int depth, Object[] values) {
        List<Layout> items = new ArrayList<>(values.length);
        for (Object v : values) items.add(value(depth, BRACKET_IF_TUPLE, v));
        return Layout.separated(COMMA, items);
    }

    private static Layout bracketIf(boolean bracket, Layout layout) {
        return bracket ? Layout.bracketed("(", layout, ")") : layout;
    }

    private void count() {
        if (size > 0) size--;
    }
}
