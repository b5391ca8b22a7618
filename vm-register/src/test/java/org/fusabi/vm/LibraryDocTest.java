package org.fusabi.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.fusabi.vm.stdlib.StandardLibrary;
import org.junit.jupiter.api.Test;

/**
 * docs/LANGUAGE.md lists the standard library as the registered natives define it. After a change to the library,
 * {@code mvn test -pl vm-register -Dtest=LibraryDocTest -Dfusabi.writeDocs=true} rewrites the list.
 */
class LibraryDocTest {
    private static final Path DOC = Path.of("../docs/LANGUAGE.md");
    private static final String BEGIN = "<!-- library:begin -->\n";
    private static final String END = "<!-- library:end -->";
    /** The namespaces of the compiler's own natives (conversions, comprehensions, string members), not listed. */
    private static final List<String> INTERNAL = List.of("Convert", "Env", "Exn", "Range", "Builder");
    /** Natives the compiler's translations call, which are not F# names (sequence expressions, for loops, s.[i], slices). */
    private static final List<String> TRANSLATIONS = translations();
    private static final int WIDTH = 118;
    private static final List<String> ORDER = List.of("", "List", "Array", "Seq", "String", "Map", "Set", "Option",
            "Result", "Math", "Checked", "Lazy", "StringSplitOptions", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32",
            "Int64", "UInt64", "IntPtr", "UIntPtr", "Single", "Double", "Decimal", "BigInteger", "Boolean", "Console", "Random", "Object",
            "ResizeArray", "Dictionary", "IDictionary", "KeyValuePair", "HashSet", "Queue", "Stack", "StringBuilder", "Type", "FieldInfo", "BindingFlags");

    private static List<String> translations() {
        List<String> names = new java.util.ArrayList<>(List.of("IEnumerator.ofFunctions", "Seq.ofGetEnumerator", "Seq.generateWhile",
                "Seq.tryFinally", "String.get", "List.slice", "Array.slice", "Array.setSlice", "String.slice", "Unchecked.null"));
        // a.[1.., *] and a.[i, *] <- xs of rank-N arrays: a slice of each rank up to N
        for (int rank = 2; rank <= 4; rank++) {
            for (int k = 1; k <= rank; k++) {
                names.add("Array" + rank + "D.getSlice" + k);
                names.add("Array" + rank + "D.setSlice" + k);
            }
        }
        return names;
    }

    @Test
    void listsEveryNativeAScriptCanName() throws IOException {
        String doc = Files.readString(DOC);
        int from = doc.indexOf(BEGIN) + BEGIN.length();
        int to = doc.indexOf(END);
        String listed = render();
        if (Boolean.getBoolean("fusabi.writeDocs")) {
            Files.writeString(DOC, doc.substring(0, from) + listed + doc.substring(to));
        } else {
            assertEquals(listed, doc.substring(from, to), "docs/LANGUAGE.md's library list is out of date: " + LibraryDocTest.class.getSimpleName());
        }
    }

    /** One bullet a namespace: its F# functions, its static members (constructors as new), its instance members. */
    static String render() {
        Map<String, TreeSet<String>> functions = new TreeMap<>();
        Map<String, TreeSet<String>> statics = new TreeMap<>();
        Map<String, TreeSet<String>> members = new TreeMap<>();
        for (Native n : StandardLibrary.create().all()) {
            String name = n.name();
            if (name.contains("@")) continue;
            int end = 0;
            while (end < name.length() && name.charAt(end) != '.' && name.charAt(end) != '#') end++;
            String ns = end == name.length() ? "" : name.substring(0, end);
            if (INTERNAL.contains(ns) || TRANSLATIONS.contains(name)) continue;
            String member = ns.isEmpty() ? name : name.substring(end + 1);
            boolean instance = end < name.length() && name.charAt(end) == '#';
            boolean fsharp = !instance && Character.isLowerCase(member.charAt(0)) && !member.startsWith("get_")
                    && !member.startsWith("new") && !member.startsWith("op_");
            (instance ? members : fsharp ? functions : statics).computeIfAbsent(ns, k -> new TreeSet<>()).add(shown(member));
        }
        StringBuilder out = new StringBuilder();
        // The namespaces ORDER does not place come after it, alphabetically, so none is left out.
        TreeSet<String> rest = new TreeSet<>(functions.keySet());
        rest.addAll(statics.keySet());
        rest.addAll(members.keySet());
        rest.removeAll(ORDER);
        List<String> namespaces = new java.util.ArrayList<>(ORDER);
        namespaces.addAll(rest);
        for (String ns : namespaces) {
            StringBuilder line = new StringBuilder("- " + (ns.isEmpty() ? "Top level" : "`" + ns + "`") + ":");
            String separator = " ";
            for (var group : List.of(Map.entry("", functions), Map.entry("statics ", statics), Map.entry("members ", members))) {
                TreeSet<String> names = group.getValue().get(ns);
                if (names == null) continue;
                line.append(separator).append(group.getKey()).append('`').append(String.join(" ", names)).append('`');
                separator = "; ";
            }
            wrap(out, line + ".");
        }
        wrap(out, "- Called by the compiler's translations (of `seq { }`, `for` over sequences, `s.[i]`, slices, defaults): `"
                + String.join(" ", TRANSLATIONS) + "`.");
        return out.toString();
    }

    /** Markdown text wrapped at the page's width, continuation lines indented under the bullet. */
    private static void wrap(StringBuilder out, String text) {
        int lineStart = out.length();
        for (String word : text.split(" ")) {
            if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > WIDTH) {
                out.append("\n  ");
                lineStart = out.length() - 2;
            } else if (out.length() > lineStart) {
                out.append(' ');
            }
            out.append(word);
        }
        out.append('\n');
    }

    /** A member as a script writes it: {@code get_Item} is the indexer, {@code Split~char} one of the Splits. */
    private static String shown(String name) {
        String member = name.contains("~") ? name.substring(0, name.indexOf('~')) : name;
        return switch (member) {
            case "get_Item", "set_Item" -> ".[]";
            case "op_Addition" -> "+";
            case "op_Subtraction" -> "-";
            case "op_Multiply" -> "*";
            case "op_Division" -> "/";
            case "op_Modulus" -> "%";
            case "op_UnaryNegation" -> "~-";
            case "op_BitwiseAnd" -> "&&&";
            case "op_BitwiseOr" -> "|||";
            case "op_ExclusiveOr" -> "^^^";
            case "op_LeftShift" -> "<<<";
            case "op_RightShift" -> ">>>";
            case "op_OnesComplement" -> "~~~";
            default -> member.startsWith("get_") || member.startsWith("set_") ? member.substring(4) : member;
        };
    }
}
