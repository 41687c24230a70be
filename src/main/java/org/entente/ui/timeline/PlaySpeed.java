package org.entente.ui.timeline;

/** How fast Play moves the as-of cursor, in days of history per second of watching. */
public enum PlaySpeed {
    WEEK("1 week / s", 7),
    MONTH("1 month / s", 30.44),
    QUARTER("3 months / s", 91.31),
    YEAR("1 year / s", 365.25),
    FIVE_YEARS("5 years / s", 1826.25);

    private final String label;
    private final double daysPerSecond;

    PlaySpeed(String label, double daysPerSecond) {
        this.label = label;
        this.daysPerSecond = daysPerSecond;
    }

    public double daysPerSecond() {
        return daysPerSecond;
    }

    @Override
    public String toString() {
        return label;
    }
}
