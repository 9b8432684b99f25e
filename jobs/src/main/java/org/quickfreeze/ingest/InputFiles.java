package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export files named by {@code --input}: a file as given, or the CSV
 * exports directly inside a folder (other files there, such as a README, are
 * not exports).
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> entries = Files.list(input)) {
                    entries.filter(Files::isRegularFile).filter(InputFiles::isExport).sorted().forEach(files::add);
                }
            }
            else {
                files.add(input);
            }
        }
        return files;
    }

    static boolean isExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") && !name.startsWith(".");
    }
}
