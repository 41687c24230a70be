package org.entente.logic.load;

/** Whether a problem stops a dataset from loading (error) or only deserves the curator's attention (warning). */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
