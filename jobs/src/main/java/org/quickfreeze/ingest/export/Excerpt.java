package org.quickfreeze.ingest.export;

/**
 * The start of a text an export holds, as a message or a reject keeps it when the whole
 * would be too long.
 */
public final class Excerpt {

    private Excerpt() {
    }

    /**
     * The text itself when it has at most this many characters, else its first ones and
     * an ellipsis.
     */
    public static String of(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

}
