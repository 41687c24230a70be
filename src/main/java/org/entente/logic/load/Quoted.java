package org.entente.logic.load;

/**
 * Shows a value from a user's file inside a message that a terminal, a log or a dialog can trust: in
 * quotes, with control characters, lone surrogates and text-direction overrides escaped (so a value can
 * neither forge a second {@code FILE:LINE:COLUMN: error:} line nor clear a terminal), and cut to a
 * readable length with an ellipsis and its full length ("'aaaa…' (1048576 characters)").
 */
public final class Quoted {

    /** Characters of a value shown before it is cut. */
    public static final int DEFAULT_MAX = 60;

    /** The longest message a {@link Problem} keeps; anything longer is cut, never printed in full. */
    static final int MAX_MESSAGE = 1000;

    private Quoted() {
    }

    /** {@code 'value'} escaped and cut to {@value #DEFAULT_MAX} characters. */
    public static String of(String value) {
        return of(value, DEFAULT_MAX);
    }

    /** {@code 'value'} escaped and cut to {@code max} characters, then "… (N characters)". */
    public static String of(String value, int max) {
        if (value == null) return "null";
        String shown = escape(value, max);
        return value.length() > max ? "'" + shown + "…' (" + value.length() + " characters)" : "'" + shown + "'";
    }

    /** The text with every unsafe character escaped, at most {@code max} characters of it looked at. */
    public static String escape(String text, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max) + 8);
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (unsafe(text, i)) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                            sb.append(text.charAt(++i));
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Escapes unsafe characters in a whole message and cuts it to {@link #MAX_MESSAGE} characters. */
    static String safeMessage(String message) {
        if (message == null) return "";
        boolean clean = message.length() <= MAX_MESSAGE;
        for (int i = 0; clean && i < message.length(); i++) {
            if (unsafe(message, i) || message.charAt(i) < 0x20) clean = false;
        }
        if (clean) return message;
        String shown = escape(message, MAX_MESSAGE);
        return message.length() > MAX_MESSAGE ? shown + "… (message cut, " + message.length() + " characters)" : shown;
    }

    /** The index of the first surrogate without its other half, or -1: such text cannot be written as UTF-8. */
    public static int firstLoneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) return i;
        }
        return -1;
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029) return true;
        if (Character.isHighSurrogate(c)) return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        return false;
    }
}
