package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The README's run on the committed samples: every state, both link kinds, every reject
 * code.
 */
class SampleRunTest {

    private static final Path SAMPLES = Fixtures.samples();

    @TempDir
    Path home;

    @Test
    void samplesShowEveryStateBothLinkKindsAndEveryRejectCode() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);

        var outcome = quickfreeze.run("run", "--input", SAMPLES.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        List<CSVRecord> findings = Quickfreeze.csv(quickfreeze.out().resolve("findings-2026-10-31.csv"));
        Set<String> states = findings.stream().skip(1).map(r -> r.get(14)).collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder("LAPSED", "OVERDUE", "EXTENDED", "DUE_SOON", "PENDING",
                "AFTER_LIMIT", "LATE", "ON_TIME", "EXCLUDED");
        Set<String> links = findings.stream()
            .skip(1)
            .map(r -> r.get(10))
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toSet());
        assertThat(links).containsExactlyInAnyOrder("EXPLICIT", "CASE_REFERENCE");

        List<CSVRecord> rejects = Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv"));
        Set<String> codes = rejects.stream().skip(1).map(r -> r.get(2)).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("MISSING_FIELD", "BAD_CODE", "BAD_COUNTRY", "BAD_DATE",
                "DATE_ORDER", "SAME_PARTY", "DUPLICATE_ID", "MALFORMED_ROW");
        assertThat(rejects.subList(1, rejects.size())).extracting(r -> r.get(0))
            .containsOnly("CP-PROSECUTION.csv", "diicot-24-7-register.xlsx");
    }

    @Test
    void everyRowOfEverySampleIsLoadedRejectedOrEmpty() {
        var outcome = new Quickfreeze(home).run("run", "--input", SAMPLES.toString(), "--period", "2026-10");

        assertThat(outcome.stdout()).containsPattern("cp-police.csv\\s+243\\s+243\\s+0\\s+0\\s+LOADED");
        assertThat(outcome.stdout()).containsPattern("moj-mla-register.csv\\s+205\\s+205\\s+0\\s+0\\s+LOADED");
        assertThat(outcome.stdout()).containsPattern("CP-PROSECUTION.csv\\s+104\\s+85\\s+17\\s+2\\s+LOADED");
        assertThat(outcome.stdout()).containsPattern("diicot-24-7-register.xlsx\\s+68\\s+66\\s+2\\s+0\\s+LOADED");
    }

}
