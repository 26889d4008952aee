package kr.sangsaeng.review.exchange.ballot;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kr.sangsaeng.review.analysis.ballot.Ballot;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads ranked ballots: a header {@code voter,1,2,3,…} and one row per committee member, the case
 * refs in preference order (docs/file-formats.md, "Ballots"). Every problem is collected with its
 * row so the chair fixes the file in one go.
 */
public final class BallotCsv {
    /** One problem: the CSV row (the header is row 1) and what is wrong with it. */
    public record RowProblem(long row, String reason) {
        @Override
        public String toString() {
            return "row " + row + ": " + reason;
        }
    }

    /** The file could not be used; {@code problems} says where and why. */
    public static final class BadBallotsException extends IllegalArgumentException {
        private final List<RowProblem> problems;

        public BadBallotsException(List<RowProblem> problems) {
            super(String.join("; ", problems.stream().map(RowProblem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    private BallotCsv() {
    }

    /** Reads and checks the ballots against the round's refs. */
    public static List<Ballot> read(Reader in, Set<String> knownRefs) throws IOException {
        List<RowProblem> problems = new ArrayList<>();
        List<Ballot> ballots = new ArrayList<>();
        Set<String> voters = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser p = CSVParser.parse(in, format)) {
            boolean header = true;
            for (CSVRecord r : p) {
                long row = p.getCurrentLineNumber();
                if (header) {
                    header = false;
                    String first = r.get(0).replace("\uFEFF", "").strip();
                    if (!first.equalsIgnoreCase("voter")) {
                        problems.add(new RowProblem(row, "the header starts with 'voter', then 1, 2, 3, …"));
                    }
                    continue;
                }
                ballot(r, row, knownRefs, voters, problems).ifPresent(ballots::add);
            }
        }
        if (problems.isEmpty() && ballots.isEmpty()) {
            problems.add(new RowProblem(1, "the file holds no ballot"));
        }
        if (!problems.isEmpty()) {
            throw new BadBallotsException(problems);
        }
        return ballots;
    }

    private static java.util.Optional<Ballot> ballot(CSVRecord r, long row, Set<String> knownRefs, Set<String> voters,
                                                     List<RowProblem> problems) {
        String voter = r.get(0).strip();
        int before = problems.size();
        if (voter.isEmpty()) {
            problems.add(new RowProblem(row, "the voter is empty"));
        } else if (!voters.add(voter)) {
            problems.add(new RowProblem(row, "'" + voter + "' has a ballot already"));
        }
        List<String> order = new ArrayList<>();
        boolean gap = false;
        for (int i = 1; i < r.size(); i++) {
            String ref = r.get(i).strip();
            if (ref.isEmpty()) {
                gap = true;
                continue;
            }
            if (gap) {
                problems.add(new RowProblem(row, "place " + i + " follows an empty place"));
            } else if (!knownRefs.contains(ref)) {
                problems.add(new RowProblem(row, "there is no case '" + ref + "' in this round"));
            } else if (order.contains(ref)) {
                problems.add(new RowProblem(row, "'" + ref + "' is ranked twice"));
            }
            order.add(ref);
        }
        if (order.isEmpty()) {
            problems.add(new RowProblem(row, "the ballot ranks no case"));
        }
        return problems.size() == before ? java.util.Optional.of(new Ballot(voter, order)) : java.util.Optional.empty();
    }
}
