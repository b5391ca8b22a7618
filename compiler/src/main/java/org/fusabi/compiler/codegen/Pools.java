package org.fusabi.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fusabi.compiler.core.Core;
import org.fusabi.vm.Native;
import org.fusabi.vm.image.ProtoSpec;

/**
 * The image's tables as code generation fills them: strings, primitive constants, natives and function
 * prototypes, each entry added once and referred to by its index.
 */
final class Pools {
    final List<String> strings = new ArrayList<>();
    final Map<String, Integer> stringIndex = new HashMap<>();
    final List<Long> consts = new ArrayList<>();
    final Map<Long, Integer> constIndex = new HashMap<>();
    final List<ProtoSpec> protos = new ArrayList<>();
    final Map<Core.Lambda, Integer> protoIndex = new IdentityHashMap<>();
    final List<String> natives = new ArrayList<>();
    final Map<String, Integer> nativeIndex = new HashMap<>();

    String string(String s) {
        stringIndex.computeIfAbsent(s, k -> {
            strings.add(k);
            return strings.size() - 1;
        });
        return s;
    }

    int stringIndex(String s) {
        string(s);
        return stringIndex.get(s);
    }

    int constant(long bits) {
        return constIndex.computeIfAbsent(bits, k -> {
            consts.add(k);
            return consts.size() - 1;
        });
    }

    int nativeIndex(Native n) {
        string(n.name());
        return nativeIndex.computeIfAbsent(n.name(), k -> {
            natives.add(k);
            return natives.size() - 1;
        });
    }

    int protoFor(Core.Lambda lambda) {
        return protoIndex.computeIfAbsent(lambda, k -> {
            protos.add(null);
            return protos.size() - 1;
        });
    }
}
