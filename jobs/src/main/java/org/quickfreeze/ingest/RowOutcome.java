package org.quickfreeze.ingest;

import java.util.List;

import org.quickfreeze.ingest.validation.RejectCode;
import org.quickfreeze.store.CaseRequest;

/** What became of one record: validated, rejected, or an empty line. */
public sealed interface RowOutcome {

    long fileId();

    long line();

    record Valid(SourceFile file, long line, CaseRequest request) implements RowOutcome {

        @Override
        public long fileId() {
            return file.id();
        }
    }

    record Rejected(long fileId, long line, RejectCode code, String message, List<String> cells) implements RowOutcome {
    }

    record Empty(long fileId, long line) implements RowOutcome {
    }

}
