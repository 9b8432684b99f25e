package org.quickfreeze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.message.DbException;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The one sentence of a database failure points at what to check. A file of the embedded
 * database that ends too early (a full disk cut a write short) is a matter of its files,
 * and the sentence says which file; a lost connection to a server stays one of the URL.
 */
class FailuresTest {

    @TempDir
    Path home;

    @Test
    void embeddedDatabaseFileEndingTooEarlyIsToldAsItsFilesWithWhereItEnded() throws Exception {
        Path shortFile = Files.write(home.resolve("quickfreeze.mv.db"), new byte[10]);
        SQLException cutShort;
        try (FileChannel file = FileChannel.open(shortFile)) {
            cutShort = readPastTheEnd(file);
        }
        assertThat((Throwable) cutShort).hasRootCauseInstanceOf(EOFException.class);

        String sentence = Failures.sentence(new DataAccessResourceFailureException("chunk not written", cutShort));

        assertThat(sentence).startsWith("the database cannot use its files: Reading from file ")
            .contains("failed at 100 (length 10)")
            .doesNotContain("EOFException");
    }

    @Test
    void connectionLostToTheServerStillPointsAtTheUrl() {
        PSQLException lost = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new EOFException());

        String sentence = Failures.sentence(new DataAccessResourceFailureException("chunk not written", lost));

        assertThat(sentence).isEqualTo("the database cannot be used (check spring.datasource.url): "
                + "An I/O error occurred while sending to the backend.");
    }

    /** H2's own read, as its store does it, past the end of the file. */
    private static SQLException readPastTheEnd(FileChannel file) {
        try {
            DataUtils.readFully(file, 100, ByteBuffer.allocate(16));
            throw new AssertionError("read past the end of the file");
        }
        catch (RuntimeException ex) {
            return DbException.toSQLException(ex);
        }
    }

}
