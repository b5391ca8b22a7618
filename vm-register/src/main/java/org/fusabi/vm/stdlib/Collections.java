package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;

/** Installs the functions every ordered collection module has, for one shape. */
final class Collections {
    private Collections() {}

    static void install(Library lib, Shape s) {
        Mapping.install(lib, s);
        Folding.install(lib, s);
        Searching.install(lib, s);
        Reordering.install(lib, s);
        Slicing.install(lib, s);
    }
}
