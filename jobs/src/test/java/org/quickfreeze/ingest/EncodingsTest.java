package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMappings;

/**
 * A CSV export of a legacy case-management system, in the encoding its register mapping
 * names, decoded strictly: its text arrives as written, and a byte that is no character
 * of that encoding makes the file unusable, with the byte's place.
 */
class EncodingsTest {

    private static final String HEADER = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status,offence\n";

    @TempDir
    Path home;

    private ExportFormats formats(String encoding) throws Exception {
        Path registers = Files.createDirectories(home.resolve("registers"));
        Files.writeString(registers.resolve("legacy.yml"),
                "register: CZ-LEGACY\nparty: CZ\nfiles: \"legacy-*.csv\"\nencoding: " + encoding + "\n");
        return new ExportFormats(RecordLimits.DEFAULT, RegisterMappings.load(List.of(registers)));
    }

    private static List<String> cells(ExportFormats formats, Path file) throws Exception {
        ExportLayout layout = formats.inspect(file, FileContent.of(file));
        try (RecordSource records = formats.records(file, layout)) {
            return ((ExportRecord.Cells) records.next()).cells();
        }
    }

    @Test
    void windows1250ExportIsReadAsItsMappingSays() throws Exception {
        Path file = Files.write(home.resolve("legacy-2026.csv"), (HEADER
                + "P1,CZ-LEGACY,CZ,SENT,PRESERVATION,SK,2026-09-10,OPEN,Podvod v Ústí nad Labem – účty Řeháka\n")
            .getBytes(Charset.forName("windows-1250")));
        assertThat(cells(formats("windows-1250"), file)).last().isEqualTo("Podvod v Ústí nad Labem – účty Řeháka");
    }

    @Test
    void windows1251ExportOfACyrillicRegisterIsReadAsItsMappingSays() throws Exception {
        Path file = Files.write(home.resolve("legacy-ua.csv"),
                (HEADER + "P1,UA-LEGACY,UA,RECEIVED,PRESERVATION,RO,2026-09-10,OPEN,Шахрайство з картками\n")
                    .getBytes(Charset.forName("windows-1251")));
        assertThat(cells(formats("windows-1251"), file)).last().isEqualTo("Шахрайство з картками");
    }

    @Test
    void byteThatIsNoCharacterOfTheEncodingMakesTheFileUnusableWithItsPlace() throws Exception {
        byte[] text = (HEADER + "P1,CZ-LEGACY,CZ,SENT,PRESERVATION,SK,2026-09-10,OPEN,x\n")
            .getBytes(Charset.forName("windows-1250"));
        // 0x98 is the one byte windows-1250 leaves without a character
        text[HEADER.length() + 2] = (byte) 0x98;
        Path file = Files.write(home.resolve("legacy-bad.csv"), text);
        assertThatThrownBy(() -> formats("windows-1250").inspect(file, FileContent.of(file)))
            .isInstanceOf(UnusableFile.class)
            .hasMessage("the file is not windows-1250 as its register mapping legacy.yml says: byte "
                    + (HEADER.length() + 2) + " (0x98) is no character of windows-1250; export the register again, "
                    + "or correct the encoding in the mapping");
    }

    @Test
    void legacyExportWithoutAnEncodingInItsMappingIsRefusedWithTheWayOut() throws Exception {
        String row = "P1,CP,CZ,SENT,PRESERVATION,SK,2026-09-10,OPEN,Řehák\n";
        Path file = Files.write(home.resolve("police.csv"), (HEADER + row).getBytes(Charset.forName("windows-1250")));
        ExportFormats formats = new ExportFormats(RecordLimits.DEFAULT, RegisterMappings.none());
        assertThatThrownBy(() -> formats.inspect(file, FileContent.of(file))).isInstanceOf(UnusableFile.class)
            .hasMessage("the file is not UTF-8: byte " + (HEADER.length() + row.indexOf('Ř'))
                    + " (0xD8) is not UTF-8 text; save it "
                    + "again as 'CSV UTF-8', or name its encoding in its register mapping (encoding: windows-1250)");
    }

    @Test
    void encodingJavaDoesNotKnowIsAMappingErrorNamingTheFile() {
        assertThatThrownBy(() -> formats("windows-9999")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("register mapping legacy.yml is not valid: encoding 'windows-9999' is not an encoding Java "
                    + "knows (e.g. windows-1250, windows-1251, ISO-8859-2)");
    }

}
