package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The export files named by {@code --input}: a file as given, or the CSV and
 * {@code .xlsx} exports directly inside a folder (other files there, such as a README or
 * Excel's {@code ~$} lock files, are not exports). A link is listed, to be reported:
 * links are not followed.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> entries = Files.list(input)) {
                    entries.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(f))
                        .filter(InputFiles::isExport)
                        .sorted()
                        .forEach(files::add);
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
        return (name.endsWith(".csv") || name.endsWith(".xlsx")) && !name.startsWith(".") && !name.startsWith("~$");
    }

}
