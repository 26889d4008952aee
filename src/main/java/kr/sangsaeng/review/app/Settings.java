package kr.sangsaeng.review.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Per-user settings (language, recent files, window geometry), kept in a small properties file that
 * is written to a temporary file and moved over the old one, so a crash never leaves half a file.
 */
public final class Settings {
    public static final int MAX_RECENT = 8;
    private static final String RECENT = "recent";
    private static final String RECENT_SERVERS = "recentServers";
    private static final char SEPARATOR = '\n';

    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file is not worth refusing to start over: start from defaults.
                props.clear();
            }
        }
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(props.getProperty(key)).filter(v -> !v.isBlank());
    }

    public void put(String key, String value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.setProperty(key, value);
        }
        save();
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Recently opened review files, most recent first. */
    public List<Path> recentFiles() {
        return get(RECENT).map(v -> Arrays.stream(v.split(String.valueOf(SEPARATOR)))
                .filter(s -> !s.isBlank()).map(Path::of).toList()).orElse(List.of());
    }

    public void addRecentFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(abs);
        list.add(0, abs);
        List<String> kept = list.stream().limit(MAX_RECENT).map(Path::toString).toList();
        put(RECENT, String.join(String.valueOf(SEPARATOR), kept));
    }

    /**
     * Recently used server rounds ({@code postgresql://USER@HOST:PORT/DATABASE}), most recent first.
     * Addresses only: a password is never stored here (docs/server-mode.md).
     */
    public List<String> recentServers() {
        return get(RECENT_SERVERS).map(v -> Arrays.stream(v.split(String.valueOf(SEPARATOR)))
                .filter(s -> !s.isBlank()).toList()).orElse(List.of());
    }

    public void addRecentServer(String address) {
        if (address.matches("postgres(?:ql)?://[^@/]*:[^@/]*@.*")) {
            throw new IllegalArgumentException("A server address with a password is not remembered.");
        }
        List<String> list = new ArrayList<>(recentServers());
        list.remove(address);
        list.add(0, address);
        put(RECENT_SERVERS, String.join(String.valueOf(SEPARATOR), list.stream().limit(MAX_RECENT).toList()));
    }

    public Optional<Path> lastFile() {
        return recentFiles().stream().findFirst();
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "Sangsaeng Review settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save settings to " + file, e);
        }
    }
}
