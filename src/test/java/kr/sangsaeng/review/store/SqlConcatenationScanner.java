package kr.sangsaeng.review.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds SQL built from non-constant values in Java source: a {@code +} chain that contains SQL
 * text (a literal with SQL keywords, or a {@code static final String} constant holding one) and
 * any operand that is neither a literal nor such a constant nor allow-listed; and SQL literals fed
 * to {@code formatted}, {@code String.format} or {@code StringBuilder.append}. A deliberately
 * small lexer, enough for the store's code: comments, literals, text blocks, identifiers.
 */
final class SqlConcatenationScanner {
    /** Upper-case SQL keywords: our SQL is written in capitals, our messages are sentences. */
    private static final Pattern SQL = Pattern.compile(
            "\\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|PRAGMA|VALUES|ORDER BY|JOIN|SET|AND|OR|LIKE|CREATE|DROP|ALTER)\\b");
    private static final Pattern TOKEN = Pattern.compile(
            "(?s)(?<skip>\\s+|//[^\\n]*|/\\*.*?\\*/)|(?<str>\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\")|(?<chr>'(?:\\\\.|[^'\\\\])*')"
                    + "|(?<id>[A-Za-z_$][A-Za-z0-9_$]*)|(?<num>\\d[\\w.]*)|(?<op>\\+\\+|\\+=|.)");

    private record Token(String kind, String text) {
    }

    private record Operand(int start, int end) {
    }

    private final List<Token> tokens = new ArrayList<>();
    private final Map<String, Boolean> constants = new HashMap<>();
    private final Set<String> allowed;

    private SqlConcatenationScanner(String source, Set<String> allowed) {
        this.allowed = allowed;
        Matcher m = TOKEN.matcher(source);
        while (m.find()) {
            for (String kind : List.of("str", "chr", "id", "num", "op")) {
                if (m.group(kind) != null) {
                    tokens.add(new Token(kind, m.group(kind)));
                }
            }
        }
        findConstants();
    }

    /** The offending expressions in {@code source}; {@code allowed} names values that may be concatenated. */
    static List<String> violations(String source, Set<String> allowed) {
        return new SqlConcatenationScanner(source, allowed).scan();
    }

    /** {@code static final TYPE NAME = literal [+ literal]...;} - and whether the value is SQL. */
    private void findConstants() {
        for (int i = 0; i + 4 < tokens.size(); i++) {
            if (is(i, "static") && is(i + 1, "final") && is(i + 4, "=") && tokens.get(i + 3).kind().equals("id")) {
                StringBuilder value = new StringBuilder();
                for (int j = i + 5; j < tokens.size() && !is(j, ";"); j++) {
                    value.append(tokens.get(j).text());
                }
                constants.put(tokens.get(i + 3).text(), SQL.matcher(value).find());
            }
        }
    }

    private List<String> scan() {
        Map<Operand, Set<Operand>> chainOf = new HashMap<>();
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (is(i, "+") && endsOperand(i - 1)) {
                Set<Operand> a = chainOf.computeIfAbsent(leftOperand(i - 1), o -> new LinkedHashSet<>(List.of(o)));
                Set<Operand> b = chainOf.computeIfAbsent(rightOperand(i + 1), o -> new LinkedHashSet<>(List.of(o)));
                if (a != b) {
                    a.addAll(b);
                    b.forEach(o -> chainOf.put(o, a));
                }
            }
        }
        Set<Set<Operand>> chains = Collections.newSetFromMap(new IdentityHashMap<>());
        chains.addAll(chainOf.values());
        List<String> found = new ArrayList<>();
        for (Set<Operand> chain : chains) {
            if (chain.stream().anyMatch(this::isSql) && !chain.stream().allMatch(this::isSafe)) {
                found.add(describe(chain));
            }
        }
        found.addAll(formattedSql());
        return found;
    }

    private List<String> formattedSql() {
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean formatted = isSqlLiteral(i) && is(i + 1, ".") && is(i + 2, "formatted");
            boolean format = (is(i, "format") || is(i, "append")) && is(i + 1, "(") && isSqlLiteral(i + 2);
            if (formatted || format) {
                found.add("SQL filled in by " + (formatted ? "formatted" : tokens.get(i).text()) + ": "
                        + tokens.get(formatted ? i : i + 2).text());
            }
        }
        return found;
    }

    private boolean isSql(Operand o) {
        return o.start() == o.end() && (isSqlLiteral(o.start())
                || Boolean.TRUE.equals(constants.get(tokens.get(o.start()).text())));
    }

    /** A literal, a constant of this file, or a value the allow-list vouches for. */
    private boolean isSafe(Operand o) {
        String text = text(o);
        if (o.start() == o.end()) {
            String kind = tokens.get(o.start()).kind();
            if (!kind.equals("id") || constants.containsKey(text)) {
                return true;
            }
        }
        return allowed.contains(text);
    }

    private boolean isSqlLiteral(int i) {
        return tokens.get(i).kind().equals("str") && SQL.matcher(tokens.get(i).text()).find();
    }

    private boolean endsOperand(int i) {
        Token t = tokens.get(i);
        return !t.kind().equals("op") || t.text().equals(")") || t.text().equals("]");
    }

    /** Walks back over {@code a.b(c)[d]} or a literal. */
    private Operand leftOperand(int end) {
        int i = end;
        while (true) {
            if (is(i, ")") || is(i, "]")) {
                i = matchBack(i);
                if (i > 0 && tokens.get(i - 1).kind().equals("id")) {
                    i--;
                }
            }
            if (i > 1 && is(i - 1, ".")) {
                i -= 2;
                continue;
            }
            if (i > 0 && is(i - 1, "new")) {
                i--;
            }
            return new Operand(i, end);
        }
    }

    /** Walks forward over {@code new a.b(c)[d].e} or a literal. */
    private Operand rightOperand(int start) {
        int i = start;
        if (is(i, "new")) {
            i++;
        }
        if (is(i, "(")) {
            i = matchForward(i);
        }
        while (i + 1 < tokens.size()) {
            if (is(i + 1, "(") || is(i + 1, "[")) {
                i = matchForward(i + 1);
            } else if (is(i + 1, ".") && i + 2 < tokens.size()) {
                i += 2;
            } else {
                break;
            }
        }
        return new Operand(start, i);
    }

    private int matchBack(int i) {
        int depth = 0;
        for (int j = i; j >= 0; j--) {
            String t = tokens.get(j).text();
            depth += t.equals(")") || t.equals("]") ? 1 : t.equals("(") || t.equals("[") ? -1 : 0;
            if (depth == 0) {
                return j;
            }
        }
        return 0;
    }

    private int matchForward(int i) {
        int depth = 0;
        for (int j = i; j < tokens.size(); j++) {
            String t = tokens.get(j).text();
            depth += t.equals("(") || t.equals("[") ? 1 : t.equals(")") || t.equals("]") ? -1 : 0;
            if (depth == 0) {
                return j;
            }
        }
        return tokens.size() - 1;
    }

    private boolean is(int i, String text) {
        return tokens.get(i).text().equals(text) && !tokens.get(i).kind().equals("str");
    }

    private String text(Operand o) {
        StringBuilder sb = new StringBuilder();
        for (int i = o.start(); i <= o.end(); i++) {
            sb.append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private String describe(Set<Operand> chain) {
        List<String> parts = new ArrayList<>();
        for (Operand o : chain) {
            parts.add(text(o));
        }
        return String.join(" + ", parts);
    }
}
