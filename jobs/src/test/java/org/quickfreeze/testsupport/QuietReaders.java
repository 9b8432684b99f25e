package org.quickfreeze.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Keeps the readers' warnings about each unusable file (the library's words, for the log)
 * off the test output while thousands of broken files are read, and puts the level back
 * afterwards.
 */
public final class QuietReaders implements BeforeAllCallback, AfterAllCallback {

    private static final String READERS = "org.quickfreeze.ingest";

    private Level before;

    @Override
    public void beforeAll(ExtensionContext context) {
        Logger readers = (Logger) LoggerFactory.getLogger(READERS);
        before = readers.getLevel();
        readers.setLevel(Level.ERROR);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        ((Logger) LoggerFactory.getLogger(READERS)).setLevel(before);
    }

}
