package org.fusabi.vm.stdlib;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusabi.vm.Library;
import org.fusabi.vm.NetErrors;
import org.fusabi.vm.Native;
import org.fusabi.vm.ScriptError;
import org.fusabi.vm.value.Enumerators;
import org.fusabi.vm.value.FList;
import org.fusabi.vm.value.FSeq;

/**
 * The modules that share one implementation of the collection functions (List, Array and Seq), and what differs
 * between them: the type in signatures, how results are built (Seq's lazily), and the words of F#'s errors.
 */
enum Shape {
    LIST("List", "{} list", "list", FSharpErrors.LIST_EMPTY, Set.of()),
    ARRAY("Array", "{}[]", "array", FSharpErrors.ARRAY_EMPTY, Set.of("nth")),
    /** F#'s Seq module has no partition, unzip or splitAt. */
    SEQ("Seq", "seq<{}>", "source", FSharpErrors.SEQUENCE_EMPTY, Set.of("partition", "unzip", "unzip3", "splitAt"));

    private static final Pattern CHUNK = Pattern.compile("\\{#([^{}]*)}");
    private static final Pattern COLLECTION = Pattern.compile("\\{([^{}]*)}");

    final String module;
    private final String typeTemplate;
    /** The name F#'s errors give the collection argument. */
    final String param;
    /** What head, last and reduce say of an empty input. */
    final String emptyText;
    private final Set<String> absent;

    Shape(String module, String typeTemplate, String param, String emptyText, Set<String> absent) {
        this.module = module;
        this.typeTemplate = typeTemplate;
        this.param = param;
        this.emptyText = emptyText;
        this.absent = absent;
    }

    /**
     * Defines {@code Module.fn}; in the signature template {@code {T}} stands for this shape's collection of T,
     * and {@code {#T}} for its chunks of T (windowed, chunkBySize...: arrays in Seq's results).
     */
    void define(Library lib, String fn, String template, Native.Body body) {
        if (!absent.contains(fn)) lib.define(module + "." + fn, signature(template), body);
    }

    void defineNumeric(Library lib, String fn, String template, Numeric.Variant body) {
        if (!absent.contains(fn)) Numeric.define(lib, module + "." + fn, signature(template), body);
    }

    String signature(String template) {
        String s = CHUNK.matcher(template).replaceAll(
                m -> Matcher.quoteReplacement(this == LIST ? "{" + m.group(1) + "}" : m.group(1) + "[]"));
        for (Matcher m = COLLECTION.matcher(s); m.find(); m = COLLECTION.matcher(s)) {
            s = s.substring(0, m.start()) + typeTemplate.replace("{}", m.group(1)) + s.substring(m.end());
        }
        return s;
    }

    /** About what each element of a new collection takes besides the element: a list cell, or an array slot. */
    long bytesPerElement() {
        return this == ARRAY ? 4 : 28;
    }

    /** The result of a function F#'s Seq computes lazily: Seq keeps it lazy, List and Array compute it now. */
    Object fromSeq(FSeq items) {
        return this == SEQ ? items : build(Items.toArray(items));
    }

    Object build(List<Object> items) {
        return build(items.toArray());
    }

    /** Takes ownership of {@code items}; Seq exposes them read-only, as F#'s Seq.readonly does. */
    Object build(Object[] items) {
        return switch (this) {
            case LIST -> FList.of(items);
            case ARRAY -> items;
            case SEQ -> readOnly(items);
        };
    }

    /** A chunk of elements (see {@link #signature}): a list in List's results, else an array. */
    Object chunk(Object[] items) {
        return this == LIST ? FList.of(items) : items;
    }

    /** A result F#'s Seq computes from the whole input at each enumeration, and List and Array at once. */
    Object whole(Supplier<Object[]> compute) {
        return this == SEQ ? FSeq.of(() -> Enumerators.of(compute.get())) : build(compute.get());
    }

    /** A sequence over an array of any representation, reading it as it goes (see {@link Enumerators#ofArray}). */
    static FSeq readOnly(Object array) {
        return FSeq.of(() -> Enumerators.ofArray(array));
    }

    /** {@code invalidArg param emptyText}: what head, last and reduce raise on an empty input. */
    ScriptError empty() {
        return NetErrors.argument(emptyText, param);
    }

    /** What max, min, maxBy and minBy raise: List words it as a sequence. */
    ScriptError emptyExtreme() {
        return NetErrors.argument(this == ARRAY ? FSharpErrors.ARRAY_EMPTY : FSharpErrors.SEQUENCE_EMPTY, param);
    }

    /** What average and averageBy raise: List's names its argument "source". */
    ScriptError emptyAverage() {
        return this == ARRAY ? empty() : NetErrors.argument(FSharpErrors.SEQUENCE_EMPTY, "source");
    }

    /** What exactlyOne raises on an empty input. */
    ScriptError emptyExactlyOne() {
        return NetErrors.argument(FSharpErrors.SEQUENCE_EMPTY, this == ARRAY ? "array" : "source");
    }

    ScriptError tooLongExactlyOne() {
        return NetErrors.argument(FSharpErrors.TOO_LONG, this == ARRAY ? "array" : "source");
    }
}
