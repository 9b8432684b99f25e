package org.quickfreeze.run;

/**
 * A setting that cannot work, found at start: one sentence naming the property. The
 * command line stops the start with it, as it does a bad option.
 */
public class SettingRefused extends IllegalArgumentException {

    public SettingRefused(String sentence) {
        super(sentence);
    }

}
