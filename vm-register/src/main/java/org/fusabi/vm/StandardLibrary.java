package org.fusabi.vm;

/** The standard library of LANGUAGE.md, as natives. */
final class StandardLibrary {
    private StandardLibrary() {}

    static void install(Library lib) {
    }
}
