package kr.sangsaeng.review.cli;

import java.io.PrintWriter;
import java.util.Map;
import kr.sangsaeng.review.service.RoundFiles;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Report a review file's (or a server round's) schema version, integrity and contents, without changing it.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE|URL", converter = RoundArgument.Converter.class,
            description = RoundArgument.DESCRIPTION)
    RoundArgument db;

    @Override
    public Integer call() throws Exception {
        RoundFiles.Health report = db.check();
        PrintWriter out = CommandOutput.messages(spec);
        out.println("file:           " + db.location());
        out.println("schema version: " + report.schemaVersion() + " (this app: " + report.supportedVersion() + ")");
        out.println("integrity:      " + (report.healthy() ? "ok" : "PROBLEMS FOUND"));
        report.problems().forEach(p -> out.println("  - " + p));
        for (Map.Entry<String, Integer> e : report.rowCounts().entrySet()) {
            spec.commandLine().getOut().printf("  %-16s %d%n", e.getKey(), e.getValue());
        }
        if (!report.healthy()) {
            spec.commandLine().getErr().println("error: " + db.name() + " is damaged: " + report.problems().get(0));
            return Cli.BAD_INPUT;
        }
        return Cli.OK;
    }
}
