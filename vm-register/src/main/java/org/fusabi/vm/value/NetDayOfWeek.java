package org.fusabi.vm.value;

/** .NET's {@code System.DayOfWeek}, Sunday first as in .NET, printed by name. */
public enum NetDayOfWeek {
    Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday
}
