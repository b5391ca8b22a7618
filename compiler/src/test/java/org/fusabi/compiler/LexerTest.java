package org.fusabi.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.fusabi.compiler.ast.Pos;
import org.fusabi.vm.bytecode.NumType;
import org.fusabi.vm.value.BoxedInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String source) {
        return Lexer.tokenize(source);
    }

    /** Kinds and texts of the tokens, EOF left out: {@code IDENT:x OP:+ INT:1}. */
    private static String shape(String source) {
        return lex(source).stream().filter(t -> t.kind() != TokenKind.EOF)
            .map(t -> t.kind() + ":" + t.text()).collect(Collectors.joining(" "));
    }

    private static Object value(String source) {
        return lex(source).getFirst().value();
    }

    private static void assertError(String source, String pos, String message) {
        CompileError e = assertThrows(CompileError.class, () -> lex(source));
        assertEquals(pos + " " + message, e.pos() + " " + e.getMessage());
    }

    @Test
    void numericLiteralsAreBoxedAsTheirTypes() {
        assertEquals((byte) -128, value("0x80y"));
        assertEquals(new BoxedInt(NumType.BYTE, 255), value("0xFFuy"));
        assertEquals((short) 1_000, value("1_000s"));
        assertEquals(-1, value("0xFFFFFFFFl"));
        assertEquals(new BoxedInt(NumType.UINT64, 0xA0A0A0A012343456L), value("0x0A0A0A0A012343456UL"));
        assertEquals(new BoxedInt(NumType.UINT32, 5), value("0b101u"));
        assertEquals(1.5f, value("1.5f"));
        assertEquals(new BigDecimal("1.50"), value("1.50m"));
        assertEquals(new BigDecimal("3"), value("3M"));
        assertEquals(new BigInteger("123456789012345678901234567890"), value("123456789012345678901234567890I"));
        assertEquals(1.0, value("0x3FF0000000000000LF"));
        assertEquals(-128, ((Byte) lex("-128y").get(1).value()).intValue());
    }

    @Test
    void numericLiteralsOutsideTheirTypeAreErrors() {
        assertError("128y", "1:1", "This number is outside the allowable range for 8-bit signed integers");
        assertError("256uy", "1:1", "This number is outside the allowable range for 8-bit unsigned integers");
        assertError("0x100y", "1:1", "This number is outside the allowable range for hexadecimal 8-bit signed integers");
        assertError("2147483648l", "1:1", "This number is outside the allowable range for 32-bit signed integers");
        assertError("18446744073709551616UL", "1:1", "This number is outside the allowable range for 64-bit unsigned integers");
        assertError("1e39f", "1:1", "This number is outside the allowable range for 32-bit floats");
        assertError("1e30m", "1:1", "This number is outside the allowable range for decimal literals");
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        assertEquals("IDENT:printfn STRING:\"bom\"", shape("\uFEFFprintfn \"bom\""));
        assertEquals(new Pos(1, 1), lex("\uFEFFx").getFirst().pos());
        assertError("x\uFEFF", "1:2", "unexpected character '\uFEFF'");
    }

    @Test
    void integerLiterals() {
        assertEquals(42L, value("42"));
        assertEquals(255L, value("0xFF"));
        assertEquals(10L, value("0b1010"));
        assertEquals(15L, value("0o17"));
        assertEquals(1_000_000L, value("1_000_000"));
        assertEquals(7L, value("7L"));
        assertEquals(-1L, value("0xFFFFFFFFFFFFFFFF"));
        assertEquals(-1L, value("0xFFFFFFFF"));
        assertEquals(-2147483648L, value("0x80000000"));
        assertEquals(8589934591L, value("0x1FFFFFFFF"));
        assertEquals(4294967295L, value("0xFFFFFFFFL"));
        assertEquals(Long.MAX_VALUE, value("9223372036854775807"));
    }

    @Test
    void integerLiteralTooLarge() {
        assertError("let x = 9223372036854775808", "1:9", "integer literal 9223372036854775808 is too large for int");
        assertEquals(Long.MIN_VALUE, lex("-9223372036854775808").get(1).value());
    }

    @Test
    void floatLiterals() {
        assertEquals(1.0, value("1.0"));
        assertEquals(1.5e-3, value("1.5e-3"));
        assertEquals(2.0, value("2."));
        assertEquals(1e10, value("1e10"));
        assertEquals(TokenKind.FLOAT, lex("2.").getFirst().kind());
    }

    @Test
    void rangeIsNotAFloat() {
        assertEquals("INT:1 DOTDOT:.. INT:10", shape("1..10"));
        assertEquals("LBRACK:[ INT:1 DOTDOT:.. INT:2 RBRACK:]", shape("[1 .. 2]"));
    }

    @Test
    void invalidNumber() {
        assertError("12abc", "1:1", "This is not a valid numeric literal. Valid numeric literals include 1, 0x1, 0o1, 0b1, "
                + "1l (int/int32), 1u (uint/uint32), 1L (int64), 1UL (uint64), 1s (int16), 1us (uint16), 1y (int8/sbyte), "
                + "1uy (uint8/byte), 1.0 (float/double), 1.0f (float32/single), 1.0m (decimal), 1I (bigint).");
    }

    @Test
    void charLiterals() {
        assertEquals('a', value("'a'"));
        assertEquals('\n', value("'\\n'"));
        assertEquals('\'', value("'\\''"));
        assertEquals('\\', value("'\\\\'"));
        assertEquals('A', value("'\\u0041'"));
        assertEquals('A', value("'\\065'"));
    }

    @Test
    void typeVariablesAndPrimedIdentifiers() {
        assertEquals("TYPEVAR:a IDENT:list", shape("'a list"));
        assertEquals("IDENT:x' OP:= IDENT:x''", shape("x' = x''"));
        assertEquals("IDENT:Tree OP:< TYPEVAR:T OP:>", shape("Tree<'T>"));
    }

    @Test
    void stringEscapes() {
        assertEquals("a\nb\tc\rd\\e\"f'g\u00e9", value("\"a\\nb\\tc\\rd\\\\e\\\"f\\'g\\u00e9\""));
        assertEquals("\\d", value("\"\\d\""));
        assertEquals("ab", value("\"a\\\n     b\""));
        assertEquals("line1\nline2", value("\"line1\nline2\""));
    }

    @Test
    void verbatimAndTripleQuotedStrings() {
        assertEquals("C:\\dir\\n \"q\"", value("@\"C:\\dir\\n \"\"q\"\"\""));
        assertEquals("say \"hi\"\\n", value("\"\"\"say \"hi\"\\n\"\"\""));
    }

    @Test
    void interpolatedStringHolesKnowTheirPositions() {
        Token t = lex("let s = $\"a {x + 1} {{b}} {f \"y\"}\"").get(3);
        assertEquals(TokenKind.INTERP, t.kind());
        assertEquals(List.of("a ", new Lexer.Hole("x + 1", new Pos(1, 14)), " {b} ", new Lexer.Hole("f \"y\"", new Pos(1, 28))),
                     t.value());
        List<Token> hole = Lexer.tokenize(new Lexer.Hole("x + 1", new Pos(1, 14)));
        assertEquals(new Pos(1, 18), hole.get(2).pos());
        assertFalse(hole.getFirst().firstOnLine());
    }

    @Test
    void interpolatedStringErrors() {
        assertError("$\"a } b\"", "1:5", "a '}' in an interpolated string must be doubled: '}}'");
        assertError("$\"a {} b\"", "1:5", "empty interpolation hole '{}'");
        assertError("$\"a {x b\"", "1:5", "unterminated interpolation hole: '{' has no matching '}'");
    }

    @Test
    void unterminatedLiterals() {
        assertError("let s = \"abc", "1:9", "unterminated string literal");
        assertError("let c = '\\n", "1:9", "unterminated character literal");
        assertError("(* a (* b *) c", "1:1", "unterminated comment: '(*' has no matching '*)'");
    }

    @Test
    void commentsNest() {
        assertEquals("IDENT:a IDENT:b", shape("a (* x (* y *) z *) b // rest\n"));
        assertEquals("IDENT:a", shape("/// doc\na"));
        assertEquals("IDENT:a IDENT:b", shape("a (* let star = (*) *) b"), "(*) inside a comment opens no other");
    }

    @Test
    void multiplicationOperatorInParens() {
        assertEquals("LPAREN:( OP:* RPAREN:)", shape("(*)"));
        assertEquals("LPAREN:( OP:* RPAREN:)", shape("( * )"));
    }

    @Test
    void operatorsAreMunchedWhole() {
        assertEquals("IDENT:a OP:|> IDENT:f OP:>> IDENT:g OP:<<< INT:1 OP:&&& INT:2 OP:||| INT:3 OP:^^^ INT:4",
                     shape("a |> f >> g <<< 1 &&& 2 ||| 3 ^^^ 4"));
        assertEquals("OP:~~~ IDENT:x OP:** INT:2 OP::: IDENT:t OP:@ IDENT:u OP:^ IDENT:v OP:++ IDENT:w",
                     shape("~~~x ** 2 :: t @ u ^ v ++ w"));
        assertEquals("IDENT:x OP:<- IDENT:y OP:-> IDENT:z OP:<> IDENT:q COLON:: IDENT:int",
                     shape("x <- y -> z <> q : int"));
    }

    @Test
    void bracketsAndDots() {
        assertEquals("LARRAY:[| INT:1 SEMI:; INT:2 RARRAY:|]", shape("[|1; 2|]"));
        assertEquals("LARRAY:[| RARRAY:|]", shape("[||]"));
        assertEquals("IDENT:a DOT:. LBRACK:[ INT:0 RBRACK:]", shape("a.[0]"));
        assertEquals("IDENT:List DOT:. IDENT:map", shape("List.map"));
        assertEquals("LBRACE:{ IDENT:r WITH:with IDENT:X OP:= INT:1 RBRACE:}", shape("{r with X = 1}"));
    }

    @Test
    void keywordsAreRecognised() {
        assertEquals("LET:let REC:rec IDENT:f IDENT:not MATCH:match FUNCTION:function ELIF:elif DOWNTO:downto",
                     shape("let rec f not match function elif downto"));
    }

    @Test
    void layoutFacts() {
        List<Token> ts = lex("f x\n  a[i] (y)\n");
        Token f = ts.get(0);
        Token a = ts.get(2);
        Token bracket = ts.get(3);
        Token paren = ts.get(6);
        assertEquals(new Pos(1, 1), f.pos());
        assertTrue(f.firstOnLine());
        assertFalse(ts.get(1).firstOnLine());
        assertEquals(new Pos(2, 3), a.pos());
        assertTrue(a.firstOnLine());
        assertEquals(3, bracket.indent());
        assertFalse(bracket.spaceBefore());
        assertTrue(paren.spaceBefore());
        assertEquals(TokenKind.EOF, ts.getLast().kind());
    }

    @Test
    void tokenAfterMultiLineStringIsNotFirstOnLine() {
        List<Token> ts = lex("\"\"\"a\nb\"\"\" + x");
        assertFalse(ts.get(1).firstOnLine());
    }

    @Test
    void tabsAreRejected() {
        assertError("let x =\n\t1", "2:1", "tab characters are not allowed in F# code; indent with spaces");
    }

    @Test
    void strayCharacter() {
        assertError("let x = 1 \\ 2", "1:11", "unexpected character '\\'");
    }

    @Nested
    class Directives {
        @Test
        void ifSelectsTheSectionFsiWould() {
            assertEquals("IDENT:a IDENT:c", shape("#if INTERACTIVE\na\n#else\nb\n#endif\nc"));
            assertEquals("IDENT:b", shape("#if COMPILED\na\n#else\nb\n#endif"));
            assertEquals("IDENT:f", shape("#if FUSABI\nf\n#endif"));
            assertEquals("", shape("#if NETCOREAPP\nn\n#endif"));
        }

        @Test
        void conditionsCombineWithAndOrNotAndParentheses() {
            assertEquals("IDENT:yes", shape("#if !COMPILED && (INTERACTIVE || X)\nyes\n#endif"));
            assertEquals("", shape("#if !(INTERACTIVE || X) // comment\nno\n#endif"));
            assertEquals("IDENT:yes", shape("#if X || !Y && FUSABI\nyes\n#endif"));
            assertEquals("", shape("#if !!X\nno\n#endif"));
        }

        @Test
        void inactiveSectionsAreNotLexedButNestingIsCounted() {
            assertEquals("IDENT:after", shape("#if X\n  #if Y\n \" ' #\n  #else\n  x\n  #endif\n#endif\nafter"));
            assertEquals("IDENT:a IDENT:c", shape("#if INTERACTIVE\na\n  #if X\n  b\n  #endif\n#else\n#if Y\n#else\nz\n#endif\n#endif\nc"));
        }

        @Test
        void linesKeepTheirPositions() {
            Token c = lex("#if X\na\n#endif\n  c").getFirst();
            assertEquals(new Pos(4, 3), c.pos());
            assertTrue(c.firstOnLine());
        }

        @Test
        void acceptedDirectivesAreSkipped() {
            assertEquals("IDENT:x", shape("#nowarn \"40\"\n#light\n#indent \"on\"\n#line 10 \"a.fs\"\n# 3 \"b.fs\"\n#warnon 1182\nx"));
        }

        @Test
        void aFirstLineShebangIsIgnored() {
            assertEquals("IDENT:printfn", shape("#!/usr/bin/env fus run\nprintfn"));
            assertError("x\n#!/bin/sh", "2:1", "unknown directive '#'");
        }

        @Test
        void theDirectivesAHostRunsAreTokensForTheLoaderAndTheRepl() {
            assertEquals("DIRECTIVE:#load STRING:\"a.fsx\" SEMISEMI:;; DIRECTIVE:#time IDENT:x", shape("#load \"a.fsx\";;\n#time\nx"));
            assertError("#loadx", "1:1", "unknown directive '#loadx'");
        }

        @Test
        void unsupportedDirectivesAreNamed() {
            assertError("#r \"nuget: FSharp.Data\"", "1:1", "#r (referencing assemblies and NuGet packages) is not supported by Fusabi");
            assertError("  #I \"lib\"", "1:3", "#I (adding assembly search paths) is not supported by Fusabi");
            assertError("#clear", "1:1", "#clear (an F# Interactive command) is not supported by Fusabi");
            assertError("#light \"off\"", "1:1", "#light \"off\" (the verbose syntax without indentation) is not supported");
            assertError("#pragma once", "1:1", "unknown directive '#pragma'");
        }

        @Test
        void unbalancedConditionals() {
            assertError("x\n#if X\ny", "2:1", "this #if has no matching #endif");
            assertError("#if INTERACTIVE\ny", "1:1", "this #if has no matching #endif");
            assertError("#else", "1:1", "#else has no matching #if");
            assertError("x\n#endif", "2:1", "#endif has no matching #if");
            assertError("#if", "1:1", "#if needs a condition, such as '#if INTERACTIVE'");
            assertError("#if (A\n#endif", "1:1", "invalid #if condition: expected ')'");
            assertError("#if A B\n#endif", "1:1", "invalid #if condition: unexpected 'B'");
            assertError("#if A &&\n#endif", "1:1", "invalid #if condition: expected a symbol");
        }
    }
}
