package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;
import org.fusabi.vm.value.Show;
import org.fusabi.vm.value.Unit;

/**
 * .NET's {@code StringReader} and {@code StringWriter}: a reader over a string, read as any TextReader is (ReadLine
 * null and Read/Peek -1 at its end), and a writer into a string, which {@code ToString()} gives. They touch nothing
 * outside the script, so they need no capability.
 */
final class StringStreams {
    private StringStreams() {}

    static void install(Library lib) {
        lib.define("StringReader.new", "string -> StringReader", a -> new Reader((String) a[0]));
        lib.define("StringReader#ReadLine", "StringReader -> unit -> string", a -> reader(a).readLine());
        lib.define("StringReader#ReadToEnd", "StringReader -> unit -> string", a -> reader(a).readToEnd());
        lib.define("StringReader#Read", "StringReader -> unit -> int", a -> reader(a).read(true));
        lib.define("StringReader#Peek", "StringReader -> unit -> int", a -> reader(a).read(false));
        lib.define("StringWriter.new", "unit -> StringWriter", a -> new Writer());
        lib.define("StringWriter#Write", "StringWriter -> 'a -> unit", a -> writer(a).append(Show.string(a[1])));
        lib.define("StringWriter#WriteLine", "StringWriter -> unit -> unit", a -> writer(a).append("\n"));
        lib.define("StringWriter#WriteLine~value", "StringWriter -> 'a -> unit", a -> writer(a).append(Show.string(a[1]) + "\n"));
        lib.define("StringWriter#GetStringBuilder", "StringWriter -> unit -> StringBuilder", a -> writer(a).text);
        for (String type : new String[] {"StringReader", "StringWriter"}) {
            for (String close : new String[] {"Close", "Dispose", "Flush"}) {
                lib.define(type + "#" + close, type + " -> unit -> unit", a -> Unit.VALUE);
            }
        }
    }

    private static Reader reader(Object[] a) {
        return (Reader) a[0];
    }

    private static Writer writer(Object[] a) {
        return (Writer) a[0];
    }

    /** The text and how much of it has been read. */
    private static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            if (text == null) throw org.fusabi.vm.NetErrors.raise(org.fusabi.vm.value.NetExceptionType.ARGUMENT_NULL, "Value cannot be null. (Parameter 's')");
            this.text = text;
        }

        /** The next line without its terminator (\n, \r\n or \r), or null at the end. */
        String readLine() {
            if (at >= text.length()) return null;
            int end = at;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
            String line = text.substring(at, end);
            at = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : end + 1;
            return line;
        }

        String readToEnd() {
            String rest = at >= text.length() ? "" : text.substring(at);
            at = text.length();
            return rest;
        }

        long read(boolean advance) {
            if (at >= text.length()) return -1L;
            return advance ? text.charAt(at++) : text.charAt(at);
        }

        @Override
        public String toString() {
            return "System.IO.StringReader";
        }
    }

    /** What was written; its ToString is the text, as .NET's StringWriter's is. */
    private static final class Writer {
        final StringBuilder text = new StringBuilder();

        Object append(String s) {
            text.append(s);
            return Unit.VALUE;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
