package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.quickfreeze.ingest.export.ExportFormat;
import org.quickfreeze.ingest.layout.RegisterMappings;

/**
 * The files a run reads, and those it leaves alone. With {@code --input}: a file as
 * given, and in a folder the files whose names are those of an export ({@code .csv},
 * {@code .xlsx}, {@code .xlsm}, {@code .xls}, {@code .ods}); the folder's other entries
 * (a README, the {@code registers/} folder, Excel's {@code ~$} lock files) are not
 * exports, listed once so that the run can name them. In the inbox, a drop box, every
 * entry is read or reported, whatever its name, but for its own folders. A link is
 * listed, to be reported: links are not followed.
 *
 * @param exports the files to inspect, in name order
 * @param notExports the entries of input folders that are not read
 */
public record InputFiles(List<Path> exports, List<Path> notExports) {

    /** The inbox's own folders: its archive, its failed files, its register mappings. */
    public static final Set<String> INBOX_FOLDERS = Set.of("archive", "failed", RegisterMappings.FOLDER_BESIDE_EXPORTS);

    public static List<Path> expand(List<Path> inputs) throws IOException {
        return of(inputs).exports();
    }

    public static InputFiles of(List<Path> inputs) throws IOException {
        List<Path> exports = new ArrayList<>();
        List<Path> others = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                for (Path entry : entries(input)) {
                    (isExport(entry) ? exports : others).add(entry);
                }
            }
            else {
                exports.add(input);
            }
        }
        return new InputFiles(exports, others);
    }

    /** Every entry of the inbox but its own folders: each is loaded or set aside. */
    public static InputFiles ofInbox(Path inbox) throws IOException {
        List<Path> dropped = new ArrayList<>();
        for (Path entry : entries(inbox)) {
            if (!(INBOX_FOLDERS.contains(entry.getFileName().toString())
                    && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))) {
                dropped.add(entry);
            }
        }
        return new InputFiles(dropped, List.of());
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList();
        }
    }

    static boolean isExport(Path file) {
        String name = file.getFileName().toString();
        return (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(file))
                && ExportFormat.ofName(file).isPresent() && !name.startsWith(".") && !name.startsWith("~$");
    }

}
