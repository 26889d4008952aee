package kr.sangsaeng.review.cli;

import kr.sangsaeng.review.store.ServerAddress;

/** Reads a server address from the command line, turning a malformed one into a plain input error. */
final class ServerArguments {
    private ServerArguments() {
    }

    static ServerAddress address(String text) {
        try {
            return ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
