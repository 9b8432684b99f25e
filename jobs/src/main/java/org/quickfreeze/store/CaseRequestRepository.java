package org.quickfreeze.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored requests: one per register and request id. */
@Repository
public class CaseRequestRepository {

    private static final String COLUMNS = "register, request_id, party, direction, request_type, counterpart, "
            + "requested_on, acknowledged_on, executed_on, status, preserved_until, extended_until, follows_up, "
            + "case_reference, offence, data_types, channel, closed_on, instrument, addressee, emergency, notified_on, "
            + "refusal_ground";

    private static final int FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;

    public CaseRequestRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Streams the requests requested on or before D; the rest have not happened yet. */
    public void forEachRequestedBy(LocalDate asOf, Consumer<CaseRequest> consumer) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            boolean h2 = connection.getMetaData().getDatabaseProductName().equals("H2");
            // H2 copies a large result into a temporary store before handing out its
            // first row (a third of the
            // audit's time at a million requests) unless the session executes queries
            // lazily
            if (h2) {
                lazyQueries(connection, true);
            }
            try (PreparedStatement scan = connection.prepareStatement("SELECT " + COLUMNS + " FROM case_request")) {
                scan.setFetchSize(FETCH_SIZE);
                RequestMapper mapper = new RequestMapper();
                // a full scan: every stored request is read, and the few after D are left
                // out here
                try (ResultSet rs = scan.executeQuery()) {
                    while (rs.next()) {
                        CaseRequest request = mapper.map(rs);
                        if (!request.requestedOn().isAfter(asOf)) {
                            consumer.accept(request);
                        }
                    }
                }
            }
            finally {
                if (h2) {
                    lazyQueries(connection, false);
                }
            }
            return null;
        });
    }

    private static void lazyQueries(Connection connection, boolean lazy) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LAZY_QUERY_EXECUTION " + lazy);
        }
    }

    public @Nullable CaseRequest find(RequestKey key) {
        return jdbc
            .query("SELECT " + COLUMNS + " FROM case_request WHERE register = ? AND request_id = ?",
                    (rs, n) -> new RequestMapper().map(rs), key.register(), key.requestId())
            .stream()
            .findFirst()
            .orElse(null);
    }

    public long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM case_request", Long.class);
    }

    /** Maps rows to requests, sharing the values that repeat from row to row. */
    private static final class RequestMapper {

        private final SharedValues shared = new SharedValues();

        /**
         * Reads the columns of {@link #COLUMNS} by position: a lookup by name per cell is
         * a cost at a million rows.
         */
        CaseRequest map(ResultSet rs) throws SQLException {
            return new CaseRequest(text(rs, 1), rs.getString(2), text(rs, 3), Direction.valueOf(rs.getString(4)),
                    RequestType.valueOf(rs.getString(5)), text(rs, 6), date(rs, 7), date(rs, 8), date(rs, 9),
                    RequestStatus.valueOf(rs.getString(10)), date(rs, 11), date(rs, 12), rs.getString(13),
                    rs.getString(14), text(rs, 15), dataTypes(rs.getString(16)), text(rs, 17), date(rs, 18),
                    Instrument.valueOf(rs.getString(19)), text(rs, 20), text(rs, 21), date(rs, 22), text(rs, 23));
        }

        private String text(ResultSet rs, int column) throws SQLException {
            return shared.share(rs.getString(column));
        }

        private Set<String> dataTypes(String cell) {
            if (cell == null) {
                return Set.of();
            }
            // the order of the data types is kept as the register gave it
            Set<String> types = Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(cell.split("\\|"))));
            return shared.share(types);
        }

        /**
         * A DATE as a LocalDate straight from the driver, without java.sql.Date and its
         * time zone arithmetic.
         */
        private LocalDate date(ResultSet rs, int column) throws SQLException {
            return shared.share(rs.getObject(column, LocalDate.class));
        }

    }

}
