package org.fusabi.vm.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Expected strings are what F# prints (FSharp.Core sformat.fs for %A, prim-types.fs for string). */
class ShowTest {
    private static final UnionType TREE = new UnionType("Tree", List.of("Leaf", "Node"), List.of(0, 2));
    private static final UnionType SHAPE = new UnionType("Shape", List.of("Circle"), List.of(1));
    private static final RecordType POINT = new RecordType("Point", List.of("X", "Y"));
    private static final UnionValue LEAF = new UnionValue(TREE, 0, new Object[0]);

    private static UnionValue node(Object l, Object r) {
        return new UnionValue(TREE, 1, new Object[] {l, r});
    }

    private static UnionValue result(int tag, Object v) {
        return new UnionValue(UnionType.RESULT, tag, new Object[] {v});
    }

    private static RecordValue point(Object x, Object y) {
        return new RecordValue(POINT, new Object[] {x, y});
    }

    private static FList range(long from, long to) {
        return FList.of(LongStream.rangeClosed(from, to).boxed().toArray());
    }

    @Test
    void integers() {
        // Fusabi's int is 64-bit but shows as F#'s int, without int64's "L" suffix
        assertEquals("3", Show.any(3L));
        assertEquals("-3", Show.any(-3L));
    }

    @Test
    void floatsUseTenSignificantDigits() {
        // sformat.fs FormatOptions.Default: FloatingPointFormat = "g10", ".0" added to integral values
        assertEquals("1.0", Show.any(1.0));
        assertEquals("0.1", Show.any(0.1));
        assertEquals("3.14", Show.any(3.14));
        assertEquals("3.141592654", Show.any(Math.PI));
        assertEquals("0.3", Show.any(0.1 + 0.2));
        assertEquals("1e+20", Show.any(1e20));
        assertEquals("1e+10", Show.any(1e10));
        assertEquals("1234567890.0", Show.any(1234567890.0));
        assertEquals("1.5e-07", Show.any(1.5e-7));
        assertEquals("0.0001", Show.any(0.0001));
        assertEquals("1e-05", Show.any(0.00001));
        assertEquals("-2.5", Show.any(-2.5));
        assertEquals("-0.0", Show.any(-0.0));
        assertEquals("nan", Show.any(Double.NaN));
        assertEquals("infinity", Show.any(Double.POSITIVE_INFINITY));
        assertEquals("-infinity", Show.any(Double.NEGATIVE_INFINITY));
    }

    @Test
    void stringsAreQuotedButNotEscaped() {
        // sformat.fs formatString returns "\"" + s + "\"" and never escapes
        assertEquals("\"a\"", Show.any("a"));
        assertEquals("\"a\nb\\\"\"", Show.any("a\nb\\\""));
    }

    @Test
    void charsAreQuotedAndEscaped() {
        assertEquals("'a'", Show.any('a'));
        assertEquals("'\"'", Show.any('"'));
        assertEquals("'\\''", Show.any('\''));
        assertEquals("'\\\\'", Show.any('\\'));
        assertEquals("'\\b'", Show.any('\b'));
        // sformat.fs formatChar: other control characters as a backslash and three decimal digits
        assertEquals("'\\010'", Show.any('\n'));
        assertEquals("'\\009'", Show.any('\t'));
    }

    @Test
    void boolsAndUnit() {
        assertEquals("true", Show.any(true));
        assertEquals("false", Show.any(false));
        assertEquals("()", Show.any(Unit.VALUE));
    }

    @Test
    void listsArraysAndTuples() {
        assertEquals("[1; 2; 3]", Show.any(FList.of(1L, 2L, 3L)));
        assertEquals("[]", Show.any(FList.NIL));
        assertEquals("[|0; 1; 4; 9; 100|]", Show.any(new Object[] {0L, 1L, 4L, 9L, 100L}));
        assertEquals("[||]", Show.any(new Object[0]));
        assertEquals("(1, \"a\")", Show.any(new Tuple(1L, "a")));
        assertEquals("((1, 2), 3)", Show.any(new Tuple(new Tuple(1L, 2L), 3L)));
        assertEquals("[(1, \"one\"); (2, \"two\")]",
                Show.any(FList.of(new Tuple(1L, "one"), new Tuple(2L, "two"))));
        assertEquals("[[1]; []]", Show.any(FList.of(FList.of(1L), FList.NIL)));
        assertEquals("[(); ()]", Show.any(FList.of(Unit.VALUE, Unit.VALUE)));
    }

    @Test
    void options() {
        assertEquals("Some 3", Show.any(UnionValue.some(3L)));
        assertEquals("None", Show.any(UnionValue.NONE));
        assertEquals("Some \"two\"", Show.any(UnionValue.some("two")));
        assertEquals("Some (Some 3)", Show.any(UnionValue.some(UnionValue.some(3L))));
        assertEquals("Some None", Show.any(UnionValue.some(UnionValue.NONE)));
        assertEquals("Some [1; 2]", Show.any(UnionValue.some(FList.of(1L, 2L))));
        // a negative number is atomic: only tuples and cases with arguments are bracketed
        assertEquals("Some -1", Show.any(UnionValue.some(-1L)));
        assertEquals("Some (1, 2)", Show.any(UnionValue.some(new Tuple(1L, 2L))));
        assertEquals("[Some 1; None]", Show.any(FList.of(UnionValue.some(1L), UnionValue.NONE)));
        assertEquals("Some ()", Show.any(UnionValue.some(Unit.VALUE)));
    }

    @Test
    void resultsAndUnions() {
        assertEquals("Ok 1", Show.any(result(0, 1L)));
        assertEquals("Error \"x\"", Show.any(result(1, "x")));
        assertEquals("Circle 1.0", Show.any(new UnionValue(SHAPE, 0, new Object[] {1.0})));
        assertEquals("Leaf", Show.any(LEAF));
        assertEquals("Node (Leaf, Leaf)", Show.any(node(LEAF, LEAF)));
        // arguments of a multi-field case are bracketed only if they are tuples
        assertEquals("Node (Node (Leaf, Leaf), Leaf)", Show.any(node(node(LEAF, LEAF), LEAF)));
        assertEquals("(Leaf, Leaf)", Show.any(new Tuple(LEAF, LEAF)));
    }

    @Test
    void failureShowsAsItsDotNetException() {
        UnionValue failure = new UnionValue(UnionType.FAILURE, 0, new Object[] {"boom"});
        assertEquals("System.Exception: boom", Show.any(failure));
    }

    @Test
    void recordsPutEachFieldOnItsOwnLine() {
        // sformat.fs makeRecordL joins fields with aboveListL, i.e. always-broken joints
        assertEquals("{ X = 1\n  Y = 2 }", Show.any(point(1L, 2L)));
        assertEquals("[{ X = 1\n   Y = 2 }]", Show.any(FList.of(point(1L, 2L))));
        assertEquals("Some { X = 1\n       Y = 2 }", Show.any(UnionValue.some(point(1L, 2L))));
        assertEquals("{ X = Some 1\n  Y = (1, 2) }", Show.any(point(UnionValue.some(1L), new Tuple(1L, 2L))));
    }

    @Test
    void oneFieldRecordsAndRefCellsStayOnOneLine() {
        assertEquals("{ contents = 0 }", Show.any(new RecordValue(RecordType.REF, new Object[] {0L})));
    }

    @Test
    void longListsWrapAtEightyColumns() {
        assertEquals("[1; 2; 3; 4; 5; 6; 7; 8; 9; 10; 11; 12; 13; 14; 15; 16; 17; 18; 19; 20; 21; 22;\n"
                + " 23; 24; 25; 26; 27; 28; 29; 30]", Show.any(range(1, 30)));
    }

    @Test
    void listsAndArraysStopAfterOneHundredItems() {
        // sformat.fs PrintLength = 100
        String list = Show.any(range(1, 150));
        assertEquals(true, list.startsWith("[1; 2; 3;"));
        assertEquals(true, list.endsWith(" 99; 100; ...]"));
        String array = Show.any(range(1, 101).toArray());
        assertEquals(true, array.endsWith(" 100; ...|]"));
        assertEquals(true, Show.any(range(1, 100)).endsWith(" 100]"));
    }

    @Test
    void nestingDeeperThanOneHundredLevelsIsCutShort() {
        Object v = 0L;
        for (int i = 0; i < 120; i++) v = UnionValue.some(v);
        // PrintDepth = 100: the hundred-and-first level prints as "..."
        String s = Show.any(v);
        assertEquals(100, s.split("Some", -1).length - 1);
        assertEquals(true, s.contains("(Some\n"));
        assertEquals(true, s.endsWith("..." + ")".repeat(99)));
    }

    @Test
    void cyclesThroughMutableFieldsPrintAnEllipsis() {
        RecordValue cell = new RecordValue(RecordType.REF, new Object[] {0L});
        cell.fields[0] = cell;
        assertEquals("{ contents = ... }", Show.any(cell));
    }

    @Test
    void stringOfFloatsIsDotNetToString() {
        // .NET Core 3.0+ Double.ToString(): shortest round-trip digits, "E" exponent, scientific past 17 digits
        assertEquals("2.5", Show.string(2.5));
        assertEquals("1", Show.string(1.0));
        assertEquals("0.1", Show.string(0.1));
        assertEquals("0.30000000000000004", Show.string(0.1 + 0.2));
        assertEquals("1E+20", Show.string(1e20));
        assertEquals("10000000000000000", Show.string(1e16));
        assertEquals("1E+17", Show.string(1e17));
        assertEquals("1E-05", Show.string(0.00001));
        assertEquals("0.0001", Show.string(0.0001));
        assertEquals("-0", Show.string(-0.0));
        assertEquals("1.7976931348623157E+308", Show.string(Double.MAX_VALUE));
        // Java's Double.toString gives 4.9E-324; .NET's shortest form has one digit
        assertEquals("5E-324", Show.string(Double.MIN_VALUE));
        assertEquals("NaN", Show.string(Double.NaN));
        assertEquals("-Infinity", Show.string(Double.NEGATIVE_INFINITY));
        assertEquals("3.14", Show.floatRoundTrip(3.14));
    }

    @Test
    void stringOfPrimitives() {
        assertEquals("42", Show.string(42L));
        assertEquals("c", Show.string('c'));
        assertEquals("True", Show.string(true));
        assertEquals("False", Show.string(false));
        assertEquals("s", Show.string("s"));
        // unit and None are null in .NET, and string null is ""
        assertEquals("", Show.string(Unit.VALUE));
        assertEquals("", Show.string(UnionValue.NONE));
    }

    @Test
    void stringOfStructuredValues() {
        // prim-types.fs Option.ToString: "Some(" + anyToStringShowingNull x.Value + ")"
        assertEquals("Some(3)", Show.string(UnionValue.some(3L)));
        assertEquals("Some(null)", Show.string(UnionValue.some(UnionValue.NONE)));
        // System.Tuple.ToString uses the items' ToString
        assertEquals("(1, a, 2.5)", Show.string(new Tuple(1L, "a", 2.5)));
        assertEquals("System.Int32[]", Show.string(new Object[] {1L}));
        // F# lists, records and unions override ToString with their %A layout
        assertEquals("[1; 2]", Show.string(FList.of(1L, 2L)));
        assertEquals("Ok 1", Show.string(result(0, 1L)));
        assertEquals("{ X = 1\n  Y = 2 }", Show.string(point(1L, 2L)));
    }

    private static FSeq seq(Object... items) {
        return FSeq.of(() -> Enumerators.of(items));
    }

    @Test
    void sequencesShowTheirFirstFourElements() {
        assertEquals("seq [1; 2; 3]", Show.any(seq(1L, 2L, 3L)));
        assertEquals("seq [1; 2; 3; 4]", Show.any(seq(1L, 2L, 3L, 4L)));
        assertEquals("seq [1; 2; 3; 4; ...]", Show.any(seq(1L, 2L, 3L, 4L, 5L)));
        assertEquals("seq []", Show.any(seq()));
        assertEquals("Some (seq [1])", Show.any(UnionValue.some(seq(1L))));
        assertEquals("[seq [1]; seq []]", Show.any(FList.of(seq(1L), seq())));
        assertEquals("seq [[a, 1]]", Show.any(seq(new KeyValuePair("a", 1L))));
    }

    @Test
    void mapsAndSetsShowTheirFirstNineElements() {
        FMap m = FMap.EMPTY;
        FSet s = FSet.EMPTY;
        for (long i = 1; i <= 10; i++) {
            m = m.add(i, "v");
            s = s.add(i);
        }
        assertEquals("map\n  [(1, \"v\"); (2, \"v\"); (3, \"v\"); (4, \"v\"); (5, \"v\"); (6, \"v\"); (7, \"v\");\n   (8, \"v\"); (9, \"v\"); ...]",
                Show.any(m));
        assertEquals("set [1; 2; 3; 4; 5; 6; 7; 8; 9; ...]", Show.any(s));
        assertEquals("map [(1, \"a\")]", Show.any(FMap.EMPTY.add(1L, "a")));
        assertEquals("Some (set [1])", Show.any(UnionValue.some(FSet.EMPTY.add(1L))));
        assertEquals("map [(1, a); (2, b)]", Show.string(FMap.EMPTY.add(1L, "a").add(2L, "b")));
    }

    @Test
    void fsiShowsADictionaryAsDictAndTheReadOnlyDictAsASequence() {
        NetDictionary d = new NetDictionary(false);
        d.put("a", 1L);
        d.put("b", 2L);
        assertEquals("dict [(\"a\", 1); (\"b\", 2)]", Show.interactive(d));
        assertEquals("[dict [(\"a\", 1); (\"b\", 2)]]", Show.interactive(FList.of(d)));
        assertEquals("seq [[a, 1]; [b, 2]]", Show.any(d));
        NetDictionary readOnly = new NetDictionary(true);
        readOnly.put(1L, 2L);
        assertEquals("seq [[1, 2]]", Show.interactive(readOnly));
        NetDictionary big = new NetDictionary(false);
        for (long i = 1; i <= 40; i++) big.put(i, i);
        String shown = Show.interactive(big);
        assertEquals(true, shown.startsWith("dict\n  [(1, 1); (2, 2);"), shown);
        assertEquals(true, shown.endsWith("(34, 34); ...]"), shown);
    }

    @Test
    void lazyValuesShowWhetherTheyAreComputed() {
        assertEquals("Value is not created.", Show.any(FLazy.of(null)));
        assertEquals("42", Show.string(FLazy.ofValue(42L)));
    }
}
