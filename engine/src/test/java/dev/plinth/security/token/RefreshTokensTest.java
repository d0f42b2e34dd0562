package dev.plinth.security.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.security.identity.User;
import dev.plinth.security.identity.Users;
import dev.plinth.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refresh tokens: stored as hashes, spent on use, and a spent one used again revokes its whole family. */
class RefreshTokensTest {

    private DSLContext sql;
    private RefreshTokens tokens;
    private User ann;

    @BeforeEach
    void freshDatabase() {
        TestDatabase database = TestDatabase.create();
        database.schemaEngine().initialize();
        sql = database.dsl();
        tokens = new RefreshTokens(sql, Duration.ofDays(30), Clock.systemUTC());
        ann = new Users(sql).create(new Users.NewUser("ann@example.com", null, null, List.of(), false), null);
    }

    @Test
    void onlyTheHashIsStored() {
        String token = tokens.issue(ann.id());

        assertThat(token).hasSize(43);
        assertThat(sql.fetchValue("select token_hash from plinth_refresh_token", String.class))
                .isEqualTo(Hashing.sha256(token)).isNotEqualTo(token);
    }

    @Test
    void aTokenIsSpentForItsSuccessor() {
        String first = tokens.issue(ann.id());

        RefreshTokens.Rotated second = tokens.rotate(first);

        assertThat(second.userId()).isEqualTo(ann.id());
        assertThat(second.token()).isNotEqualTo(first);
        assertThat(tokens.rotate(second.token()).userId()).isEqualTo(ann.id());
    }

    @Test
    void reusingASpentTokenRevokesTheWholeFamily() {
        String first = tokens.issue(ann.id());
        String second = tokens.rotate(first).token();
        String otherSignIn = tokens.issue(ann.id());

        assertRefused(() -> tokens.rotate(first), "REUSED");

        assertRefused(() -> tokens.rotate(second), "REUSED");
        assertThat(tokens.rotate(otherSignIn).userId()).as("another family lives on").isEqualTo(ann.id());
    }

    @Test
    void signingOutRevokesTheFamily() {
        String first = tokens.issue(ann.id());
        String second = tokens.rotate(first).token();

        tokens.revokeFamily(first);

        assertRefused(() -> tokens.rotate(second), "REUSED");
    }

    @Test
    void expiredAndUnknownTokensAreRefused() {
        RefreshTokens expired = new RefreshTokens(sql, Duration.ofDays(30),
                Clock.fixed(Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC));
        String old = expired.issue(ann.id());

        assertRefused(() -> tokens.rotate(old), "EXPIRED");
        assertRefused(() -> tokens.rotate("made-up"), "UNKNOWN");
        assertRefused(() -> tokens.rotate(null), "UNKNOWN");
    }

    @Test
    void revokingAUserEndsAllItsTokens() {
        String one = tokens.issue(ann.id());
        String two = tokens.issue(ann.id());

        tokens.revokeUser(ann.id());

        assertRefused(() -> tokens.rotate(one), "REUSED");
        assertRefused(() -> tokens.rotate(two), "REUSED");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidCredentialException.class, e -> {
            assertThat(e.code()).isEqualTo("auth.invalid-refresh-token");
            assertThat(e.reason()).isEqualTo(reason);
        });
    }
}
