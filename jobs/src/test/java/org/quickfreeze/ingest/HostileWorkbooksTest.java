package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.Workbooks;

/**
 * Workbooks built to attack the reader: an external entity (XXE) in the sheet or in the
 * shared strings, a macro-enabled workbook renamed .xlsx. Each is refused with a reason,
 * nothing outside the file is read, and the other exports are still loaded.
 */
class HostileWorkbooksTest {

    private static final String SECRET = "TOP-SECRET-5f3a9c";

    @TempDir
    Path home;

    private Path exports() throws IOException {
        Path exports = Files.createDirectories(home.resolve("exports"));
        Workbooks.write(exports.resolve("good.xlsx"), new Object[] { "P1", "CP", "RO", "SENT", "PRESERVATION", "DE",
                LocalDate.of(2026, 9, 10), null, "OPEN", "C-1" });
        return exports;
    }

    /** A copy of a workbook with some parts replaced or added. */
    private static Path rewrite(Path source, Path target, Map<String, String> parts) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String replaced = parts.get(entry.getName());
                if (replaced == null) {
                    in.transferTo(out);
                }
                else {
                    out.write(replaced.getBytes(StandardCharsets.UTF_8));
                }
            }
            for (var part : parts.entrySet()) {
                if (part.getKey().startsWith("+")) {
                    out.putNextEntry(new ZipEntry(part.getKey().substring(1)));
                    out.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return target;
    }

    private static String part(Path workbook, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new IOException(name + " not in " + workbook);
    }

    private static String withExternalEntity(String xml, Path secret) {
        String doctype = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }

    private Quickfreeze.Outcome run(Path exports) {
        return new Quickfreeze(home.resolve("run")).run("run", "--input", exports.toString(), "--period", "2026-10");
    }

    private String everythingWritten() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(home.resolve("run"))) {
            for (Path file : files.filter(Files::isRegularFile)
                .filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".txt")
                        || p.toString().endsWith(".log"))
                .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    @Test
    void externalEntityInTheSheetIsRefusedAndTheFileItNamesIsNotRead() throws IOException {
        Path secret = Files.writeString(home.resolve("secret.txt"), SECRET);
        Path exports = exports();
        Path good = exports.resolve("good.xlsx");
        String sheet = part(good, "xl/worksheets/sheet1.xml");
        String attack = withExternalEntity(sheet, secret).replace("<sheetData>",
                "<sheetData><row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
        rewrite(good, exports.resolve("xxe-sheet.xlsx"), Map.of("xl/worksheets/sheet1.xml", attack));

        var outcome = run(exports);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).containsPattern("good.xlsx\\s+1\\s+1\\s+0\\s+0\\s+LOADED")
            .containsPattern("xxe-sheet.xlsx\\s+.*UNUSABLE: the workbook's XML declares a document type");
        assertThat(outcome.stdout() + outcome.stderr() + everythingWritten()).doesNotContain(SECRET);
    }

    @Test
    void externalEntityInTheSharedStringsIsRefusedAndTheFileItNamesIsNotRead() throws IOException {
        Path secret = Files.writeString(home.resolve("secret.txt"), SECRET);
        Path exports = exports();
        Path good = exports.resolve("good.xlsx");
        String strings = part(good, "xl/sharedStrings.xml");
        String attack = withExternalEntity(strings, secret).replace("<t>C-1</t>", "<t>&xxe;</t>");
        rewrite(good, exports.resolve("xxe-strings.xlsx"), Map.of("xl/sharedStrings.xml", attack));

        var outcome = run(exports);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).containsPattern("good.xlsx\\s+1\\s+1\\s+0\\s+0\\s+LOADED")
            .containsPattern("xxe-strings.xlsx\\s+.*UNUSABLE: ");
        assertThat(outcome.stdout() + outcome.stderr() + everythingWritten()).doesNotContain(SECRET);
    }

    @Test
    void macroEnabledWorkbookIsReadAndItsMacrosAreNeverRun() throws IOException {
        Path exports = exports();
        Path good = exports.resolve("good.xlsx");
        // as Excel saves an .xlsm: a macro-enabled main part and a VBA project part with
        // its content type
        String types = part(good, "[Content_Types].xml")
            .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                    "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
            .replace("</Types>",
                    "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        rewrite(good, exports.resolve("macros.xlsx"), Map.of("[Content_Types].xml", types, "+xl/vbaProject.bin",
                "Attribute VB_Name = \"Module1\"\nSub Auto_Open()\nEnd Sub\n"));

        var outcome = run(exports);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("macros.xlsx\\s+1\\s+1\\s+0\\s+0\\s+LOADED");
    }

    @Test
    void rowOfHundredsOfFullCellsIsOneMalformedRowAndTheRowsAroundItLoad() throws IOException {
        Path exports = Files.createDirectories(home.resolve("exports"));
        Object[] wide = new Object[300];
        // each cell within the cell limit, the row of 9,000,000 characters far beyond
        // what a request holds
        Arrays.fill(wide, "X".repeat(30_000));
        Workbooks.write(exports.resolve("wide.xlsx"),
                new Object[] { "P1", "CP", "RO", "SENT", "PRESERVATION", "DE", LocalDate.of(2026, 9, 10), null,
                        "OPEN" },
                wide, new Object[] { "P2", "CP", "RO", "SENT", "PRESERVATION", "DE", LocalDate.of(2026, 9, 11), null,
                        "OPEN" });

        var outcome = run(exports);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("wide.xlsx\\s+3\\s+2\\s+1\\s+0\\s+LOADED");
        assertThat(Quickfreeze.csv(home.resolve("run/out/rejects-2026-10-31.csv")))
            .extracting(r -> r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + r.get(4))
            .containsExactly("line code message cell_1",
                    "3 MALFORMED_ROW the line cannot be read as CSV: the row holds 9000000 characters; at most 256000 "
                            + "are read " + "X".repeat(200) + "…");
    }

}
