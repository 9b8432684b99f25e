package org.quickfreeze.report.testsupport;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.Messages;

/**
 * A language made from the English bundle at test time, every text wrapped in
 * {@code ⟦…⟧}, and written as a party's own file: a text of a report that is not wrapped
 * did not come from the bundle.
 */
public final class PseudoLanguage {

    public static final String TAG = "qps";

    private static final Pattern INNERMOST = Pattern.compile("⟦[^⟦⟧]*⟧");

    private PseudoLanguage() {
    }

    /** Writes {@code quickfreeze_qps.properties} into the folder and loads it. */
    public static Messages in(Path folder) throws IOException {
        Messages english = MessageBundles.english();
        List<String> lines = new ArrayList<>();
        for (String key : english.keys()) {
            lines.add(key + "=⟦" + english.raw(key).replace("\\", "\\\\") + "⟧");
        }
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve("quickfreeze_" + TAG + ".properties"),
                StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line + "\n");
            }
        }
        return new MessageBundles(folder).load(TAG).messages();
    }

    /**
     * The text with every wrapped text taken out, the nested ones (a text in a text) too.
     */
    public static String unwrapped(String text) {
        String left = text;
        String before;
        do {
            before = left;
            left = INNERMOST.matcher(left).replaceAll(" ");
        }
        while (!left.equals(before));
        return left;
    }

}
