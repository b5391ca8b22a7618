package org.fusabi.bench;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Just enough of a streaming JSON writer for results.json: objects, arrays, strings, numbers, indented. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** One entry per open container: whether it has no element yet, for the commas. */
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        element();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String value) {
        element();
        quote(value);
        return this;
    }

    /** Milliseconds and ratios: three decimals are below any noise we can measure. */
    JsonWriter value(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("JSON has no " + value);
        }
        element();
        out.append(String.format(Locale.ROOT, "%.3f", value));
        return this;
    }

    JsonWriter value(long value) {
        element();
        out.append(value);
        return this;
    }

    JsonWriter nullValue() {
        element();
        out.append("null");
        return this;
    }

    @Override
    public String toString() {
        if (!empty.isEmpty()) {
            throw new IllegalStateException(empty.size() + " JSON containers left open");
        }
        return out + "\n";
    }

    private JsonWriter open(char bracket) {
        element();
        out.append(bracket);
        empty.push(true);
        return this;
    }

    private JsonWriter close(char bracket) {
        boolean wasEmpty = empty.pop();
        if (!wasEmpty) {
            newline();
        }
        out.append(bracket);
        return this;
    }

    /** Puts the comma and line break that come before a value or a name, except right after a name. */
    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (empty.isEmpty()) {
            return;
        }
        if (!empty.pop()) {
            out.append(',');
        }
        empty.push(false);
        newline();
    }

    private void newline() {
        out.append('\n').append("  ".repeat(empty.size()));
    }

    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
