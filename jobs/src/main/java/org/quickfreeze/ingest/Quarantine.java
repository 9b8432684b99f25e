package org.quickfreeze.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.quickfreeze.run.OutputPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets an unusable file aside in {@code <out>/failed/} with a {@code .reason.txt} beside
 * it. Files named by {@code --input} belong to the user and stay where they are: the copy
 * is what is set aside. Nothing is deleted.
 */
public class Quarantine {

    private static final Logger log = LoggerFactory.getLogger(Quarantine.class);

    /** Sets nothing aside: the inbox moves its own unusable files. */
    public static final Quarantine NONE = new Quarantine(null, null);

    private final Path folder;

    private final OutputPermissions internal;

    /**
     * @param internal who may read what is set aside: it names cases
     */
    public Quarantine(Path folder, OutputPermissions internal) {
        this.folder = folder;
        this.internal = internal;
    }

    public void setAside(Path file, String reason) {
        if (folder == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path name = file.getFileName();
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                try (OutputStream out = Files.newOutputStream(internal.createEmpty(folder.resolve(name)))) {
                    Files.copy(file, out);
                }
            }
            Files.writeString(internal.createEmpty(folder.resolve(name + ".reason.txt")),
                    file + "\n" + reason + System.lineSeparator(), StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            log.warn("{}: could not be set aside in {}: {}", file.getFileName(), folder, ex.getMessage());
        }
    }

}
