package org.quickfreeze.run;

/**
 * Text that comes from an input (a file name, a cell, the name of a workbook's part) as
 * the console and the log show it: its control characters written as {@code \u001b}
 * instead of the characters themselves, so that no input can forge a log line or send
 * escape sequences to an operator's terminal. The same for the characters that turn the
 * direction of text around.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !hidden(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder visible = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hidden(c)) {
                visible.append(String.format("\\u%04x", (int) c));
            }
            else {
                visible.append(c);
            }
        }
        return visible.toString();
    }

    private static boolean hidden(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }

}
