package org.quickfreeze.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The readers' details and the library's own warnings. */
    private static final List<String> READERS = List.of("org.quickfreeze.details", "org.apache.poi");

    private final Map<String, Level> before = new HashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        for (String name : READERS) {
            Logger readers = (Logger) LoggerFactory.getLogger(name);
            before.put(name, readers.getLevel());
            readers.setLevel(Level.ERROR);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        before.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
    }

}
