package org.fusabi.vm.printf;

import java.util.List;

/**
 * A printf-family format string, parsed once: the literal text between holes and the holes themselves.
 * {@link #format} then only appends literals and converted arguments.
 */
public final class FormatString {
    private final String source;
    /** {@code literals[i]} precedes {@code holes[i]}; the last literal follows the last hole. */
    private final String[] literals;
    private final Hole[] holes;
    private final List<Hole> holeList;
    private final int literalLength;

    FormatString(String source, String[] literals, Hole[] holes) {
        this.source = source;
        this.literals = literals;
        this.holes = holes;
        this.holeList = List.of(holes);
        int n = 0;
        for (String literal : literals) n += literal.length();
        this.literalLength = n;
    }

    /** Parses {@code fmt}, throwing {@link FormatException} where F# would reject it. */
    public static FormatString parse(String fmt) {
        return new FormatParser(fmt).parse();
    }

    /** The holes in order; each takes exactly one argument. */
    public List<Hole> holes() {
        return holeList;
    }

    /** Formats one argument per hole, boxed as the VM boxes them. */
    public String format(Object[] args) {
        if (holes.length == 0) return literals[0];
        StringBuilder out = new StringBuilder(literalLength + 8 * holes.length);
        appendTo(out, args);
        return out.toString();
    }

    /** As {@link #format}, into a caller's buffer. */
    public void appendTo(StringBuilder out, Object[] args) {
        if (args.length != holes.length) {
            throw new IllegalArgumentException(
                    "format \"" + source + "\" takes " + holes.length + " arguments, got " + args.length);
        }
        for (int i = 0; i < holes.length; i++) {
            out.append(literals[i]);
            holes[i].appendTo(out, args[i]);
        }
        out.append(literals[holes.length]);
    }

    @Override
    public String toString() {
        return source;
    }

    /** The type a format hole demands of its argument, for the compiler's type checker. */
    public enum ArgKind {
        /** Any basic integer type ({@code %d}, {@code %x} …), int when nothing else says which. */
        INT,
        /** float, float32 or decimal ({@code %f}, {@code %e}, {@code %g}), float when nothing else says which. */
        FLOAT,
        /** {@code %M}: a decimal. */
        DECIMAL,
        STRING,
        CHAR,
        BOOL,
        /** {@code %A} and {@code %O} take a value of any type. */
        ANY
    }

    /**
     * One conversion of a parsed format string, such as {@code %-8s} or {@code %08.3f}. The flags, width and
     * precision are fixed at parse time so that formatting an argument does no parsing.
     */
    public abstract static sealed class Hole permits IntegerHole, FloatHole, TextHole, AnyHole {
        /** The width or precision of a hole that gives none. */
        public static final int UNSPECIFIED = -1;

        private final char conversion;
        private final boolean leftJustify;
        private final boolean zeroPad;
        private final char signFlag;
        private final int width;
        private final int precision;

        Hole(char conversion, boolean leftJustify, boolean zeroPad, char signFlag, int width, int precision) {
            this.conversion = conversion;
            this.leftJustify = leftJustify;
            this.zeroPad = zeroPad;
            this.signFlag = signFlag;
            this.width = width;
            this.precision = precision;
        }

        /** The conversion character: {@code d}, {@code s}, {@code A}, ... */
        public char conversion() {
            return conversion;
        }

        /** The {@code -} flag. */
        public boolean leftJustify() {
            return leftJustify;
        }

        /** The {@code 0} flag. */
        public boolean zeroPad() {
            return zeroPad;
        }

        /** The {@code +} flag. */
        public boolean plusSign() {
            return signFlag == '+';
        }

        /** The space flag. */
        public boolean spaceSign() {
            return signFlag == ' ';
        }

        public int width() {
            return width;
        }

        public int precision() {
            return precision;
        }

        public abstract ArgKind kind();

        abstract void appendTo(StringBuilder out, Object arg);

        boolean hasWidth() {
            return width != UNSPECIFIED;
        }

        /** What F# writes before a non-negative number: the {@code +} or space flag, if given. */
        String positivePrefix() {
            return signFlag == 0 ? "" : String.valueOf(signFlag);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("%");
            if (leftJustify) s.append('-');
            if (zeroPad) s.append('0');
            if (signFlag != 0) s.append(signFlag);
            if (hasWidth()) s.append(width);
            if (precision != UNSPECIFIED) s.append('.').append(precision);
            return s.append(conversion).toString();
        }
    }
}
