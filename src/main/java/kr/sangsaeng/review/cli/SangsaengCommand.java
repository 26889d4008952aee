package kr.sangsaeng.review.cli;

import java.util.List;
import kr.sangsaeng.review.AppVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top-level command: with no arguments the launcher opens the GUI instead. Its commands are added
 * in code rather than listed in the annotation, so that a run builds only the command it runs: picocli
 * builds each command's model by reflection when it is added, and building all of them took a good part
 * of every command's start.
 */
// Inherited, so `--help` after any command lists that command's options, as docs/command-line.md says.
@Command(name = "sangsaeng-review", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT,
        versionProvider = SangsaengCommand.Version.class,
        description = "Review file tools for the online platform – small merchant partnership award.")
public final class SangsaengCommand {
    /** Every command's name, in the order {@code --help} lists them. */
    static final List<String> COMMANDS = List.of("init", "demo", "import", "export", "check", "generate", "rank",
            "agreement", "stability", "rule", "decide", "documents", "publish", "archive", "server", "ballot",
            "pledge", "conflicts", "notes");

    /**
     * The command line for {@code args}: with only the command they start with when that is one of
     * ours, else with every command (for {@code --help}, {@code --version}, and an unknown command,
     * whose message suggests the nearest names).
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new SangsaengCommand());
        Object named = args.length > 0 ? command(args[0]) : null;
        if (named != null) {
            cl.addSubcommand(named);
        } else {
            COMMANDS.forEach(name -> cl.addSubcommand(command(name)));
        }
        return cl;
    }

    /** A new instance of the named command; null when no command has that name. */
    static Object command(String name) {
        return switch (name) {
            case "init" -> new InitCommand();
            case "demo" -> new DemoCommand();
            case "import" -> new ImportCommand();
            case "export" -> new ExportCommand();
            case "check" -> new CheckCommand();
            case "generate" -> new GenerateCommand();
            case "rank" -> new RankCommand();
            case "agreement" -> new AgreementCommand();
            case "stability" -> new StabilityCommand();
            case "rule" -> new RuleCommand();
            case "decide" -> new DecideCommand();
            case "documents" -> new DocumentsCommand();
            case "publish" -> new PublishCommand();
            case "archive" -> new ArchiveCommand();
            case "server" -> new ServerCommand();
            case "ballot" -> new BallotCommand();
            case "pledge" -> new PledgeCommand();
            case "conflicts" -> new ConflictsCommand();
            case "notes" -> new NotesCommand();
            default -> null;
        };
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sangsaeng Review " + AppVersion.get()};
        }
    }
}
