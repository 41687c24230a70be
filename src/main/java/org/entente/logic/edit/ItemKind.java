package org.entente.logic.edit;

/**
 * The kinds of item a dataset lists, with the name of their list in the file (for
 * {@link org.entente.model.Dataset#extrasKey}) and the word the app uses for one of them ("tie").
 */
public enum ItemKind {
    SOURCE("sources", "source"),
    ACTOR("actors", "actor"),
    RELATION("relations", "tie"),
    EVENT("events", "event"),
    DISPUTE("disputes", "dispute");

    private final String list;
    private final String noun;

    ItemKind(String list, String noun) {
        this.list = list;
        this.noun = noun;
    }

    /** The list's name in the file: "actors", "relations". */
    public String list() { return list; }

    /** How the menus and messages call one item: "actor", "tie". */
    public String noun() { return noun; }
}
