package org.entente.model;

/**
 * A work that facts are cited to. Only what the work itself shows is recorded; unknown fields are null,
 * because an invented publisher or date would undermine the trust the citations exist to build.
 */
public record Source(String id, String title, String publisher, String author, PartialDate date, String url, String note) {

    /** "Title — Publisher, date" with whatever parts are known. */
    public String citation() {
        StringBuilder sb = new StringBuilder(title);
        if (author != null) sb.append(", ").append(author);
        if (publisher != null) sb.append(" — ").append(publisher);
        if (date != null) sb.append(", ").append(date.display());
        return sb.toString();
    }
}
