package org.entente.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} and {@code --flag} arguments of a command, parsed with clear messages for
 * the mistakes people make (a missing value, a word where a number belongs, an unknown option).
 */
final class Options {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    /** Thrown for a usage mistake; the message is meant for the user. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static Options parse(List<String> args, Set<String> valued, Set<String> flagNames) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (valued.contains(a)) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) throw new UsageException(a + " needs a value");
                o.values.put(a, args.get(++i));
            } else if (flagNames.contains(a)) {
                o.flags.add(a);
            } else {
                throw new UsageException("unknown argument '" + a + "'");
            }
        }
        return o;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    String value(String name) {
        return values.get(name);
    }

    int count(String name, int fallback, int max) throws UsageException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 0 || n > max) throw new UsageException(name + " must be between 0 and " + max + ", got " + v);
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + v + "'");
        }
    }

    long number(String name, long fallback) throws UsageException {
        String v = values.get(name);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a whole number, got '" + v + "'");
        }
    }
}
