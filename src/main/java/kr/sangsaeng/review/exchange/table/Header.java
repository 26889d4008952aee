package kr.sangsaeng.review.exchange.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.sangsaeng.review.exchange.Problem;

/**
 * A file's header row resolved against a format's columns: where each known column is, which other
 * columns there are (a submissions file's metrics), and what is wrong with the header.
 */
public final class Header {
    private final TableRow row;
    /** By identity: columns are constants, and a record's hashCode would walk its alias list per cell. */
    private final Map<Column, Integer> known = new IdentityHashMap<>();
    private final List<Integer> others = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private Header(TableRow row) {
        this.row = row;
    }

    /**
     * @param othersAllowed whether columns the format does not name are kept (as {@link #others()})
     *                      or reported as unknown
     */
    public static Header resolve(TableRow row, List<Column> columns, boolean othersAllowed) {
        Header h = new Header(row);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.cell(i);
            if (name.isEmpty()) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(Column.normalize(name), i);
            if (earlier != null) {
                h.problems.add(new Problem(row.number(), i, name,
                        "the column \"" + name + "\" appears twice (also column " + ColumnLetters.of(earlier) + ")"));
                continue;
            }
            h.place(i, name, columns, othersAllowed);
        }
        for (Column c : columns) {
            if (c.required() && !h.known.containsKey(c)) {
                h.problems.add(new Problem(row.number(), -1, c.key(),
                        "the required column \"" + c.key() + "\" (" + c.korean() + ") is missing"));
            }
        }
        return h;
    }

    private void place(int index, String name, List<Column> columns, boolean othersAllowed) {
        for (Column c : columns) {
            if (c.matches(name)) {
                if (known.putIfAbsent(c, index) != null) {
                    problems.add(new Problem(row.number(), index, name, "the column \"" + c.key()
                            + "\" appears twice (also column " + ColumnLetters.of(known.get(c)) + ")"));
                }
                return;
            }
        }
        if (othersAllowed) {
            others.add(index);
        } else {
            String expected = columns.stream().map(Column::key).collect(Collectors.joining(", "));
            problems.add(new Problem(row.number(), index, name, "unknown column; expected " + expected));
        }
    }

    /** The index of a known column, or -1 when the file does not have it. */
    public int index(Column c) {
        return known.getOrDefault(c, -1);
    }

    public boolean has(Column c) {
        return known.containsKey(c);
    }

    /** The header as written in column {@code index}. */
    public String name(int index) {
        return row.cell(index);
    }

    /** Columns with a header the format does not name, in file order. */
    public List<Integer> others() {
        return List.copyOf(others);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public int rowNumber() {
        return row.number();
    }

    /** Problems for values in columns that have no header, which would otherwise be dropped silently. */
    public void checkUnnamed(TableRow r, List<Problem> out) {
        for (int i = 0; i < r.size(); i++) {
            if (!r.cell(i).isEmpty() && name(i).isEmpty()) {
                out.add(new Problem(r.number(), i, "", "a value in a column without a header"));
            }
        }
    }
}
