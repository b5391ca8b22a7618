package org.fusabi.embed.hosttypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Java class the host-type tests expose to scripts: properties, overloads, lists, options, nulls, exceptions. */
public class Account {
    private final String owner;
    private double balance;
    private final List<String> history = new ArrayList<>();
    private Account linked;

    public Account(String owner) {
        this(owner, 0.0);
    }

    public Account(String owner, double opening) {
        this.owner = owner;
        this.balance = opening;
    }

    public static Account open(String owner) {
        return new Account(owner);
    }

    public String getOwner() {
        return owner;
    }

    public double getBalance() {
        return balance;
    }

    public void setBalance(double balance) {
        this.balance = balance;
    }

    public boolean isOverdrawn() {
        return balance < 0;
    }

    public void deposit(double amount) {
        if (amount <= 0) throw new IllegalArgumentException("a deposit must be positive, not " + amount);
        balance += amount;
        history.add("deposit " + amount);
    }

    /** Whole units: an overload scripts tell apart by its int argument. */
    public void deposit(long units) {
        deposit((double) units);
    }

    public void withdraw(double amount) {
        if (amount > balance) throw new IllegalStateException("insufficient funds: " + balance + " < " + amount);
        balance -= amount;
        history.add("withdraw " + amount);
    }

    public void transfer(Account to, double amount) {
        withdraw(amount);
        to.deposit(amount);
    }

    public List<String> getHistory() {
        return history;
    }

    public Optional<Account> getLinked() {
        return Optional.ofNullable(linked);
    }

    public void link(Account other) {
        linked = other;
    }

    /** A Java int parameter and result: narrowed on the way in, widened on the way out. */
    public int scaled(int factor) {
        return (int) balance * factor;
    }

    /** null where the script's type has none. */
    public String nickname() {
        return null;
    }

    public void close() {
        history.add("closed");
    }

    @Override
    public String toString() {
        return "Account(" + owner + ", " + String.format("%.2f", balance) + ")";
    }
}
