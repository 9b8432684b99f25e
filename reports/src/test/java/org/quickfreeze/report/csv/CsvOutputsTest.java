package org.quickfreeze.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.RejectRow;

class CsvOutputsTest {

    @Test
    void textCellsThatASpreadsheetWouldRunArePrefixedWithAQuote() {
        assertThat(CsvCells.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvCells.text("+40 21 000")).isEqualTo("'+40 21 000");
        assertThat(CsvCells.text("-1")).isEqualTo("'-1");
        assertThat(CsvCells.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.text("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvCells.text("\rcmd")).isEqualTo("'\rcmd");
        assertThat(CsvCells.text("PN-2026-0001")).isEqualTo("PN-2026-0001");
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void findingsKeepNumbersAsNumbersEvenWhenNegativeAndPrefixTextThatLooksLikeAFormula() throws IOException {
        StringWriter out = new StringWriter();
        try (FindingsCsvWriter csv = new FindingsCsvWriter(out)) {
            csv.write(new FindingRow("=CP", "-7", "RO", "SENT", "DE", "PRESERVATION", LocalDate.parse("2026-07-01"),
                    LocalDate.parse("2026-07-01"), null, null, null, null, null, 122, -62, "LAPSED", "critical", null,
                    null, null, "BUDAPEST"));
        }
        assertThat(out.toString().lines()).containsExactly(String.join(",", FindingsCsvWriter.HEADER),
                "'=CP,'-7,RO,SENT,DE,2026-07-01,2026-07-01,,,,,,122,-62,LAPSED,critical");
    }

    @Test
    void rejectsHaveOneCellColumnPerCellOfTheWidestRow() throws IOException {
        StringWriter out = new StringWriter();
        try (RejectsCsvWriter csv = new RejectsCsvWriter(out, 3)) {
            csv.write(new RejectRow("police.csv", 7, "BAD_DATE", "requested_on 'x' is not a date",
                    List.of("P1", "=1+1", "x")));
        }
        assertThat(out.toString().lines()).containsExactly("file,line,code,message,cell_1,cell_2,cell_3",
                "police.csv,7,BAD_DATE,requested_on 'x' is not a date,P1,'=1+1,x");
    }

}
