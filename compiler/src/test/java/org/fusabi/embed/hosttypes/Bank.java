package org.fusabi.embed.hosttypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A second host type, whose members take and return the first. */
public class Bank {
    private final String name;
    private final List<Account> accounts = new ArrayList<>();

    public Bank(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Account open(String owner, double opening) {
        Account a = new Account(owner, opening);
        accounts.add(a);
        return a;
    }

    public List<Account> getAccounts() {
        return accounts;
    }

    public Optional<Account> find(String owner) {
        return accounts.stream().filter(a -> a.getOwner().equals(owner)).findFirst();
    }

    public double total() {
        return accounts.stream().mapToDouble(Account::getBalance).sum();
    }

    public void add(List<Account> more) {
        accounts.addAll(more);
    }
}
