package com.marketplace.sellerperformance.fbaonsite.assessment;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one {@code COPY … FROM STDIN (FORMAT csv)}: a null is an empty field, every other value
 * its text in quotes (PostgreSQL's CSV reads an empty quoted field as an empty string, not null).
 */
public final class CsvCopy {
    private final StringBuilder csv = new StringBuilder();
    private int rows;
    private boolean rowStarted;

    /** One more field of the current row. */
    public CsvCopy field(Object value) {
        if (rowStarted) {
            csv.append(',');
        }
        rowStarted = true;
        if (value != null) {
            String text = value.toString();
            csv.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    csv.append("\"\"");
                } else if (c != 0) { // PostgreSQL text holds no NUL
                    csv.append(c);
                }
            }
            csv.append('"');
        }
        return this;
    }

    /** One whole row: its fields in order. */
    public CsvCopy row(Object... values) {
        for (Object value : values) {
            field(value);
        }
        return endRow();
    }

    /** The statement copying rows into the table's columns, its table named {@code {h-schema}table}. */
    public static String into(String table, java.util.List<String> columns) {
        return "COPY {h-schema}" + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
    }

    public CsvCopy endRow() {
        csv.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Copies the rows with the given statement ({@code COPY table (columns) FROM STDIN (FORMAT csv)}) and empties this. */
    public void copy(Connection connection, String statement) throws SQLException {
        if (rows == 0) {
            return;
        }
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement);
        try {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        csv.setLength(0);
        rows = 0;
    }
}
