package kr.sangsaeng.review.store;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * PostgreSQL's binary COPY format, the part publish and archive use (docs/server-mode.md, "Publish
 * and archive"): a signature, then per row a field count and each field as a length and its bytes
 * (-1 for NULL), then -1. Values travel as the server stores them (UTF-8 text, IEEE 754 doubles, raw
 * bytea), so nothing needs escaping and every double comes back bit for bit.
 */
final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    /** The column types a round's tables use on the server (migrations/postgresql). */
    enum Type {
        INT4, INT8, FLOAT8, TEXT, BYTEA;

        /** The type named by the server's result metadata ({@code ResultSetMetaData.getColumnTypeName}). */
        static Type of(String serverName) throws SQLException {
            return switch (serverName) {
                case "int4", "serial" -> INT4;
                case "int8", "bigserial" -> INT8;
                case "float8" -> FLOAT8;
                case "text" -> TEXT;
                case "bytea" -> BYTEA;
                default -> throw new SQLException("a round's table has a column of type " + serverName
                        + ", which publish and archive do not copy");
            };
        }
    }

    private BinaryCopy() {
    }

    /** Writes rows into a {@code COPY … FROM STDIN (FORMAT binary)}, sent in pieces of about 256 KB. */
    static final class Writer {
        private static final int FLUSH_AT = 256 << 10;
        private final CopyIn copy;
        private byte[] buf = new byte[FLUSH_AT + 1024];
        private int len;

        Writer(CopyIn copy) throws SQLException {
            this.copy = copy;
            put(SIGNATURE, 0, SIGNATURE.length);
            putInt(0); // flags: no OIDs
            putInt(0); // no header extension
        }

        void startRow(int fields) throws SQLException {
            if (len >= FLUSH_AT) {
                flush();
            }
            putShort(fields);
        }

        void writeNull() {
            putInt(-1);
        }

        void writeInt(int v) {
            putInt(4);
            putInt(v);
        }

        void writeLong(long v) {
            putInt(8);
            putLong(v);
        }

        void writeDouble(double v) {
            putInt(8);
            putLong(Double.doubleToRawLongBits(v));
        }

        void writeText(String v) throws SQLException {
            writeBytes(v.getBytes(StandardCharsets.UTF_8));
        }

        void writeBytes(byte[] v) throws SQLException {
            putInt(v.length);
            if (v.length > FLUSH_AT) {
                flush();
                copy.writeToCopy(v, 0, v.length);
            } else {
                put(v, 0, v.length);
            }
        }

        /** Sends the trailer and ends the copy; the server's checks of the last rows report here. */
        long finish() throws SQLException {
            putShort(-1);
            flush();
            return copy.endCopy();
        }

        /** Abandons the copy after a failure on this side, so the connection can roll back. */
        void cancel() {
            try {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException ignored) {
                // The transaction is rolled back (or the connection is gone) either way.
            }
        }

        private void flush() throws SQLException {
            if (len > 0) {
                copy.writeToCopy(buf, 0, len);
                len = 0;
            }
        }

        private void ensure(int n) {
            if (len + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
            }
        }

        private void put(byte[] b, int off, int n) {
            ensure(n);
            System.arraycopy(b, off, buf, len, n);
            len += n;
        }

        private void putShort(int v) {
            ensure(2);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        private void putInt(int v) {
            ensure(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        private void putLong(long v) {
            putInt((int) (v >>> 32));
            putInt((int) v);
        }
    }

    /** Reads the rows of a {@code COPY (…) TO STDOUT (FORMAT binary)}, across the messages they arrive in. */
    static final class Reader {
        private final CopyOut copy;
        private byte[] buf = new byte[0];
        private int pos;
        private boolean ended;

        Reader(CopyOut copy) throws SQLException {
            this.copy = copy;
            byte[] signature = take(SIGNATURE.length);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new SQLException("the server's copy did not start with the binary COPY signature");
            }
            readInt(); // flags
            int extension = readInt();
            take(extension);
        }

        /** The next row's field count, or -1 after the last row. */
        int nextRow() throws SQLException {
            if (ended) {
                return -1;
            }
            int fields = readShort();
            if (fields < 0) {
                ended = true;
                while (copy.readFromCopy() != null) {
                    // Drains the end of the copy so the connection is ready for the next statement.
                }
            }
            return fields;
        }

        /** The next field's bytes, or null for NULL. */
        byte[] field() throws SQLException {
            int n = readInt();
            return n < 0 ? null : take(n);
        }

        static int int4(byte[] b) {
            return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
        }

        static long int8(byte[] b) {
            long hi = int4(b) & 0xffffffffL;
            long lo = ((b[4] & 0xff) << 24 | (b[5] & 0xff) << 16 | (b[6] & 0xff) << 8 | b[7] & 0xff) & 0xffffffffL;
            return hi << 32 | lo;
        }

        static String text(byte[] b) {
            return new String(b, StandardCharsets.UTF_8);
        }

        private int readShort() throws SQLException {
            fill(2);
            int v = (short) ((buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff);
            pos += 2;
            return v;
        }

        private int readInt() throws SQLException {
            fill(4);
            int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
            pos += 4;
            return v;
        }

        private byte[] take(int n) throws SQLException {
            fill(n);
            byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
            pos += n;
            return out;
        }

        /** Makes at least {@code n} unread bytes available, joining the server's messages as needed. */
        private void fill(int n) throws SQLException {
            while (buf.length - pos < n) {
                byte[] next = copy.readFromCopy();
                if (next == null) {
                    throw new SQLException("the server's copy ended in the middle of a row");
                }
                int left = buf.length - pos;
                if (left == 0) {
                    buf = next;
                    pos = 0;
                    continue;
                }
                byte[] joined = new byte[left + next.length];
                System.arraycopy(buf, pos, joined, 0, left);
                System.arraycopy(next, 0, joined, left, next.length);
                buf = joined;
                pos = 0;
            }
        }
    }
}
