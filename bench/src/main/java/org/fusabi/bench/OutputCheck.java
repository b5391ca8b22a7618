package org.fusabi.bench;

/** A time only counts if the run printed exactly the expected output. */
final class OutputCheck {
    private OutputCheck() {
    }

    static void require(String expected, String actual, String expectedName) throws BenchmarkFailure {
        if (expected.equals(actual)) {
            return;
        }
        if (actual.isEmpty()) {
            throw new BenchmarkFailure("printed nothing, expected " + expectedName);
        }
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        throw new BenchmarkFailure("output differs from " + expectedName + " at line " + (line + 1)
                + ": expected " + show(want, line) + ", got " + show(got, line));
    }

    private static String show(String[] lines, int line) {
        return line < lines.length ? '"' + lines[line].replace("\t", "\\t").replace("\r", "\\r") + '"' : "end of output";
    }
}
