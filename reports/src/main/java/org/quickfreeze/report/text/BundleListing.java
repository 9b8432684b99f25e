package org.quickfreeze.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.quickfreeze.report.text.MessageBundles.Language;

/**
 * A language's texts printed as a bundle file, to start or to bring up to date a
 * translation: the English file's comments, which say where each text appears, and its
 * keys in its order, each with the language's text. A key the language lacks keeps its
 * English text, marked, so that a translator sees what is left to do.
 */
public final class BundleListing {

    static final String NOT_TRANSLATED = "# not translated yet: shown in English";

    private BundleListing() {
    }

    public static String of(Language language) {
        String english = MessageBundles.englishFile();
        if (language.files().size() == 1 && language.tag().equals(MessageBundles.ENGLISH)) {
            return english;
        }
        Set<String> missing = Set.copyOf(language.missingKeys());
        List<String> lines = new ArrayList<>();
        lines.add("# Quickfreeze: the texts of the reports in " + language.tag() + ", from "
                + String.join(", ", language.files()) + ".");
        lines.add("# Save as quickfreeze_" + language.tag() + ".properties in quickfreeze.messages, UTF-8.");
        boolean header = true;
        for (String line : english.split("\n", -1)) {
            if (header) {
                // the English file's own first paragraph is about English
                header = !line.isEmpty();
                continue;
            }
            int equals = line.indexOf('=');
            if (line.startsWith("#") || line.isBlank() || equals < 0) {
                lines.add(line);
                continue;
            }
            String key = line.substring(0, equals);
            if (missing.contains(key)) {
                lines.add(NOT_TRANSLATED);
            }
            lines.add(key + "=" + escaped(language.messages().raw(key)));
        }
        return String.join("\n", lines);
    }

    /** A text as a properties file reads it back. */
    private static String escaped(String text) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

}
