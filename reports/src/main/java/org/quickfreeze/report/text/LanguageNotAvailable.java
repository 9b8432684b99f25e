package org.quickfreeze.report.text;

/**
 * A language the reports cannot be written in, in one sentence that names the language
 * and where its file was looked for.
 */
public class LanguageNotAvailable extends IllegalArgumentException {

    public LanguageNotAvailable(String sentence) {
        super(sentence);
    }

}
