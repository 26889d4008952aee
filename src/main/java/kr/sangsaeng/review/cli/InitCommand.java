package kr.sangsaeng.review.cli;

import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import kr.sangsaeng.review.model.Round;
import kr.sangsaeng.review.service.OpenRound;
import kr.sangsaeng.review.service.RoundFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Create a new, empty review file.")
final class InitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, description = "The review file to create.")
    Path db;

    @Option(names = "--name", description = "The round's name.", defaultValue = "")
    String name;

    @Option(names = "--year", description = "The round's year (default: this year).")
    Integer year;

    @Override
    public Integer call() throws Exception {
        int y = year == null ? Year.now().getValue() : year;
        String n = name.isBlank() ? "Award round " + y : name;
        try (OpenRound store = RoundFiles.create(db, new Round(n, y, "", false), false)) {
            CommandOutput.messages(spec).println("created " + store.file() + " (" + n + ")");
        }
        return Cli.OK;
    }
}
