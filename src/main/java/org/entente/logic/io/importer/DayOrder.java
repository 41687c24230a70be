package org.entente.logic.io.importer;

/**
 * How to read a numeric date such as {@code 03/04/2025}: a choice the user makes for a whole column,
 * because guessing would silently swap days and months (the commonest complaint about spreadsheet imports).
 */
public enum DayOrder {
    /** Not chosen: ambiguous dates are reported, not read. */
    UNSET,
    /** 03/04/2025 is 3 April 2025 (most of the world). */
    DAY_FIRST,
    /** 03/04/2025 is 4 March 2025 (the United States). */
    MONTH_FIRST
}
