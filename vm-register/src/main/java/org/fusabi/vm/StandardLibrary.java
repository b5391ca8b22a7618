package org.fusabi.vm;

import org.fusabi.vm.stdlib.ArrayModule;
import org.fusabi.vm.stdlib.LazyModule;
import org.fusabi.vm.stdlib.ListModule;
import org.fusabi.vm.stdlib.MapModule;
import org.fusabi.vm.stdlib.MathModule;
import org.fusabi.vm.stdlib.OperatorsModule;
import org.fusabi.vm.stdlib.OptionModule;
import org.fusabi.vm.stdlib.ResultModule;
import org.fusabi.vm.stdlib.SeqModule;
import org.fusabi.vm.stdlib.SetModule;
import org.fusabi.vm.stdlib.StringModule;

/**
 * The standard library of LANGUAGE.md, as natives; each module lives in {@code org.fusabi.vm.stdlib}. Modules
 * are registered with the namespaces they define names in ({@code ""}: top-level names) and installed lazily.
 */
final class StandardLibrary {
    private StandardLibrary() {}

    static void register(Library lib) {
        lib.module(OperatorsModule::install, "");
        lib.module(MathModule::install, "", "Math");
        lib.module(ListModule::install, "List");
        lib.module(ArrayModule::install, "Array");
        lib.module(SeqModule::install, "Seq");
        lib.module(StringModule::install, "String");
        lib.module(OptionModule::install, "Option");
        lib.module(ResultModule::install, "Result");
        lib.module(MapModule::install, "Map");
        lib.module(SetModule::install, "Set");
        lib.module(LazyModule::install, "Lazy");
        lib.module(CoreNatives::install, "", "Convert", "Env", "Exn", "String", "Range", "Builder");
    }
}
