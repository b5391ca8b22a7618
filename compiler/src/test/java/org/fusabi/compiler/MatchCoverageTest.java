package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** F#'s warning FS0025: an incomplete match compiles with a warning naming a value it misses, where F# shows it. */
class MatchCoverageTest {
    private static final String PREFIX = "Incomplete pattern matches on this expression. For example, the value '";
    private static final String SUFFIX = "' may indicate a case not covered by the pattern(s).";

    private static List<CompileWarning> warnings(String program) {
        List<CompileWarning> out = new ArrayList<>();
        Compiler.check(program.replace("\\n", "\n"), StandardLibrary.create(), out::add);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        missing union case      § type S = A | B of int | C\\nlet f s = match s with A -> 1 | B _ -> 2             § 2:17 § C
        missing None            § let f x = match x with Some _ -> 1                                              § 1:17 § None
        literal inside a case   § let f x = match x with Some 1 -> 1 | None -> 0                                  § 1:17 § Some (0)
        tuple item              § let f p = match p with (_, true) -> 1                                            § 1:17 § (_,false)
        list shapes             § let f xs = match xs with [] -> 0 | [_] -> 1 | [_; false] -> 3 | _ :: _ :: _ :: _ -> 2 § 1:18 § [_;true]
        non-empty list          § let f xs = match xs with [] -> 0                                                 § 1:18 § [_]
        ints                    § let f n = match n with 0 -> 'z' | 1 -> 'o'                                       § 1:17 § 2
        bool                    § let f b = match b with true -> 1                                                 § 1:17 § false
        function                § let f = function Some x -> x                                                     § 1:9  § None
        let pattern             § let (Some v) = Some 3                                                            § 1:6  § None
        parameter pattern       § let f (a, true) = a                                                              § 1:8  § (_,false)
        partial active pattern  § let (|Even|_|) n = if n % 2 = 0 then Some () else None\\nlet f n = match n with Even -> 1 § 2:17 § _
        """)
    void anIncompleteMatchNamesAValueItMisses(String kind, String program, String position, String example) {
        List<CompileWarning> found = warnings(program);
        assertEquals(1, found.size(), found.toString());
        assertEquals(PREFIX + example + SUFFIX, found.get(0).message());
        assertEquals(position, found.get(0).pos().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        every case               § type S = A | B of int\\nlet f s = match s with A -> 1 | B _ -> 2
        wildcard last            § let f x = match x with Some 1 -> 1 | _ -> 0
        nested cases             § let f x = match x with Some (Some _) -> 1 | Some None -> 2 | None -> 3
        list shapes              § let f xs = match xs with [] -> 0 | [_] -> 1 | _ :: _ :: _ -> 2
        tuples of bools          § let f a b = match a, b with true, _ -> 1 | false, true -> 2 | false, false -> 3
        or-patterns              § let f x = match x with Some 1 | Some 2 -> 1 | Some _ | None -> 2
        records                  § type R = { A: bool }\\nlet f r = match r with { A = true } -> 1 | { A = false } -> 2
        multi-case active        § let (|Even|Odd|) n = if n % 2 = 0 then Even else Odd\\nlet f n = match n with Even -> 1 | Odd -> 2
        single-case active       § let (|Twice|) x = x * 2\\nlet f n = match n with Twice t -> t
        exception handlers       § let f () = try 1 with Failure _ -> 2
        unit                     § let f () = match () with () -> 1
        """)
    void aCompleteMatchHasNoWarning(String kind, String program) {
        assertEquals(List.of(), warnings(program));
    }

    @org.junit.jupiter.api.Test
    void aGuardedRuleThatMightMatchTheValueIsMentioned() {
        List<CompileWarning> found = warnings("let f s = match s with 0 -> true | n when n > 0 -> false");
        assertEquals(PREFIX + "1" + SUFFIX + " However, a pattern rule with a 'when' clause might successfully match this value.", found.get(0).message());
    }
}
