package org.quickfreeze.report.model;

import java.util.List;
import java.util.Map;

/** Per file counts, rejects by code and unresolved links. */
public record DataQuality(List<FileQuality> files, Map<String, Long> rejectsByCode, List<LinkQuality> unresolvedLinks) {

    public long rowsRead() {
        return files.stream().mapToLong(FileQuality::rowsRead).sum();
    }

    public long rowsLoaded() {
        return files.stream().mapToLong(FileQuality::rowsLoaded).sum();
    }

    public long rowsRejected() {
        return files.stream().mapToLong(FileQuality::rowsRejected).sum();
    }
}
