package org.quickfreeze.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may read the outputs that name cases (the monthly PDF, the workbook, the findings,
 * rejects and due-soon lists, the files set aside): their owner, and the owner's group
 * for reading, {@code rw-r-----} unless {@code quickfreeze.output-permissions} says
 * otherwise, whatever the process's umask. On a file system without POSIX permissions the
 * setting is ignored, with one line in the log.
 */
public final class OutputPermissions {

    private static final Logger log = LoggerFactory.getLogger(OutputPermissions.class);

    private final Set<PosixFilePermission> permissions;

    private final String text;

    private final AtomicBoolean told = new AtomicBoolean();

    private OutputPermissions(Set<PosixFilePermission> permissions, String text) {
        this.permissions = permissions;
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException when the text is not nine permission letters
     */
    public static OutputPermissions of(String text) {
        try {
            return new OutputPermissions(PosixFilePermissions.fromString(text.trim()), text.trim());
        }
        catch (IllegalArgumentException ex) {
            // the sentence alone: the library's "Invalid mode" would be told instead
            throw new IllegalArgumentException("quickfreeze.output-permissions '" + text
                    + "' is not a file mode written as nine letters, such as rw-r-----");
        }
    }

    /**
     * Makes a file empty (new, or cut to nothing) with these permissions, so that what is
     * then written in it is never readable by others, even for a moment.
     */
    public Path createEmpty(Path file) throws IOException {
        Files.write(file, new byte[0]);
        apply(file);
        return file;
    }

    /** Gives a file just made, before anything is written in it, these permissions. */
    public void apply(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, permissions);
        }
        catch (UnsupportedOperationException ex) {
            if (!told.getAndSet(true)) {
                log.info("the output folder's file system has no POSIX permissions: quickfreeze.output-permissions "
                        + "({}) is not applied", text);
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }

}
