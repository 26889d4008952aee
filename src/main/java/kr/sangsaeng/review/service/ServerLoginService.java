package kr.sangsaeng.review.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.sangsaeng.review.model.Reviewer;
import kr.sangsaeng.review.store.ReviewStore;
import kr.sangsaeng.review.store.ServerRoles;

/**
 * The secretary's reviewer logins on a server round (docs/server-mode.md, "Roles enforced by the
 * server"): who signs in as whom, giving a reviewer a PostgreSQL login of their own and taking it
 * off. The login gets no password from the app: the database administrator sets one, and the
 * reviewer keeps it in PGPASSWORD or ~/.pgpass. The window and the command line both come here.
 */
public final class ServerLoginService {
    private final ReviewStore store;
    private final boolean secretary;

    /** {@code secretary}: the round is on a server and opened by its secretary, as found when it opened. */
    ServerLoginService(ReviewStore store, boolean secretary) {
        this.store = store;
        this.secretary = secretary;
    }

    /**
     * A reviewer of the round and the login they sign in with, "" when they have none; with the
     * login to offer them when they have none ({@link LoginSuggestion}), free on the round now.
     */
    public record ReviewerLogin(Reviewer reviewer, String login, String suggestion) {
        public boolean hasLogin() {
            return !login.isEmpty();
        }
    }

    /** A login the round cannot give or take off, and why; the message is the English sentence. */
    public static final class LoginRefusedException extends IllegalArgumentException {
        /** Why; {@link #login()} and {@link #reviewer()} fill the sentence. */
        public enum Reason { NOT_A_SERVER, NOT_SECRETARY, MALFORMED, NO_SUCH_REVIEWER, NOT_SIGNED_IN, TAKEN, HAS_LOGIN,
            SECRETARYS }

        private final Reason reason;
        private final String login;
        private final String reviewer;

        LoginRefusedException(Reason reason, String login, String reviewer) {
            super(english(reason, login, reviewer));
            this.reason = reason;
            this.login = login;
            this.reviewer = reviewer;
        }

        public Reason reason() {
            return reason;
        }

        public String login() {
            return login;
        }

        public String reviewer() {
            return reviewer;
        }

        // The command line shows these sentences and translates them with exchange/messages_ko.txt.
        private static String english(Reason reason, String login, String reviewer) {
            return switch (reason) {
                case NOT_A_SERVER -> "Logins exist only for a round on a server";
                case NOT_SECRETARY -> "Only the round's secretary (the owner of its database) gives and takes off logins";
                case MALFORMED -> "A login is lower-case letters, digits and _ (at most 63), not starting with a digit: "
                        + login;
                case NO_SUCH_REVIEWER -> "No reviewer '" + reviewer + "' in this round";
                case NOT_SIGNED_IN -> "No reviewer of this round signs in as " + login;
                case TAKEN -> "The login " + login + " already belongs to " + reviewer + " in this round";
                case HAS_LOGIN -> reviewer + " already signs in as " + login + "; take that login off first";
                case SECRETARYS -> login + " is the secretary's login and cannot be a reviewer's";
            };
        }
    }

    /** True on a server round opened by its secretary: only then are logins given and taken off. */
    public boolean canManage() {
        return secretary;
    }

    /** Whether {@code login} has the form of a login: lower-case letters, digits and _, not starting with a digit. */
    public static boolean isWellFormed(String login) {
        return ServerRoles.isWellFormed(login);
    }

    /** Every reviewer of the round in panel order, with their login, or the one to suggest. */
    public List<ReviewerLogin> reviewers() {
        Map<Long, String> logins = roles().logins();
        return store.reviewers().findAll().stream().map(r -> {
            String login = logins.getOrDefault(r.id(), "");
            return new ReviewerLogin(r, login, login.isEmpty() ? LoginSuggestion.of(r.name(), r.id(), logins.values()) : "");
        }).toList();
    }

    /**
     * Gives the reviewer named {@code reviewerName} the login {@code login}: creates it if the server
     * has no such role, lets it connect to this round, and maps it to the reviewer, so the server lets
     * it write only that reviewer's scores. Audited. Returns the reviewer.
     *
     * @throws LoginRefusedException when the login is malformed, the reviewer is not in the round,
     *         the login is another reviewer's or the secretary's, or the reviewer has a login already
     */
    public Reviewer give(Actor actor, String reviewerName, String login) {
        ServerRoles roles = secretaryRoles();
        String wanted = login == null ? "" : login.strip();
        if (!ServerRoles.isWellFormed(wanted)) {
            throw new LoginRefusedException(LoginRefusedException.Reason.MALFORMED, wanted, reviewerName);
        }
        Reviewer reviewer = named(reviewerName);
        if (wanted.equals(roles.ownerLogin()) || store.server().map(s -> s.user().equals(wanted)).orElse(false)) {
            throw new LoginRefusedException(LoginRefusedException.Reason.SECRETARYS, wanted, reviewer.name());
        }
        Map<Long, String> logins = roles.logins();
        Optional<Long> holder = roles.reviewerOf(wanted);
        if (holder.isPresent() && holder.get() != reviewer.id()) {
            throw new LoginRefusedException(LoginRefusedException.Reason.TAKEN, wanted, nameOf(holder.get()));
        }
        String own = logins.get(reviewer.id());
        if (own != null && !own.equals(wanted)) {
            throw new LoginRefusedException(LoginRefusedException.Reason.HAS_LOGIN, own, reviewer.name());
        }
        roles.addReviewer(reviewer.id(), wanted, actor.name());
        return reviewer;
    }

    /**
     * Takes {@code login} off the round: it can no longer connect to it, and no longer log in at all
     * when it sits on no other round of the server. Its audit rows stay. Returns the reviewer it was.
     *
     * @throws LoginRefusedException when no reviewer of the round signs in as {@code login}
     */
    public Reviewer takeOff(Actor actor, String login) {
        ServerRoles roles = secretaryRoles();
        String wanted = login == null ? "" : login.strip();
        long id;
        try {
            id = roles.removeReviewer(wanted, actor.name());
        } catch (IllegalArgumentException e) {
            throw new LoginRefusedException(LoginRefusedException.Reason.NOT_SIGNED_IN, wanted, "");
        }
        return store.reviewers().findAll().stream().filter(r -> r.id() == id).findFirst()
                .orElse(new Reviewer(id, wanted, ""));
    }

    private ServerRoles roles() {
        if (store.server().isEmpty()) {
            throw new LoginRefusedException(LoginRefusedException.Reason.NOT_A_SERVER, "", "");
        }
        return store.serverRoles();
    }

    private ServerRoles secretaryRoles() {
        ServerRoles roles = roles();
        if (!secretary) {
            throw new LoginRefusedException(LoginRefusedException.Reason.NOT_SECRETARY, "", "");
        }
        return roles;
    }

    /** The reviewer by name as the panel spells it; names are unique ignoring case (PanelService). */
    private Reviewer named(String name) {
        String wanted = name == null ? "" : name.strip();
        return store.reviewers().findAll().stream()
                .filter(r -> r.name().strip().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new LoginRefusedException(LoginRefusedException.Reason.NO_SUCH_REVIEWER, "", wanted));
    }

    private String nameOf(long reviewerId) {
        return store.reviewers().findAll().stream().filter(r -> r.id() == reviewerId).map(Reviewer::name)
                .findFirst().orElse("#" + reviewerId);
    }
}
