package org.quickfreeze.ingest.csv;

/**
 * Detects the delimiter from the header line: {@code ;} when it has more semicolons than
 * commas outside quotes (Excel in many European locales), else {@code ,}.
 */
public final class Delimiters {

    private Delimiters() {
    }

    public static char detect(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            else if (!quoted && c == ',') {
                commas++;
            }
            else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

}
