package dev.plinth.security.token;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * Refresh tokens in {@code plinth_refresh_token}: 256 random bits given to the client once, kept only as their
 * SHA-256. Every token belongs to the family of the sign-in it descends from. Using a token spends it and gives its
 * successor; using a spent (revoked) token again means it was stolen or replayed, so the whole family is revoked and
 * whoever holds its newest token must sign in again.
 */
public final class RefreshTokens {

    static final Table<Record> TOKEN = table(name("plinth_refresh_token"));
    static final Field<UUID> ID = field(name("id"), SQLDataType.UUID);
    static final Field<UUID> FAMILY = field(name("family_id"), SQLDataType.UUID);
    static final Field<UUID> USER = field(name("user_id"), SQLDataType.UUID);
    static final Field<String> HASH = field(name("token_hash"), SQLDataType.VARCHAR);
    static final Field<OffsetDateTime> EXPIRES_AT = field(name("expires_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<OffsetDateTime> REVOKED_AT = field(name("revoked_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<UUID> REPLACED_BY = field(name("replaced_by"), SQLDataType.UUID);
    /** 256 bits. */
    static final int TOKEN_BYTES = 32;

    /**
     * A token spent for its successor.
     *
     * @param userId the user the family belongs to
     * @param token  the successor, to give to the client
     */
    public record Rotated(UUID userId, String token) {
        @Override
        public String toString() {
            return "Rotated[userId=" + userId + "]";
        }
    }

    private enum Outcome { ROTATED, UNKNOWN, REUSED, EXPIRED }

    private final DSLContext db;
    private final Duration ttl;
    private final Clock clock;

    public RefreshTokens(DSLContext db, Duration ttl, Clock clock) {
        this.db = db;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A new token starting a new family, for a fresh sign-in; the user's long-expired tokens are cleared away. */
    public String issue(UUID userId) {
        db.deleteFrom(TOKEN).where(USER.eq(userId)).and(EXPIRES_AT.lt(now().minusDays(1))).execute();
        return insert(db, UUID.randomUUID(), userId, UUID.randomUUID());
    }

    /**
     * Spends the token and returns its successor.
     *
     * @throws InvalidCredentialException when the token is unknown, expired or already spent (then its whole family is
     *                                    revoked first)
     */
    public Rotated rotate(String token) {
        String hash = Hashing.sha256(String.valueOf(token));
        Rotated[] rotated = new Rotated[1];
        Outcome outcome = db.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Record row = t.select(ID, FAMILY, USER, EXPIRES_AT, REVOKED_AT).from(TOKEN).where(HASH.eq(hash)).forUpdate()
                    .fetchOne();
            if (row == null) {
                return Outcome.UNKNOWN;
            }
            OffsetDateTime now = now();
            if (row.get(REVOKED_AT) != null) {
                t.update(TOKEN).set(REVOKED_AT, now).where(FAMILY.eq(row.get(FAMILY))).and(REVOKED_AT.isNull()).execute();
                return Outcome.REUSED;
            }
            if (!row.get(EXPIRES_AT).isAfter(now)) {
                return Outcome.EXPIRED;
            }
            UUID successor = UUID.randomUUID();
            String next = insert(t, successor, row.get(USER), row.get(FAMILY));
            t.update(TOKEN).set(REVOKED_AT, now).set(REPLACED_BY, successor).where(ID.eq(row.get(ID))).execute();
            rotated[0] = new Rotated(row.get(USER), next);
            return Outcome.ROTATED;
        });
        if (outcome != Outcome.ROTATED) {
            throw new InvalidCredentialException(InvalidCredentialException.INVALID_REFRESH_TOKEN, outcome.name());
        }
        return rotated[0];
    }

    /** Revokes the token's whole family (sign-out); an unknown token is ignored. */
    public void revokeFamily(String token) {
        String hash = Hashing.sha256(String.valueOf(token));
        db.update(TOKEN).set(REVOKED_AT, now())
                .where(FAMILY.in(db.select(FAMILY).from(TOKEN).where(HASH.eq(hash))))
                .and(REVOKED_AT.isNull()).execute();
    }

    /** Revokes every token of the user (disabled, new password, account taken over). */
    public void revokeUser(UUID userId) {
        db.update(TOKEN).set(REVOKED_AT, now()).where(USER.eq(userId)).and(REVOKED_AT.isNull()).execute();
    }

    private String insert(DSLContext t, UUID id, UUID userId, UUID family) {
        String token = Hashing.random(TOKEN_BYTES);
        t.insertInto(TOKEN).set(ID, id).set(FAMILY, family).set(USER, userId).set(HASH, Hashing.sha256(token))
                .set(EXPIRES_AT, now().plus(ttl)).execute();
        return token;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
