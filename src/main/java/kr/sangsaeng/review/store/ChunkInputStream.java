package kr.sangsaeng.review.store;

import java.io.InputStream;
import java.util.Optional;
import java.util.function.IntFunction;

/** A stream over numbered chunks fetched one at a time, so at most one chunk is held. */
final class ChunkInputStream extends InputStream {
    private final IntFunction<Optional<byte[]>> chunks;
    private byte[] current = new byte[0];
    private int pos;
    private int nextSeq;
    private boolean done;

    ChunkInputStream(IntFunction<Optional<byte[]>> chunks) {
        this.chunks = chunks;
    }

    private boolean fill() {
        while (!done && pos >= current.length) {
            Optional<byte[]> next = chunks.apply(nextSeq++);
            if (next.isEmpty()) {
                done = true;
            } else {
                current = next.get();
                pos = 0;
            }
        }
        return pos < current.length;
    }

    @Override
    public int read() {
        return fill() ? current[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
