package kr.sangsaeng.review.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * Scores held as columns of primitives rather than one object each, without their timestamps
 * ({@link Score#updatedAt()} is null). A large round has a million scores: as objects they are
 * copied by every garbage collection while the round loads, as four arrays they are not. Reading
 * an element makes a {@link Score}; the list cannot be changed.
 */
public final class ScoreColumns extends AbstractList<Score> implements RandomAccess {
    private final long[] reviewer;
    private final long[] submission;
    private final long[] criterion;
    private final double[] value;
    private final int size;

    /** Keeps the builder's arrays, spare room and all: trimming would copy 32 bytes per score again. */
    private ScoreColumns(long[] reviewer, long[] submission, long[] criterion, double[] value, int size) {
        this.reviewer = reviewer;
        this.submission = submission;
        this.criterion = criterion;
        this.value = value;
        this.size = size;
    }

    @Override
    public Score get(int i) {
        java.util.Objects.checkIndex(i, size);
        return new Score(reviewer[i], submission[i], criterion[i], value[i], null);
    }

    @Override
    public int size() {
        return size;
    }

    /** Hands every score to {@code visitor} as plain numbers, without making a {@link Score} for each. */
    public void forEachValue(ValueVisitor visitor) {
        for (int i = 0; i < size; i++) {
            visitor.visit(reviewer[i], submission[i], criterion[i], value[i]);
        }
    }

    /** Receives one score's ids and value. */
    @FunctionalInterface
    public interface ValueVisitor {
        void visit(long reviewerId, long submissionId, long criterionId, double value);
    }

    /** Collects scores one at a time; not thread-safe. */
    public static final class Builder {
        private long[] reviewer = new long[1024];
        private long[] submission = new long[1024];
        private long[] criterion = new long[1024];
        private double[] value = new double[1024];
        private int size;

        public void add(long reviewerId, long submissionId, long criterionId, double score) {
            if (size == value.length) {
                int capacity = Math.addExact(size, size >> 1);
                reviewer = Arrays.copyOf(reviewer, capacity);
                submission = Arrays.copyOf(submission, capacity);
                criterion = Arrays.copyOf(criterion, capacity);
                value = Arrays.copyOf(value, capacity);
            }
            reviewer[size] = reviewerId;
            submission[size] = submissionId;
            criterion[size] = criterionId;
            value[size] = score;
            size++;
        }

        /** Adds every score another builder collected (a part of the same read). */
        public void addAll(Builder other) {
            int total = Math.addExact(size, other.size);
            if (total > value.length) {
                reviewer = Arrays.copyOf(reviewer, total);
                submission = Arrays.copyOf(submission, total);
                criterion = Arrays.copyOf(criterion, total);
                value = Arrays.copyOf(value, total);
            }
            System.arraycopy(other.reviewer, 0, reviewer, size, other.size);
            System.arraycopy(other.submission, 0, submission, size, other.size);
            System.arraycopy(other.criterion, 0, criterion, size, other.size);
            System.arraycopy(other.value, 0, value, size, other.size);
            size = total;
        }

        /** The scores added so far; the builder must not be used afterwards. */
        public ScoreColumns build() {
            return new ScoreColumns(reviewer, submission, criterion, value, size);
        }
    }
}
