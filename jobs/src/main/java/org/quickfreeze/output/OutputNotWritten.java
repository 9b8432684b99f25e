package org.quickfreeze.output;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.quickfreeze.report.workbook.TemporaryFilesNotWritten;

/**
 * An output could not be written, for whatever reason (the disk is full, the folder went
 * away, a report template failed). Its message is the one sentence the operator reads:
 * which output, where, why, and that nothing of the run was put in place.
 */
public final class OutputNotWritten extends IOException {

    private OutputNotWritten(String message, Throwable cause) {
        super(message, cause);
    }

    static OutputNotWritten folder(Path folder, Throwable cause) {
        return new OutputNotWritten("the output folder " + folder + " cannot be written (" + reason(cause)
                + "), so no output of this run was put in place", cause);
    }

    static OutputNotWritten output(String name, Path folder, Throwable cause) {
        if (cause instanceof TemporaryFilesNotWritten temporary) {
            return new OutputNotWritten(name + " could not be written: its temporary files in " + temporary.folder()
                    + " could not be written (" + reason(temporary.getCause())
                    + "; the Java option -Djava.io.tmpdir=<folder> puts them elsewhere), so no output of this run was put in place",
                    cause);
        }
        return new OutputNotWritten(name + " could not be written in " + folder + " (" + reason(cause)
                + "), so no output of this run was put in place", cause);
    }

    static OutputNotWritten notMoved(String name, Path folder, List<Path> published, Throwable cause) {
        String before = published.isEmpty() ? "no output of this run was put in place"
                : "only " + String.join(", ", published.stream().map(p -> p.getFileName().toString()).toList())
                        + " of this run " + (published.size() == 1 ? "was" : "were") + " put in place";
        return new OutputNotWritten(
                name + " could not be put in place in " + folder + " (" + reason(cause) + "), so " + before, cause);
    }

    /**
     * The file system's exceptions often carry only a path as their message; say what
     * went wrong instead.
     */
    private static String reason(Throwable cause) {
        if (cause instanceof AccessDeniedException) {
            return "access denied";
        }
        if (cause instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (cause instanceof NoSuchFileException) {
            return "the folder is gone";
        }
        if (cause instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }

}
