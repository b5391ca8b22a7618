package org.fusabi.vm;

import static org.fusabi.vm.Natives.LIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every function docs/LANGUAGE.md lists is defined. */
class StandardLibraryTest {
    /** The functions of FSharp.Core 8's modules (less the ones over .NET types Fusabi lacks) and LANGUAGE.md's. */
    private static final String COLLECTION = "allPairs append average averageBy choose chunkBySize collect compareWith "
            + "concat contains countBy distinct distinctBy exactlyOne except exists exists2 filter find findBack "
            + "findIndex findIndexBack fold fold2 foldBack foldBack2 forall forall2 groupBy head indexed init insertAt "
            + "insertManyAt isEmpty item iter iter2 iteri iteri2 last length map map2 map3 mapFold mapFoldBack mapi "
            + "mapi2 max maxBy min minBy pairwise permute pick reduce reduceBack removeAt removeManyAt replicate rev "
            + "scan scanBack singleton skip skipWhile sort sortBy sortByDescending sortDescending sortWith splitInto "
            + "sum sumBy tail take takeWhile transpose truncate tryExactlyOne tryFind tryFindBack tryFindIndex "
            + "tryFindIndexBack tryHead tryItem tryLast tryPick unfold updateAt where windowed zip zip3";
    private static final Map<String, String> LISTED = Map.ofEntries(
            Map.entry("List", COLLECTION + " toArray nth ofArray ofSeq partition splitAt toSeq unzip unzip3 range"),
            Map.entry("Array", COLLECTION + " blit copy create fill get ofList ofSeq partition set sortInPlace sortInPlaceBy "
                    + "sortInPlaceWith splitAt sub toList toSeq unzip unzip3 zeroCreate"),
            Map.entry("Seq", COLLECTION + " toArray cache delay empty initInfinite nth ofArray ofList readonly toList"),
            Map.entry("String", "length concat iter iteri map mapi filter collect init replicate forall exists isNullOrEmpty "
                    + "split join startsWith endsWith contains toUpper toLower trim"),
            Map.entry("Map", "add change containsKey count exists filter find findKey fold foldBack forall isEmpty iter keys map "
                    + "maxKeyValue minKeyValue ofArray ofList ofSeq partition pick remove toArray toList toSeq tryFind "
                    + "tryFindKey tryPick values"),
            Map.entry("Set", "add contains count difference exists filter fold foldBack forall intersect intersectMany isEmpty "
                    + "isProperSubset isProperSuperset isSubset isSuperset iter map maxElement minElement ofArray ofList "
                    + "ofSeq partition remove singleton toArray toList toSeq union unionMany"),
            Map.entry("Option", "bind contains count defaultValue defaultWith exists filter flatten fold foldBack forall get "
                    + "isNone isSome iter map map2 map3 orElse orElseWith toArray toList"),
            Map.entry("Result", "bind contains count defaultValue defaultWith exists fold foldBack forall isError isOk iter map "
                    + "mapError toArray toList toOption"),
            Map.entry("", "fst snd max min compare hash sqrt exp log sin cos tan atan2 floor ceil round truncate pown defaultArg "
                    + "sign invalidArg invalidOp nullArg set"),
            Map.entry("Math", "sqrt exp log sin cos tan atan2 floor ceil round truncate pown abs"),
            Map.entry("Lazy", "Create CreateFromValue"));

    @Test
    void definesEveryListedFunction() {
        List<String> missing = new ArrayList<>();
        LISTED.forEach((module, names) -> {
            for (String name : names.split(" ")) {
                String qualified = module.isEmpty() ? name : module + "." + name;
                if (LIB.lookup(qualified) == null) missing.add(qualified);
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void definesAVariantPerNumericTypeOfTheFunctionsWhoseArgumentsMayNotTellIt() {
        List<String> types = List.of("float", "float32", "decimal", "bigint", "sbyte", "byte", "int16", "uint16", "int32",
                "uint32", "uint64", "nativeint", "unativeint");
        for (String sum : List.of("List.sum", "Array.sumBy", "Seq.sum")) {
            for (String t : types) assertTrue(LIB.lookup(sum + "@" + t) != null, sum + "@" + t);
        }
        List<String> unboxed = List.of("int[]", "float[]", "bool[]", "char[]");
        // zeroCreate's array filled with the default of a non-numeric element type
        List<String> defaults = List.of("bool", "char", "null");
        for (Native n : LIB.all()) {
            int at = n.name().indexOf('@');
            String variant = at < 0 ? null : n.name().substring(at + 1);
            if (at >= 0) assertTrue(types.contains(variant) || unboxed.contains(variant) || defaults.contains(variant) && n.name().contains(".zeroCreate"), n.name());
        }
        for (String t : defaults) assertTrue(LIB.lookup("Array2D.zeroCreate@" + t) != null, t);
    }

    @Test
    void functionsThatMakeArraysHaveAVariantPerUnboxedElementType() {
        for (String t : List.of("int", "float", "bool", "char")) {
            for (String f : List.of("Array.create", "Array.zeroCreate", "Array.init", "Array.map", "Array.rev", "Seq.toArray", "List.toArray")) {
                Native v = LIB.lookup(f + "@" + t + "[]");
                assertTrue(v != null, f + "@" + t + "[]");
                assertEquals(LIB.lookup(f).signature(), v.signature());
            }
        }
        // Only functions whose result is a new array have one: not those returning an element, a list or a pair.
        for (String f : List.of("Array.get", "List.map", "Array.partition", "Array.foo")) assertNull(LIB.lookup(f + "@float[]"), f);
    }

    @Test
    void expandsCollectionSignatures() {
        assertEquals("('a -> 'k) -> 'a list -> ('k * 'a list) list", LIB.lookup("List.groupBy").signature());
        assertEquals("('a -> 'k) -> 'a[] -> ('k * 'a[])[]", LIB.lookup("Array.groupBy").signature());
        assertEquals("seq<'a[]> -> 'a[]", LIB.lookup("Array.concat").signature());
        assertEquals("('a -> 'b) -> seq<'a> -> seq<'b>", LIB.lookup("Seq.map").signature());
        assertEquals("int -> 'a list -> 'a list list", LIB.lookup("List.windowed").signature());
        assertEquals("int -> 'a[] -> 'a[][]", LIB.lookup("Array.windowed").signature());
        assertEquals("int -> seq<'a> -> seq<'a[]>", LIB.lookup("Seq.windowed").signature());
        assertEquals(3, LIB.lookup("List.fold").arity());
        assertEquals(2, LIB.lookup("Map.find").arity());
    }
}
