package kr.sangsaeng.review.service;

import java.util.Objects;
import kr.sangsaeng.review.model.Reviewer;

/**
 * Who makes a change, as the audit log records it. The app has no log-in: a reviewer scoring is
 * recorded by name, every other change by the role that makes it.
 */
public record Actor(String name) {
    /** The committee secretary: rubric and panel edits, reopening a finalised sheet, imports. */
    public static final Actor SECRETARY = new Actor("secretary");
    /** A script or person at the command line. */
    public static final Actor COMMAND_LINE = new Actor("command line");

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name");
        }
    }

    /** A reviewer acting on their own scores. */
    public static Actor reviewer(Reviewer r) {
        return new Actor(r.name());
    }
}
