package org.sanctionswatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.ConflictException;
import org.sanctionswatch.system.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The workbench's people on a real H2 store: hashed passwords, checked input, and an administrator always left. */
class PeopleTests {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path data;
    JdbcTemplate jdbc;
    People people;

    @BeforeEach
    void store() {
        String url = "jdbc:h2:file:" + data.resolve("sanctions-watch").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
        people = new People(jdbc, ENCODER, Clock.systemUTC(), mock(AuditLog.class), data,
                mock(ApplicationEventPublisher.class));
    }

    @Test
    void storesOnlyAModernHashOfThePassword() {
        people.create("rita", "a-long-enough-password", EnumSet.of(Role.ANALYST), "test");
        String hash = jdbc.queryForObject("select password_hash from person where name = 'rita'", String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-enough-password");
        assertThat(ENCODER.matches("a-long-enough-password", hash)).isTrue();
        assertThat(people.list()).singleElement().satisfies(p -> {
            assertThat(p.roles()).containsExactly(Role.ANALYST);
            assertThat(p.active()).isTrue();
        });
    }

    @Test
    void refusesABadNameAShortPasswordAndNoRoleTogether() {
        assertThatThrownBy(() -> people.create("no spaces", "short", EnumSet.noneOf(Role.class), "test"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(org.sanctionswatch.system.ItemError::field)
                        .containsExactly("name", "password", "roles"));
        assertThat(people.list()).isEmpty();
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledOrDemoted() {
        people.create("root", "a-long-enough-password", EnumSet.of(Role.ADMIN), "test");
        assertThatThrownBy(() -> people.change("root", null, true, null, "test"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> people.change("root", EnumSet.of(Role.VIEWER), null, null, "test"))
                .isInstanceOf(ConflictException.class);
        people.create("deputy", "another-long-password", EnumSet.of(Role.ADMIN), "test");
        assertThat(people.change("root", null, true, null, "test").active()).isFalse();
        assertThatThrownBy(() -> people.change("deputy", null, true, null, "test"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void changingTheFirstAdministratorsPasswordRemovesTheGeneratedOne() throws Exception {
        Path file = BootstrapAdmin.passwordFile(data);
        Files.writeString(file, "generated\n");
        people.create(BootstrapAdmin.FIRST_ADMIN, "the-generated-password", EnumSet.of(Role.ADMIN), "start-up");
        people.changeOwnPassword(BootstrapAdmin.FIRST_ADMIN, "the-generated-password", "my-own-password-now");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> people.changeOwnPassword(BootstrapAdmin.FIRST_ADMIN, "the-generated-password",
                "yet-another-password")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theCommandMakesListsResetsAndDisablesPeople() {
        String password = command("create", "--name", "carl", "--roles", "analyst,VIEWER", "--data-dir",
                data.toString());
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(people.find("carl").orElseThrow().roles()).containsExactlyInAnyOrder(Role.ANALYST, Role.VIEWER);
        String stored = jdbc.queryForObject("select password_hash from person where name = 'carl'", String.class);
        assertThat(ENCODER.matches(password, stored)).isTrue();
        String reset = command("password", "carl", "--data-dir", data.toString());
        assertThat(reset).isNotEqualTo(password);
        assertThat(ENCODER.matches(reset, jdbc.queryForObject(
                "select password_hash from person where name = 'carl'", String.class))).isTrue();
        command("disable", "carl", "--data-dir", data.toString());
        assertThat(command("list", "--data-dir", data.toString())).contains("carl", "ANALYST,VIEWER", "disabled");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(PeopleCommand.run(new String[] {"disable", "nobody", "--data-dir", data.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no person named nobody");
    }

    private static String command(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = PeopleCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }
}
