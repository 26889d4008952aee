package kr.sangsaeng.review.cli;

import kr.sangsaeng.review.service.Actor;

/** Who a command's change is recorded under in the audit log: {@code --as NAME}, else "command line". */
final class CommandActor {
    private CommandActor() {
    }

    static Actor of(String given) {
        return given == null || given.isBlank() ? Actor.COMMAND_LINE : new Actor(given.strip());
    }
}
