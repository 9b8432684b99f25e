package org.quickfreeze.ingest.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.quickfreeze.run.OutputPermissions;

/**
 * The folder the registers drop their exports into. A loaded export moves to
 * {@code archive/<yyyy-MM-dd>/}, an unusable one to {@code failed/} with a
 * {@code .reason.txt} beside it. Nothing is ever deleted or overwritten: a name already
 * taken gets a number. Only files directly in the inbox are moved, by their own name, so
 * no name can lead outside it.
 */
public final class Inbox {

    public static final String ARCHIVE = "archive";

    public static final String FAILED = "failed";

    private final Path folder;

    private final OutputPermissions internal;

    /**
     * @param internal who may read what is in {@code failed/}: it names cases
     */
    public Inbox(Path folder, OutputPermissions internal) {
        this.folder = folder.toAbsolutePath().normalize();
        this.internal = internal;
    }

    public Path folder() {
        return folder;
    }

    public boolean holds(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return folder.equals(parent);
    }

    public Path archive(Path file, LocalDate day) throws IOException {
        return moveInto(file, folder.resolve(ARCHIVE).resolve(day.toString()));
    }

    public Path fail(Path file, String reason) throws IOException {
        Path moved = moveInto(file, folder.resolve(FAILED));
        if (Files.isRegularFile(moved, LinkOption.NOFOLLOW_LINKS)) {
            internal.apply(moved);
        }
        Files.writeString(internal.createEmpty(moved.resolveSibling(moved.getFileName() + ".reason.txt")),
                file.getFileName() + "\n" + reason + System.lineSeparator(), StandardCharsets.UTF_8);
        return moved;
    }

    private Path moveInto(Path file, Path target) throws IOException {
        if (!holds(file) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return file;
        }
        Files.createDirectories(target);
        String name = file.getFileName().toString();
        Path destination = target.resolve(name);
        for (int n = 1; Files.exists(destination, LinkOption.NOFOLLOW_LINKS); n++) {
            destination = target.resolve(n + "-" + name);
        }
        return Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
    }

}
