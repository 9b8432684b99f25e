package org.quickfreeze.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The register of input files: what each run read, and what came of it. */
@Repository
public class SourceFileRepository {

    private static final String COLUMNS = "id, path, name, size_bytes, sha256, modified_at, status, reason, delimiter, "
            + "default_register, default_party, unknown_columns, mapping, workbook, rows_read, rows_loaded, rows_rejected, "
            + "rows_empty, loaded_at, same_as_file_id";

    private final JdbcTemplate jdbc;

    public SourceFileRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long register(long jobInstanceId, SourceFile f) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("INSERT INTO source_file (job_instance_id, path, name, size_bytes, sha256, "
                    + "modified_at, status, reason, delimiter, default_register, default_party, unknown_columns, mapping, "
                    + "workbook, rows_read, rows_loaded, rows_rejected, rows_empty, same_as_file_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
            ps.setLong(1, jobInstanceId);
            ps.setString(2, f.path().toString());
            ps.setString(3, f.name());
            ps.setLong(4, f.size());
            ps.setString(5, f.sha256());
            ps.setTimestamp(6, Timestamp.valueOf(f.modifiedAt()));
            ps.setString(7, f.status().name());
            ps.setString(8, f.reason());
            ps.setString(9, f.delimiter() == null ? null : f.delimiter().toString());
            ps.setString(10, f.defaultRegister());
            ps.setString(11, f.defaultParty());
            ps.setString(12, f.unknownColumns().isEmpty() ? null : String.join("\n", f.unknownColumns()));
            ps.setString(13, f.mapping());
            ps.setBoolean(14, f.workbook());
            ps.setLong(15, f.rowsRead());
            ps.setLong(16, f.rowsLoaded());
            ps.setLong(17, f.rowsRejected());
            ps.setLong(18, f.rowsEmpty());
            if (f.sameAsFileId() == null) {
                ps.setNull(19, Types.BIGINT);
            }
            else {
                ps.setLong(19, f.sameAsFileId());
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The files of a run in load order: modification time, then name. */
    public List<SourceFile> ofRun(long jobInstanceId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM source_file WHERE job_instance_id = ? " + "ORDER BY modified_at, name, id",
                SourceFileRepository::map, jobInstanceId);
    }

    public Optional<SourceFile> loadedWithContent(String sha256) {
        return jdbc
            .query("SELECT " + COLUMNS + " FROM source_file WHERE sha256 = ? AND status = 'LOADED' " + "ORDER BY id",
                    SourceFileRepository::map, sha256)
            .stream()
            .findFirst();
    }

    public void countRows(long fileId, long read, long loaded, long rejected, long empty) {
        jdbc.update(
                "UPDATE source_file SET rows_read = rows_read + ?, rows_loaded = rows_loaded + ?, "
                        + "rows_rejected = rows_rejected + ?, rows_empty = rows_empty + ? WHERE id = ?",
                read, loaded, rejected, empty, fileId);
    }

    /**
     * Whether the store still holds what was counted of a file read up to a record: the
     * count of records read agrees, every row counted loaded is stored or noted
     * superseded, and every reject is kept. A database that failed in the middle of a
     * write can come back without rows it had acknowledged, so a restart looks before it
     * reads on.
     */
    public boolean holdsWhatWasCounted(SourceFile file, long recordsRead) {
        long held = jdbc.queryForObject(
                "SELECT (SELECT COUNT(*) FROM case_request WHERE source_file_id = ?) "
                        + "+ (SELECT COUNT(*) FROM superseded_row WHERE file_id = ?)",
                Long.class, file.id(), file.id());
        long rejects = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE file_id = ?", Long.class,
                file.id());
        return file.rowsRead() == recordsRead && held == file.rowsLoaded() && rejects == file.rowsRejected();
    }

    /**
     * Removes what was stored and counted of a file, so that it is read again from its
     * first record. Rows of the file that had replaced rows of an older export replace
     * them again when it is read, as the later file.
     */
    public SourceFile forgetRows(SourceFile file) {
        jdbc.update("DELETE FROM case_request WHERE source_file_id = ?", file.id());
        jdbc.update("DELETE FROM superseded_row WHERE file_id = ?", file.id());
        jdbc.update("DELETE FROM rejected_row WHERE file_id = ?", file.id());
        jdbc.update("UPDATE source_file SET rows_read = 0, rows_loaded = 0, rows_rejected = 0, rows_empty = 0 "
                + "WHERE id = ?", file.id());
        return file.withoutRows();
    }

    public void markLoaded(long fileId, LocalDateTime at) {
        jdbc.update("UPDATE source_file SET status = 'LOADED', loaded_at = ? WHERE id = ?", Timestamp.valueOf(at),
                fileId);
    }

    private static SourceFile map(ResultSet rs, int row) throws SQLException {
        String delimiter = rs.getString("delimiter");
        String unknown = rs.getString("unknown_columns");
        return new SourceFile(rs.getLong("id"), Path.of(rs.getString("path")), rs.getString("name"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("modified_at").toLocalDateTime(),
                SourceFile.Status.valueOf(rs.getString("status")), rs.getString("reason"),
                delimiter == null ? null : delimiter.charAt(0), rs.getString("default_register"),
                rs.getString("default_party"), unknown == null ? List.of() : Arrays.asList(unknown.split("\n")),
                rs.getString("mapping"), rs.getBoolean("workbook"), rs.getLong("rows_read"), rs.getLong("rows_loaded"),
                rs.getLong("rows_rejected"), rs.getLong("rows_empty"),
                rs.getTimestamp("loaded_at") == null ? null : rs.getTimestamp("loaded_at").toLocalDateTime(),
                rs.getObject("same_as_file_id") == null ? null : rs.getLong("same_as_file_id"));
    }

}
