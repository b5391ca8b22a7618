package org.fusabi.vm;

import static org.fusabi.vm.Natives.LIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every function docs/LANGUAGE.md lists is defined. */
class StandardLibraryTest {
    private static final Map<String, String> LISTED = Map.of(
            "List", "map mapi map2 iter iteri filter choose collect fold foldBack reduce scan sum sumBy average "
                    + "averageBy max min maxBy minBy length head tail tryHead last item nth isEmpty rev append concat "
                    + "init replicate exists forall find tryFind findIndex tryFindIndex contains distinct distinctBy "
                    + "sort sortBy sortDescending sortWith partition groupBy countBy zip unzip take skip truncate "
                    + "pairwise indexed ofArray toArray ofSeq singleton range",
            "Array", "create init zeroCreate length get set map mapi iter iteri fold foldBack filter choose sum sumBy "
                    + "max min maxBy minBy exists forall find tryFind contains rev sort sortBy sortInPlace "
                    + "sortInPlaceBy copy sub blit fill append concat ofList toList isEmpty last indexed",
            "String", "length concat replicate map init exists forall collect isNullOrEmpty split join startsWith "
                    + "endsWith contains toUpper toLower trim",
            "Map", "add remove find tryFind containsKey count isEmpty ofList toList iter fold map filter exists keys values",
            "Set", "add remove contains count isEmpty ofList toList union intersect difference iter fold map filter",
            "Option", "map bind defaultValue defaultWith isSome isNone get iter toList orElse map2",
            "Result", "map mapError bind isOk isError defaultValue",
            "", "fst snd max min compare hash sqrt exp log sin cos tan atan2 floor ceil round truncate pown",
            "Math", "sqrt exp log sin cos tan atan2 floor ceil round truncate pown abs");

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
    void definesAFloatVariantOfEveryNumericFunction() {
        for (Native n : LIB.all()) {
            if (n.signature().contains("^a") && !n.name().endsWith("@float")) {
                assertTrue(LIB.lookup(n.name() + "@float") != null, n.name());
            }
        }
    }

    @Test
    void expandsCollectionSignatures() {
        assertEquals("('a -> 'k) -> 'a list -> ('k * 'a list) list", LIB.lookup("List.groupBy").signature());
        assertEquals("('a -> 'k) -> 'a[] -> ('k * 'a[])[]", LIB.lookup("Array.groupBy").signature());
        assertEquals("'a[] list -> 'a[]", LIB.lookup("Array.concat").signature());
        assertEquals(3, LIB.lookup("List.fold").arity());
        assertEquals(2, LIB.lookup("Map.find").arity());
    }
}
