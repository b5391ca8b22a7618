package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** .NET's DateTime, TimeSpan and Stopwatch as scripts use them, printed as .NET's invariant culture prints them. */
class DateTimeTest {
    @Test
    void datesAreBuiltReadAndFormatted() {
        assertEquals("""
                2024-01-15 Monday true
                Monday, January 15, 2024|01/15/2024 00:00:00|15 Jan 24|2024-01-15T00:00:00
                01/15/2024 00:00:00
                2024-01-15 (2024-01-15T00:00:00.0000000)
                29 false
                """, ScriptRun.output("""
                open System
                let d = DateTime(2024, 1, 15)
                printfn "%d-%02d-%02d %A %b" d.Year d.Month d.Day d.DayOfWeek (d.DayOfWeek = DayOfWeek.Monday)
                printfn "%s|%s|%s|%s" (d.ToString "dddd, MMMM d, yyyy") (string d) (d.ToString "dd MMM yy") (d.ToString "s")
                printfn "%A" d
                printfn $"{d:yyyy-MM-dd} ({d:o})"
                printfn "%d %b" (DateTime.DaysInMonth(2024, 2)) (DateTime.IsLeapYear 2023)
                """));
    }

    @Test
    void arithmeticGivesTimeSpansAndDates() {
        assertEquals("""
                2024-02-29 12:00:00
                45.12:00:00 45.5 45 12
                2024-01-15T03:00:00 2024-01-14T23:00:00
                true -1
                """, ScriptRun.output("""
                open System
                let d = DateTime(2024, 1, 15)
                let later = d.AddDays 45.5
                printfn "%s" (later.ToString "yyyy-MM-dd HH:mm:ss")
                let diff = later - d
                printfn "%A %g %d %d" diff diff.TotalDays diff.Days diff.Hours
                printfn "%s %s" ((d + TimeSpan.FromHours 3.0).ToString "s") ((d - TimeSpan(1, 0, 0)).ToString "s")
                printfn "%b %d" (d < later) (compare d later)
                """));
    }

    @Test
    void timeSpansAreBuiltAndFormattedAsDotNetDoes() {
        assertEquals("""
                00:01:30 1.5 01:30 0:01:30
                1.02:03:04 -00:00:01.5000000 1.02:03:04.0050000
                03:04:05 true
                """, ScriptRun.output("""
                open System
                let ts = TimeSpan.FromSeconds 90.0
                printfn "%O %g %s %s" ts ts.TotalMinutes (ts.ToString @"mm\\:ss") (ts.ToString "g")
                printfn "%s %A %A" (string (TimeSpan(1, 2, 3, 4))) (TimeSpan.FromMilliseconds -1500.0) (TimeSpan(1, 2, 3, 4, 5))
                printfn "%A %b" (TimeSpan.Parse "03:04:05") (TimeSpan.FromMinutes 1 = TimeSpan.FromSeconds 60)
                """));
    }

    @Test
    void parsingFailsAsDotNetDoes() {
        assertEquals("""
                03/01/2024 10:30:00 12/24/2023 15:00:00
                String '2024-02-30' was not recognized as a valid DateTime.
                Input string was not in a correct format.
                """, ScriptRun.output("""
                open System
                printfn "%A %A" (DateTime.Parse "2024-03-01T10:30:00") (DateTime.Parse "12/24/2023 3:00 PM")
                try DateTime.Parse "2024-02-30" |> ignore with :? FormatException as e -> printfn "%s" e.Message
                try TimeSpan.FromSeconds(1.0).ToString "hh:mm" |> ignore with :? FormatException as e -> printfn "%s" e.Message
                """));
    }

    @Test
    void aStopwatchMeasuresWhileRunning() {
        assertEquals("true false true\n", ScriptRun.output("""
                let sw = System.Diagnostics.Stopwatch.StartNew()
                let running = sw.IsRunning
                sw.Stop()
                printfn "%b %b %b" running sw.IsRunning (sw.Elapsed >= System.TimeSpan.Zero && sw.ElapsedMilliseconds >= 0L)
                """));
    }
}
