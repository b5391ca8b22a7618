package org.fusabi.vm.stdlib;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.Library;
import org.fusabi.vm.Native;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.FList;

/**
 * The modules that share one implementation of the common collection functions (List, Array and the eager
 * Seq over lists), and what differs between them: the type in signatures, how results are built, the wording
 * of errors, and a few F# differences (Seq.zip truncates, lists share their tails).
 */
enum Shape {
    LIST("List", "list", " list", Set.of()),
    ARRAY("Array", "array", "[]", Set.of()),
    /** F#'s Seq module has no partition or unzip. */
    SEQ("Seq", "sequence", " list", Set.of("partition", "unzip"));

    private static final Pattern COLLECTION = Pattern.compile("\\{([^{}]*)}");

    final String module;
    private final String noun;
    private final String typeSuffix;
    private final Set<String> absent;

    Shape(String module, String noun, String typeSuffix, Set<String> absent) {
        this.module = module;
        this.noun = noun;
        this.typeSuffix = typeSuffix;
        this.absent = absent;
    }

    /** Defines {@code Module.fn}; in the signature template {@code {T}} stands for this shape's collection of T. */
    void define(Library lib, String fn, String template, Native.Body body) {
        if (!absent.contains(fn)) lib.define(module + "." + fn, signature(template), body);
    }

    void defineNumeric(Library lib, String fn, String template, Numeric.Variant body) {
        if (!absent.contains(fn)) Numeric.define(lib, module + "." + fn, signature(template), body);
    }

    String signature(String template) {
        String s = template;
        for (Matcher m = COLLECTION.matcher(s); m.find(); m = COLLECTION.matcher(s)) {
            s = s.substring(0, m.start()) + m.group(1) + typeSuffix + s.substring(m.end());
        }
        return s;
    }

    /** About what each element of a new collection takes besides the element: a list cell, or an array slot. */
    long bytesPerElement() {
        return this == ARRAY ? 4 : 28;
    }

    Object build(List<Object> items) {
        return build(items.toArray());
    }

    /** Takes ownership of {@code items}. */
    Object build(Object[] items) {
        return this == ARRAY ? items : FList.of(items);
    }

    /** F#'s Seq.zip and Seq.map2 stop at the shorter input; List and Array functions reject unequal lengths. */
    boolean truncatesToShorter() {
        return this == SEQ;
    }

    /** The collection without its first {@code n} elements, {@code 0 <= n <= length}; lists share the tail. */
    Object drop(Object c, int n) {
        if (c instanceof FList l) {
            for (int i = 0; i < n; i++) l = l.tail;
            return l;
        }
        Object[] a = (Object[]) c;
        return Arrays.copyOfRange(a, n, a.length);
    }

    /** {@code a} followed by {@code b}; a list result shares {@code b}. */
    Object append(Object a, Object b) {
        if (b instanceof FList l) {
            Object[] front = Items.toArray(a);
            for (int i = front.length - 1; i >= 0; i--) l = new FList(front[i], l);
            return l;
        }
        Object[] x = (Object[]) a;
        Object[] y = (Object[]) b;
        Object[] out = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }

    ScriptError error(String fn, String message) {
        return new ScriptError(module + "." + fn + ": " + message);
    }

    ScriptError empty(String fn) {
        return error(fn, "the input " + noun + " is empty");
    }

    ScriptError outOfRange(String fn, long index, int length) {
        return error(fn, "index " + index + " is out of range (" + noun + " length " + length + ")");
    }

    ScriptError notFound(String fn) {
        return error(fn, "no element satisfies the predicate");
    }

    ScriptError lengthsDiffer(String fn, int a, int b) {
        return error(fn, "the " + noun + "s have different lengths (" + a + " and " + b + ")");
    }

    int count(String fn, Object n) {
        return nonNegative(module + "." + fn, (Long) n);
    }

    /** F# rejects negative counts with "The input must be non-negative". */
    static int nonNegative(String qualifiedName, long n) {
        if (n < 0) throw new ScriptError(qualifiedName + ": the count must be non-negative (got " + n + ")");
        return Math.toIntExact(n);
    }
}
