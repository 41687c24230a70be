package org.entente.logic.io.importer;

/**
 * Shows a user's value inside a message: quoted, control characters escaped and cut to a readable length,
 * so that a 10 MB cell or a binary file never floods a dialog or a terminal.
 */
public final class Quote {

    static final int MAX = 60;

    private Quote() {
    }

    /** {@code 'value'}, escaped and cut to {@value #MAX} characters with an ellipsis. */
    public static String of(String value) {
        if (value == null) {
            return "(nothing)";
        }
        StringBuilder sb = new StringBuilder("'");
        int limit = Math.min(value.length(), MAX);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\'' -> sb.append("\\'");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('\'');
        if (value.length() > MAX) {
            sb.append("… (").append(String.format(java.util.Locale.ENGLISH, "%,d", value.length())).append(" characters)");
        }
        return sb.toString();
    }
}
