package org.fusabi.vm;

import org.fusabi.vm.stdlib.ArrayModule;
import org.fusabi.vm.stdlib.ListModule;
import org.fusabi.vm.stdlib.MapModule;
import org.fusabi.vm.stdlib.MathModule;
import org.fusabi.vm.stdlib.OperatorsModule;
import org.fusabi.vm.stdlib.OptionModule;
import org.fusabi.vm.stdlib.SeqModule;
import org.fusabi.vm.stdlib.SetModule;
import org.fusabi.vm.stdlib.StringModule;

/** The standard library of LANGUAGE.md, as natives; each module lives in {@code org.fusabi.vm.stdlib}. */
final class StandardLibrary {
    private StandardLibrary() {}

    static void install(Library lib) {
        OperatorsModule.install(lib);
        MathModule.install(lib);
        ListModule.install(lib);
        ArrayModule.install(lib);
        SeqModule.install(lib);
        StringModule.install(lib);
        OptionModule.install(lib);
        MapModule.install(lib);
        SetModule.install(lib);
    }
}
