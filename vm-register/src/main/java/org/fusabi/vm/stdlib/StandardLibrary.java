package org.fusabi.vm.stdlib;

import org.fusabi.vm.Library;

/**
 * The standard library of docs/LANGUAGE.md, as natives, one module a class of this package. Modules are
 * registered with the namespaces they define names in ({@code ""}: top-level names) and installed lazily.
 */
public final class StandardLibrary {
    private StandardLibrary() {}

    /** A library of the standard natives; hosts add their own functions with {@link Library#define}. */
    public static Library create() {
        Library lib = new Library();
        register(lib);
        return lib;
    }

    private static void register(Library lib) {
        lib.module(OperatorsModule::install, "", "Unchecked");
        lib.module(MathModule::install, "", "Math");
        lib.module(ListModule::install, "List");
        lib.module(ArrayModule::install, "Array");
        lib.module(ArrayMethods::install, "Array");
        lib.module(SeqModule::install, "Seq");
        lib.module(EnumeratorMembers::install, "Seq", "IEnumerator");
        lib.module(StringModule::install, "String");
        lib.module(StringMembers::install, "String", "StringSplitOptions");
        lib.module(OptionModule::install, "Option");
        lib.module(ResultModule::install, "Result");
        lib.module(MapModule::install, "Map");
        lib.module(SetModule::install, "Set");
        lib.module(LazyModule::install, "Lazy");
        lib.module(NumericTypes::install, NumericTypes.NAMESPACES);
        lib.module(ResizeArrayMembers::install, "ResizeArray");
        lib.module(DictionaryMembers::install, "Dictionary", "IDictionary", "SortedDictionary", "KeyValuePair", "");
        lib.module(HashSetMembers::install, "HashSet");
        lib.module(QueueStackMembers::install, "Queue", "Stack");
        lib.module(StringBuilderMembers::install, "StringBuilder");
        lib.module(StringStreams::install, "StringReader", "StringWriter");
        lib.module(MathMembers::install, "Math");
        lib.module(CharMembers::install, "Char");
        lib.module(StringStatics::install, "String");
        lib.module(StringComparisons::install, "String", "StringComparison");
        lib.module(NumberParsing::install, "Int32", "Int64", "Double", "Decimal", "Boolean");
        lib.module(ConsoleMembers::install, "Console");
        lib.module(RandomMembers::install, "Random");
        lib.module(DateTimeMembers::install, "DateTime", "DayOfWeek");
        lib.module(TimeSpanMembers::install, "TimeSpan");
        lib.module(StopwatchMembers::install, "Stopwatch");
        lib.module(ThreadMembers::install, "", "Thread", "Interlocked");
        lib.module(EventModule::install, "Event", "IEvent", "EventSubscription", "Observable");
        lib.module(ConvertMembers::install, "Convert");
        lib.module(MultiArrayModule::install, "Array2D", "Array3D", "Array4D");
        lib.module(ArrayStatics::install, "Array");
        lib.module(AsyncModule::install, "", "AsyncBuilder", "Async");
        lib.module(TaskModule::install, "", "TaskBuilder", "Task", "Async");
        lib.module(RegexMembers::install, "Regex", "Match", "Group", "GroupCollection", "MatchCollection", "RegexOptions");
        lib.module(ObjectMembers::install, "Object");
        lib.module(ComparableMembers::install, "IComparable");
        lib.module(TypeMembers::install, "Convert", "Type", "FieldInfo", "BindingFlags", "Enum");
        lib.module(CheckedModule::install, "Checked");
        lib.module(MeasureConversions::install, "LanguagePrimitives");
        lib.module(CoreIntrinsics::install, "LanguagePrimitives", "OperatorIntrinsics");
        lib.module(ExceptionConstructors::install, ExceptionConstructors.NAMESPACES);
        lib.module(CoreNatives::install, "", "Convert", "Exn", "String", "Range", "Builder");
    }
}
