package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** fprintf and fprintfn into TextWriters, and .NET's in-memory StringReader and StringWriter. */
class TextWriterTest {
    @Test
    void fprintfWritesFormattedTextToAWriter() {
        assertEquals("a=1;b=two\nlog 3\n", ScriptRun.output("""
                let w = new System.IO.StringWriter()
                fprintf w "a=%d;" 1
                fprintfn w "b=%s" "two"
                let logTo = fprintfn w "log %d"
                logTo 3
                printf "%s" (w.ToString())
                """));
    }

    @Test
    void fprintfNeedsAWriter() {
        assertEquals("1:10 'fprintfn' writes to a TextWriter (stdout, stderr, a StreamWriter or a StringWriter), not to a value of type 'int'",
                ScriptRun.error("fprintfn 3 \"x\"\n"));
    }

    @Test
    void stringReadersReadLinesAndCharacters() {
        assertEquals("x 120 |y|<null> [a42\n\n]\n", ScriptRun.output("""
                open System.IO
                let r = new StringReader("x\\r\\ny")
                let w = new StringWriter()
                w.Write("a")
                w.WriteLine(42)
                w.WriteLine()
                printfn "%c %d %s|%s|%A [%s]" (char (r.Peek())) (r.Read()) (r.ReadLine()) (r.ReadToEnd()) (r.ReadLine()) (w.ToString())
                """));
    }
}
