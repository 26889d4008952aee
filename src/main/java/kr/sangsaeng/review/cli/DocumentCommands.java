package kr.sangsaeng.review.cli;

import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Routes {@code import documents …} and {@code export documents …} to their own commands. They take
 * files and folders rather than one table file, so they are separate commands instead of further
 * kinds of {@code import} and {@code export}, whose required KIND and FILE parameters picocli would
 * otherwise demand before a subcommand.
 */
final class DocumentCommands {
    private DocumentCommands() {
    }

    /** The command line and the arguments left for it, when {@code args} name a documents command. */
    static Optional<Routed> route(String[] args) {
        if (args.length < 2 || !args[1].equals("documents")) {
            return Optional.empty();
        }
        Object command = switch (args[0]) {
            case "import" -> new ImportDocumentsCommand();
            case "export" -> new ExportDocumentsCommand();
            default -> null;
        };
        if (command == null) {
            return Optional.empty();
        }
        CommandLine cl = new CommandLine(command);
        cl.setCommandName("sangsaeng-review " + args[0] + " documents");
        return Optional.of(new Routed(cl, Arrays.copyOfRange(args, 2, args.length)));
    }

    record Routed(CommandLine commandLine, String[] args) {
    }
}
