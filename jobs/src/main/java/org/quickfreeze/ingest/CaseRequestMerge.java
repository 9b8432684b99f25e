package org.quickfreeze.ingest;

import java.util.List;

/**
 * How the valid rows of one file in a chunk reach {@code case_request}: a row replaces
 * the stored row with the same register and request id unless that came from a later file
 * (modification time, then name). Runs in the chunk's transaction.
 */
interface CaseRequestMerge {

    /**
     * @param rowsOfOneFile valid rows of one file, no two with the same register and
     * request id
     * @return the rows that lost to a stored row from a later file
     */
    List<RowOutcome.Valid> merge(List<RowOutcome.Valid> rowsOfOneFile);

}
