package org.quickfreeze.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output under a temporary name and moves it into place only when
 * complete, so that no half-written report is ever left under its final name.
 */
public final class OutputFiles {

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private final Path folder;

    public OutputFiles(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path writeText(String name, TextContent content) throws IOException {
        return write(name, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            content.writeTo(writer);
            writer.flush();
        });
    }

    public Path write(String name, Content content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path temporary = folder.resolve("." + name + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            catch (AtomicMoveNotSupportedException ex) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }
}
