package dev.plinth.security.token;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.plinth.security.identity.Identity;
import dev.plinth.security.identity.Roles;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.SQLDataType;

/**
 * API keys for services, in {@code plinth_api_key}: {@code plk_} and 256 random bits, shown once when created and
 * kept only as their SHA-256, found again by their first {@value #PREFIX_LENGTH} characters after {@code plk_}.
 * A key holds a set of roles, may expire, and may be revoked.
 */
public final class ApiKeys {

    public static final String MARK = "plk_";
    static final int PREFIX_LENGTH = 8;
    static final int KEY_BYTES = 32;
    /** The length of {@value #KEY_BYTES} bytes in base64url without padding. */
    static final int SECRET_LENGTH = 43;

    static final Table<Record> KEY = table(name("plinth_api_key"));
    static final Field<UUID> ID = field(name("id"), SQLDataType.UUID);
    static final Field<String> NAME = field(name("name"), SQLDataType.VARCHAR);
    static final Field<String> PREFIX = field(name("prefix"), SQLDataType.VARCHAR);
    static final Field<String> HASH = field(name("key_hash"), SQLDataType.VARCHAR);
    static final Field<JSONB> ROLES = field(name("roles"), SQLDataType.JSONB);
    static final Field<OffsetDateTime> CREATED_AT = field(name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<UUID> CREATED_BY = field(name("created_by"), SQLDataType.UUID);
    static final Field<OffsetDateTime> EXPIRES_AT = field(name("expires_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<OffsetDateTime> REVOKED_AT = field(name("revoked_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final List<Field<?>> COLUMNS = List.of(ID, NAME, PREFIX, ROLES, CREATED_AT, CREATED_BY, EXPIRES_AT,
            REVOKED_AT);

    /** A key as listed: everything but the secret. */
    public record ApiKey(UUID id, String name, String prefix, List<String> roles, OffsetDateTime createdAt,
                         UUID createdBy, OffsetDateTime expiresAt, OffsetDateTime revokedAt) {
    }

    /**
     * A key just made.
     *
     * @param key    its description
     * @param secret the key itself, to show once
     */
    public record Created(ApiKey key, String secret) {
        @Override
        public String toString() {
            return "Created[" + key + "]";
        }
    }

    private final DSLContext db;
    private final Clock clock;

    public ApiKeys(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Makes a key with these roles (checked by the caller), expiring at {@code expiresAt} unless that is null. */
    public Created create(String name, Collection<String> roles, OffsetDateTime expiresAt, UUID createdBy) {
        for (int attempt = 0; ; attempt++) {
            String secret = MARK + Hashing.random(KEY_BYTES);
            try {
                ApiKey key = db.insertInto(KEY).set(NAME, name).set(PREFIX, prefix(secret)).set(HASH, Hashing.sha256(secret))
                        .set(ROLES, Roles.json(roles)).set(CREATED_BY, createdBy).set(EXPIRES_AT, expiresAt)
                        .returningResult(COLUMNS).fetchSingle(ApiKeys::key);
                return new Created(key, secret);
            } catch (IntegrityConstraintViolationException samePrefix) {
                if (attempt == 2) {
                    throw samePrefix;
                }
            }
        }
    }

    /** Every key, newest first. */
    public List<ApiKey> list() {
        return db.select(COLUMNS).from(KEY).orderBy(CREATED_AT.desc(), ID).fetch(ApiKeys::key);
    }

    public Optional<ApiKey> byId(UUID id) {
        return db.select(COLUMNS).from(KEY).where(ID.eq(id)).fetchOptional(ApiKeys::key);
    }

    /** Revokes the key; false when there is no such key. Revoking twice keeps the first time. */
    public boolean revoke(UUID id) {
        return db.update(KEY).set(REVOKED_AT, now()).where(ID.eq(id)).and(REVOKED_AT.isNull()).execute() > 0
                || db.fetchExists(KEY, ID.eq(id));
    }

    /**
     * The identity the key proves.
     *
     * @throws InvalidCredentialException when it is malformed, unknown, revoked or expired
     */
    public Identity verify(String secret) {
        if (secret == null || !secret.startsWith(MARK) || secret.length() != MARK.length() + SECRET_LENGTH) {
            throw new InvalidCredentialException(InvalidCredentialException.INVALID_API_KEY, "malformed");
        }
        Record row = db.select(ID, HASH, ROLES, EXPIRES_AT, REVOKED_AT).from(KEY).where(PREFIX.eq(prefix(secret)))
                .fetchOne();
        if (row == null || !Hashing.same(row.get(HASH), Hashing.sha256(secret))) {
            throw new InvalidCredentialException(InvalidCredentialException.INVALID_API_KEY, "unknown");
        }
        if (row.get(REVOKED_AT) != null) {
            throw new InvalidCredentialException(InvalidCredentialException.INVALID_API_KEY, "revoked");
        }
        if (row.get(EXPIRES_AT) != null && !row.get(EXPIRES_AT).isAfter(now())) {
            throw new InvalidCredentialException(InvalidCredentialException.INVALID_API_KEY, "expired");
        }
        return Identity.apiKey(row.get(ID), Roles.fromJson(row.get(ROLES)));
    }

    private static String prefix(String secret) {
        return secret.substring(MARK.length(), MARK.length() + PREFIX_LENGTH);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static ApiKey key(Record r) {
        return new ApiKey(r.get(ID), r.get(NAME), r.get(PREFIX), Roles.fromJson(r.get(ROLES)), r.get(CREATED_AT), r.get(CREATED_BY),
                r.get(EXPIRES_AT), r.get(REVOKED_AT));
    }
}
