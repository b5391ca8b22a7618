package org.fusabi.compiler.ast;

import java.math.BigInteger;

/**
 * The value of an integer literal with a suffix F# leaves to the script, {@code Q R Z N G} ({@code 1N},
 * {@code -7G}): a call of the module {@code NumericLiteralN}'s {@code FromZero}, {@code FromOne},
 * {@code FromInt32}, {@code FromInt64} or {@code FromString}, by the value (minus included when written against it).
 */
public record UserNumber(char suffix, BigInteger value) {
    public static final String SUFFIXES = "QRZNG";

    public UserNumber negated() {
        return new UserNumber(suffix, value.negate());
    }

    @Override
    public String toString() {
        return value + String.valueOf(suffix);
    }
}
