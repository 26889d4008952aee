package kr.sangsaeng.review.cli;

import kr.sangsaeng.review.AppVersion;
import picocli.CommandLine.Command;

/** The top-level command: with no arguments the launcher opens the GUI instead. */
// Inherited, so `--help` after any command lists that command's options, as docs/command-line.md says.
@Command(name = "sangsaeng-review", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT,
        versionProvider = SangsaengCommand.Version.class,
        description = "Review file tools for the online platform – small merchant partnership award.",
        subcommands = {InitCommand.class, DemoCommand.class, ImportCommand.class, ExportCommand.class, CheckCommand.class,
                GenerateCommand.class, RankCommand.class, AgreementCommand.class, StabilityCommand.class,
                RuleCommand.class, DecideCommand.class, DocumentsCommand.class, PublishCommand.class,
                ArchiveCommand.class, ServerCommand.class, BallotCommand.class, PledgeCommand.class,
                ConflictsCommand.class, NotesCommand.class})
public final class SangsaengCommand {
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sangsaeng Review " + AppVersion.get()};
        }
    }
}
