package kr.sangsaeng.review.service;

import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import kr.sangsaeng.review.store.DiskFullException;
import kr.sangsaeng.review.store.ReadOnlyStoreException;
import kr.sangsaeng.review.store.ReviewFileException;
import kr.sangsaeng.review.store.ReviewLockedException;
import kr.sangsaeng.review.store.ScoreOutOfScaleException;
import kr.sangsaeng.review.store.ServerException;
import kr.sangsaeng.review.store.StoreBusyException;
import kr.sangsaeng.review.store.StoreException;

/**
 * What went wrong, sorted into the kinds a user must be told apart, so that the views can say it
 * in their language without knowing the store's exceptions.
 *
 * @param kind     the kind
 * @param file     the file concerned, for the file kinds; else null
 * @param detail   the failure's own message (for the log-like kinds IO, STORE, OTHER)
 * @param versions the file's and this app's schema versions, for {@link Kind#FILE_NEWER}
 */
public record Failure(Kind kind, Path file, String detail, int[] versions, Throwable cause) {
    public enum Kind {
        FILE_NEWER, FILE_NOT_FOUND, FILE_EMPTY, FILE_NOT_SQLITE, FILE_NOT_REVIEW_FILE, FILE_DAMAGED, FILE_LOCKED, FILE_IO,
        REVIEW_LOCKED, DISK_FULL, READ_ONLY, BUSY, OUT_OF_SCALE,
        SERVER_LOGIN, SERVER_UNREACHABLE, SERVER_NO_DATABASE, SERVER_NOT_ROUND, SERVER_LOST, STORE, OTHER
    }

    public static Failure of(Throwable error) {
        Throwable e = unwrap(error);
        if (e instanceof ServerException se) {
            Kind k = switch (se.reason()) {
                case LOGIN_REFUSED -> Kind.SERVER_LOGIN;
                case UNREACHABLE -> Kind.SERVER_UNREACHABLE;
                case NO_DATABASE -> Kind.SERVER_NO_DATABASE;
                case NOT_A_ROUND -> Kind.SERVER_NOT_ROUND;
                case CONNECTION_LOST -> Kind.SERVER_LOST;
            };
            // detail: the server address (never a password), which the message names.
            return new Failure(k, null, se.server() == null ? "" : se.server(), new int[0], e);
        }
        if (e instanceof ReviewFileException rfe) {
            Kind k = switch (rfe.problem()) {
                case NEWER_VERSION -> Kind.FILE_NEWER;
                case NOT_FOUND -> Kind.FILE_NOT_FOUND;
                case EMPTY -> Kind.FILE_EMPTY;
                case NOT_SQLITE -> Kind.FILE_NOT_SQLITE;
                case NOT_REVIEW_FILE -> Kind.FILE_NOT_REVIEW_FILE;
                case DAMAGED -> Kind.FILE_DAMAGED;
                case LOCKED -> Kind.FILE_LOCKED;
                case IO -> Kind.FILE_IO;
            };
            return new Failure(k, rfe.file(), rfe.getMessage(), new int[] {rfe.fileVersion(), rfe.supportedVersion()}, e);
        }
        return new Failure(kindOf(e), null, e.getMessage(), new int[0], e);
    }

    private static Kind kindOf(Throwable e) {
        if (e instanceof ReviewLockedException) {
            return Kind.REVIEW_LOCKED;
        }
        if (e instanceof DiskFullException) {
            return Kind.DISK_FULL;
        }
        if (e instanceof ReadOnlyStoreException) {
            return Kind.READ_ONLY;
        }
        if (e instanceof StoreBusyException) {
            return Kind.BUSY;
        }
        if (e instanceof OutOfScaleException || e instanceof ScoreOutOfScaleException) {
            return Kind.OUT_OF_SCALE;
        }
        if (e instanceof StoreException) {
            return Kind.STORE;
        }
        return Kind.OTHER;
    }

    /** The failure without the wrappers executors put around it. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
