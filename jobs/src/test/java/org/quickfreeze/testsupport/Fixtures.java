package org.quickfreeze.testsupport;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The files tests read, found on the test class path (the build copies
 * {@code src/test/resources}, {@code input-samples/}, {@code benchmark/peer/} and the
 * {@code quickfreeze} launcher script there), so that a test does not depend on the
 * folder it is started from.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The sample exports of {@code input-samples/}, with their register mappings. */
    public static Path samples() {
        return onClassPath("input-samples");
    }

    /** A small canonical export set: two registers, a handful of rows. */
    public static Path small() {
        return onClassPath("fixtures/small");
    }

    /** The {@code quickfreeze} launcher script of the project's root. */
    public static Path launcher() {
        return onClassPath("launcher/quickfreeze");
    }

    public static Path onClassPath(String name) {
        URL url = Fixtures.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
