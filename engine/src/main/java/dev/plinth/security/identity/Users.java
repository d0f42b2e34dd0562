package dev.plinth.security.identity;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.plinth.schema.SchemaNames;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Plinth's users in {@code plinth_user}, read and written with jOOQ. Emails are stored lower-case. */
public final class Users {

    static final Table<Record> USER = table(name(SchemaNames.USER_TABLE));
    static final Field<UUID> ID = field(name("id"), SQLDataType.UUID);
    static final Field<String> EMAIL = field(name("email"), SQLDataType.VARCHAR);
    static final Field<String> DISPLAY_NAME = field(name("display_name"), SQLDataType.VARCHAR);
    static final Field<String> PASSWORD_HASH = field(name("password_hash"), SQLDataType.VARCHAR);
    static final Field<JSONB> ROLES = field(name("roles"), SQLDataType.JSONB);
    static final Field<Boolean> ENABLED = field(name("enabled"), SQLDataType.BOOLEAN);
    static final Field<Boolean> EMAIL_VERIFIED = field(name("email_verified"), SQLDataType.BOOLEAN);
    static final Field<OffsetDateTime> CREATED_AT = field(name("created_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<OffsetDateTime> UPDATED_AT = field(name("updated_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<OffsetDateTime> LAST_LOGIN_AT = field(name("last_login_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    static final Field<UUID> CREATED_BY = field(name("created_by"), SQLDataType.UUID);
    static final Field<UUID> UPDATED_BY = field(name("updated_by"), SQLDataType.UUID);
    static final Field<Integer> VERSION = field(name("version"), SQLDataType.INTEGER);
    static final Table<Record> REVOCATION = table(name("plinth_token_revocation"));
    static final Field<UUID> REVOKED_USER = field(name("user_id"), SQLDataType.UUID);
    static final Field<OffsetDateTime> REVOKED_AT = field(name("revoked_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final List<Field<?>> COLUMNS = List.of(ID, EMAIL, DISPLAY_NAME, PASSWORD_HASH, ROLES, ENABLED,
            EMAIL_VERIFIED, CREATED_AT, LAST_LOGIN_AT);
    /** The roles column holds {@code admin}. */
    private static final Condition IS_ADMIN = DSL.condition("{0} @> {1}", ROLES, DSL.val(Roles.json(List.of(Roles.ADMIN))));

    /**
     * A user to create.
     *
     * @param email         the address, normalized by {@link Emails#normalize}
     * @param displayName   a name to show, or {@code null}
     * @param passwordHash  the hash of the password, or {@code null} for none
     * @param roles         the roles, checked by {@link Roles#assignable}
     * @param emailVerified whether the address is known to be the user's
     */
    public record NewUser(String email, String displayName, String passwordHash, Collection<String> roles,
                          boolean emailVerified) {

        @Override
        public String toString() {
            return "NewUser[email=" + email + ", roles=" + roles + "]";
        }
    }

    /**
     * Changes to a user; a {@code null} component leaves its column as it is.
     *
     * @param displayName  the new name; blank clears it
     * @param roles        the new roles
     * @param enabled      whether the user may sign in
     * @param passwordHash the hash of a new password
     */
    public record Changes(String displayName, Collection<String> roles, Boolean enabled, String passwordHash) {

        /** Whether the user's refresh tokens should die with the change: disabled, or a new password. */
        public boolean signsOut() {
            return Boolean.FALSE.equals(enabled) || passwordHash != null;
        }

        @Override
        public String toString() {
            return "Changes[displayName=" + displayName + ", roles=" + roles + ", enabled=" + enabled + "]";
        }
    }

    /** The email is taken by another user. */
    public static final class EmailTakenException extends RuntimeException {
        EmailTakenException() {
            super("a user with this email exists");
        }
    }

    private final DSLContext db;
    private volatile Runnable tokensRevoked = () -> { };

    public Users(DSLContext db) {
        this.db = db;
    }

    public Optional<User> byId(UUID id) {
        return db.select(COLUMNS).from(USER).where(ID.eq(id)).fetchOptional(Users::user);
    }

    public Optional<User> byEmail(String email) {
        return db.select(COLUMNS).from(USER).where(EMAIL.eq(Emails.normalize(email))).fetchOptional(Users::user);
    }

    /** Users ordered by email. */
    public List<User> page(int offset, int limit) {
        return db.select(COLUMNS).from(USER).orderBy(EMAIL).offset(offset).limit(limit).fetch(Users::user);
    }

    public int count() {
        return db.fetchCount(USER);
    }

    /** Whether some user holds the admin role, enabled or not. */
    public boolean anyAdmin() {
        return db.fetchExists(USER, IS_ADMIN);
    }

    /** Whether an enabled admin other than {@code id} exists. */
    public boolean anotherEnabledAdmin(UUID id) {
        return db.fetchExists(USER, IS_ADMIN.and(ENABLED.isTrue()).and(ID.ne(id)));
    }

    /**
     * Creates the user.
     *
     * @throws EmailTakenException when another user has the email
     */
    public User create(NewUser user, UUID createdBy) {
        try {
            return db.insertInto(USER).set(values(user, createdBy)).returningResult(COLUMNS).fetchSingle(Users::user);
        } catch (IntegrityConstraintViolationException e) {
            throw new EmailTakenException();
        }
    }

    /** Creates the user unless one with its email exists (then, or when another creates it at once, empty). */
    public Optional<User> createIfAbsent(NewUser user) {
        return db.insertInto(USER).set(values(user, null)).onConflict(EMAIL).doNothing().returningResult(COLUMNS)
                .fetchOptional(Users::user);
    }

    /**
     * Applies the changes; empty when there is no such user. Disabling the user, a new password or other roles also
     * end the user's access tokens issued until now ({@link #tokensRevokedSince}), in the same transaction.
     */
    public Optional<User> update(UUID id, Changes changes, UUID updatedBy) {
        boolean[] revoked = {false};
        Optional<User> updated = db.transactionResult(tx -> {
            DSLContext in = tx.dsl();
            boolean revokes = changes.signsOut();
            var update = in.update(USER).set(UPDATED_AT, DSL.currentOffsetDateTime()).set(UPDATED_BY, updatedBy)
                    .set(VERSION, VERSION.plus(1));
            if (changes.displayName() != null) {
                update = update.set(DISPLAY_NAME, changes.displayName().isBlank() ? null : changes.displayName().strip());
            }
            if (changes.roles() != null) {
                JSONB before = in.select(ROLES).from(USER).where(ID.eq(id)).forUpdate().fetchOne(ROLES);
                revokes |= before != null && !Set.copyOf(Roles.fromJson(before)).equals(Set.copyOf(changes.roles()));
                update = update.set(ROLES, Roles.json(changes.roles()));
            }
            if (changes.enabled() != null) {
                update = update.set(ENABLED, changes.enabled());
            }
            if (changes.passwordHash() != null) {
                update = update.set(PASSWORD_HASH, changes.passwordHash());
            }
            Optional<User> user = update.where(ID.eq(id)).returningResult(COLUMNS).fetchOptional(Users::user);
            if (user.isPresent() && revokes) {
                revokeTokens(in, id);
                revoked[0] = true;
            }
            return user;
        });
        if (revoked[0]) {
            tokensRevoked.run();
        }
        return updated;
    }

    /** Ends the user's access tokens issued until now. */
    private static void revokeTokens(DSLContext db, UUID id) {
        db.insertInto(REVOCATION).set(REVOKED_USER, id).set(REVOKED_AT, DSL.currentOffsetDateTime())
                .onConflict(REVOKED_USER).doUpdate().set(REVOKED_AT, DSL.currentOffsetDateTime()).execute();
    }

    /** When each user whose access tokens were ended after {@code since} had them ended. */
    public Map<UUID, OffsetDateTime> tokensRevokedSince(OffsetDateTime since) {
        return db.select(REVOKED_USER, REVOKED_AT).from(REVOCATION).where(REVOKED_AT.gt(since))
                .fetchMap(REVOKED_USER, REVOKED_AT);
    }

    /** Runs {@code listener} after a change of this instance ended a user's access tokens, once it is committed. */
    public void whenTokensRevoked(Runnable listener) {
        this.tokensRevoked = listener;
    }

    /**
     * Marks the email verified. A user who had not verified it loses the password too: whoever set it never proved
     * the address theirs (an account made in someone else's name before they first sign in with their provider).
     *
     * @return whether the password was taken away
     */
    public boolean markVerified(UUID id) {
        boolean taken = db.transactionResult(tx -> {
            boolean changed = tx.dsl().update(USER).set(EMAIL_VERIFIED, true).set(PASSWORD_HASH, (String) null)
                    .set(UPDATED_AT, DSL.currentOffsetDateTime()).set(VERSION, VERSION.plus(1))
                    .where(ID.eq(id)).and(EMAIL_VERIFIED.isFalse()).execute() > 0;
            if (changed) {
                // whoever signed in with that password is not the address's owner
                revokeTokens(tx.dsl(), id);
            }
            return changed;
        });
        if (taken) {
            tokensRevoked.run();
        }
        return taken;
    }

    public void recordLogin(UUID id) {
        db.update(USER).set(LAST_LOGIN_AT, DSL.currentOffsetDateTime()).where(ID.eq(id)).execute();
    }

    private static Map<Field<?>, Object> values(NewUser user, UUID createdBy) {
        Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(EMAIL, Emails.normalize(user.email()));
        values.put(DISPLAY_NAME, user.displayName() == null || user.displayName().isBlank() ? null
                : user.displayName().strip());
        values.put(PASSWORD_HASH, user.passwordHash());
        values.put(ROLES, Roles.json(user.roles()));
        values.put(EMAIL_VERIFIED, user.emailVerified());
        values.put(CREATED_BY, createdBy);
        values.put(UPDATED_BY, createdBy);
        return values;
    }

    private static User user(Record r) {
        return new User(r.get(ID), r.get(EMAIL), r.get(DISPLAY_NAME), r.get(PASSWORD_HASH), Roles.fromJson(r.get(ROLES)),
                r.get(ENABLED), r.get(EMAIL_VERIFIED), r.get(CREATED_AT), r.get(LAST_LOGIN_AT));
    }
}
