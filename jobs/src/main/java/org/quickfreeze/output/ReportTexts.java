package org.quickfreeze.output;

import java.nio.file.Path;

import org.quickfreeze.report.text.BundleListing;
import org.quickfreeze.report.text.MessageBundles;

/**
 * The reports' texts of a language as a bundle file, for {@code quickfreeze messages}:
 * where a translation starts, or how one is brought up to date.
 */
public final class ReportTexts {

    private ReportTexts() {
    }

    /**
     * @param folder where a party's own bundles are ({@code quickfreeze.messages})
     * @throws IllegalArgumentException, in one sentence, for a language no file has
     */
    public static String listing(String tag, Path folder) {
        return BundleListing.of(new MessageBundles(folder).load(tag));
    }

}
