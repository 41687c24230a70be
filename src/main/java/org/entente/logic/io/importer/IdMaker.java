package org.entente.logic.io.importer;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes ids from names when a file has none: readable ({@code "Côte d'Ivoire"} becomes {@code cote-d-ivoire}),
 * stable (the same name always gives the same id in the same file order) and unique (a second "Georgia"
 * becomes {@code georgia-2}), following the id rules of {@code seeds/README.md}.
 */
public final class IdMaker {

    private final Set<String> taken = new HashSet<>();

    /** Marks an id from the file itself as taken, so made ids never collide with it. */
    public void reserve(String id) {
        taken.add(id);
    }

    public boolean isTaken(String id) {
        return taken.contains(id);
    }

    /** A new unique id made from {@code name}, with {@code prefix} before it and {@code fallback} for names without letters. */
    public String make(String prefix, String name, String fallback) {
        String base = Texts.slug(name == null ? "" : name);
        if (base.isEmpty()) {
            base = fallback;
        }
        base = prefix + base;
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }
}
