package com.marketplace.sellerperformance.fbaonsite.runs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The right to work on one run: a PostgreSQL session lock held on a connection of its own. Whoever
 * holds it stages or decides the run's lines; when the holder dies its connection drops and the lock
 * goes with it, so another process may take the run over at once, with no lease to wait out.
 */
public final class RunClaim implements AutoCloseable {
    private static final int RUN_LOCKS = 7401;

    private final UUID runId;
    private final Connection connection;

    private RunClaim(UUID runId, Connection connection) {
        this.runId = runId;
        this.connection = connection;
    }

    /** The claim on the run, or null when another process holds it. */
    public static RunClaim tryTake(DataSource dataSource, UUID runId) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?, hashtext(?))")) {
            lock.setInt(1, RUN_LOCKS);
            lock.setString(2, runId.toString());
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                if (result.getBoolean(1)) {
                    return new RunClaim(runId, connection);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return null;
    }

    public UUID runId() {
        return runId;
    }

    @Override
    public void close() {
        try (connection; PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?, hashtext(?))")) {
            unlock.setInt(1, RUN_LOCKS);
            unlock.setString(2, runId.toString());
            unlock.execute();
        } catch (SQLException e) {
            // the lock ends with the session anyway
        }
    }
}
