package org.quickfreeze.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.ingest.csv.Delimiters;
import org.quickfreeze.ingest.layout.Column;

class ExportHeaderTest {

    @Test
    void headersMatchCaseInsensitivelyIgnoringSpacesInAnyOrder() throws UnusableFile {
        ExportHeader header = ExportHeader.of(List.of(" STATUS", "Request_ID ", "direction", "request_type",
                "Counterpart", "requested_on", "officer notes"));
        assertThat(header.positions().get(Column.STATUS)).isZero();
        assertThat(header.positions().get(Column.REQUEST_ID)).isEqualTo(1);
        assertThat(header.unknownColumns()).containsExactly("officer notes");
        assertThat(header.has(Column.PARTY)).isFalse();
    }

    @Test
    void missingRequiredColumnMakesTheFileUnusableAndNamesWhatWasFound() {
        assertThatThrownBy(() -> ExportHeader.of(List.of("request_id", "direction", "requested_on", "status")))
            .isInstanceOf(UnusableFile.class)
            .hasMessageContaining("lacks the required columns request_type, counterpart")
            .hasMessageContaining("the header found is: request_id, direction, requested_on, status");
    }

    @Test
    void columnNamedTwiceMakesTheFileUnusable() {
        assertThatThrownBy(() -> ExportHeader
            .of(List.of("request_id", "direction", "request_type", "counterpart", "requested_on", "status", "Status")))
            .hasMessageContaining("names column status twice");
    }

    @Test
    void delimiterIsDetectedFromTheHeaderLine() {
        assertThat(Delimiters.detect("request_id;direction;\"a,b\";status")).isEqualTo(';');
        assertThat(Delimiters.detect("request_id,direction,status")).isEqualTo(',');
        assertThat(Delimiters.detect("request_id")).isEqualTo(',');
    }

}
