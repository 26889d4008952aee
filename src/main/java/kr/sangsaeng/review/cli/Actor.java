package kr.sangsaeng.review.cli;

/** Who a command's change is recorded under in the audit log: {@code --as}, else the login name. */
final class Actor {
    private Actor() {
    }

    static String of(String given) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String login = System.getProperty("user.name", "");
        return login.isBlank() ? "command line" : login;
    }
}
