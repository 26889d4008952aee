package kr.sangsaeng.review.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void readsTheAddressForm() {
        ServerAddress a = ServerAddress.parse("postgresql://secretary@db.example.org:6543/award2026");
        assertThat(a).isEqualTo(new ServerAddress("secretary", "db.example.org", 6543, "award2026"));
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:6543/award2026");
        assertThat(ServerAddress.parse("postgresql://kim@localhost/r").port()).isEqualTo(5432);
        assertThat(ServerAddress.isServer("postgresql://kim@localhost/r")).isTrue();
        assertThat(ServerAddress.isServer("round.ssrv")).isFalse();
    }

    @Test
    void refusesAPasswordInTheAddressWithoutRepeatingIt() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://kim:hunter2@localhost:5432/r"))
                .hasMessageContaining("PGPASSWORD").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://kim:hunter2@localhost:x/r"))
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://localhost/r")).hasMessageContaining("USER@HOST");
    }
}
