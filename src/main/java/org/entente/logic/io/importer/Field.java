package org.entente.logic.io.importer;

import java.util.List;
import java.util.Locale;

/**
 * What a spreadsheet column means to Entente, with the header words other tools use for it (Kumu, Onodo,
 * Palladio, the Vistorian, yEd, TimelineJS). Header matching ignores case, spaces and punctuation.
 */
public enum Field {
    ID("id", "key", "identifier", "code", "nodeid", "elementid"),
    NAME("name", "label", "element", "node", "actor", "country", "state", "statename", "membername", "memberstate"),
    KIND("kind", "category", "elementtype", "class", "nodetype", "actortype"),
    ALIASES("aliases", "alias", "othernames", "abbreviation", "acronym"),
    /** The short display name the graph writes beside a long name ("NSATU"). */
    SHORT("short", "shortname", "shortlabel", "displayname"),
    REGION("region", "continent", "area"),
    FROM("from", "origin", "actor1", "statea", "sourcenode", "fromname", "member"),
    TO("to", "target", "destination", "actor2", "stateb", "targetnode", "toname", "organisation", "organization"),
    TYPE("relation", "relationtype", "connectiontype", "tietype", "edgetype", "linktype", "relationship"),
    START("start", "startdate", "begin", "begindate", "fromdate", "entry", "joined", "since", "startyear",
            "accession", "accessiondate", "datejoined", "startdatetime"),
    /** A tie's open start: the date by which it is known to hold. */
    KNOWN_BY("knownby", "holdsby", "knownfrom"),
    END("end", "enddate", "todate", "exit", "left", "until", "endyear", "finish", "exitdate", "dateleft", "enddatetime"),
    /** Gephi's interval list, {@code <[1990, 1995]; [2000, Infinity]>}: one tie per spell. */
    INTERVALS("interval", "intervals", "timeinterval", "timeintervals", "timeset", "spells", "spell", "timeperiods"),
    DATE("date", "at", "when", "year", "day", "eventdate"),
    TITLE("title", "headline", "event", "eventname"),
    DESCRIPTION("description", "summary", "text", "details", "about"),
    ACTORS("actors", "participants", "who", "elements", "involved", "members"),
    TAGS("tags", "tag", "keywords", "group", "groups"),
    CITATION("citation", "reference", "references", "sources", "mediacredit", "credit", "cite"),
    URL("url", "link", "sourceurl", "website", "web", "href"),
    PUBLISHER("publisher", "publication", "outlet"),
    AUTHOR("author", "authors", "by"),
    /** A figures table: the id or name of the actor, tie or event the number is on. */
    ITEM("item", "itemid", "subject"),
    VALUE("value", "amount"),
    QUALIFIER("qualifier", "bound"),
    UNIT("unit", "units"),
    CERTAINTY("certainty", "status", "confidence"),
    NOTE("note", "notes", "comment", "comments", "remarks"),
    /** A column to leave out. */
    IGNORE();

    private final List<String> words;

    Field(String... words) {
        this.words = List.of(words);
    }

    /** The header words that mean this field. */
    public List<String> words() {
        return words;
    }

    /** The field's name as typed on the command line and shown in the preview ("start"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The field named {@code label} ("start"), or null. */
    public static Field byLabel(String label) {
        for (Field f : values()) {
            if (f.label().equalsIgnoreCase(label.strip())) return f;
        }
        return null;
    }
}
