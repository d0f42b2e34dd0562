package dev.plinth.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plinth.api.ApiFilters;
import dev.plinth.model.Action;
import dev.plinth.model.Entity;
import dev.plinth.model.Model;
import dev.plinth.model.ModelFolder;
import dev.plinth.model.Role;
import dev.plinth.model.Rule;
import dev.plinth.query.Access;
import dev.plinth.query.ModelIndex;
import dev.plinth.query.QueryException;
import dev.plinth.query.filter.Variables;
import dev.plinth.query.read.CursorCodec;
import dev.plinth.query.read.ListResult;
import dev.plinth.query.read.ReadParameters;
import dev.plinth.query.read.ReadPlanner;
import dev.plinth.query.read.ReadQueries;
import dev.plinth.query.write.RowValidator;
import dev.plinth.query.write.RowValues;
import dev.plinth.query.write.WriteMode;
import dev.plinth.query.write.Writes;
import dev.plinth.testing.Models;
import dev.plinth.testing.Repository;
import dev.plinth.testing.TestDatabase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The blog example in a fresh database with a few rows, driven through the read and write stages as the API drives
 * them, for a caller of any roles. Two roles join the example's four: {@code guest} reads published posts and
 * nothing else; {@code contributor} reads posts, its own comments and those on posts it wrote as an author (a rule
 * walking to author, which it may not read), and writes comments that a preset keeps unapproved.
 *
 * <p>Ann and Bob are users who write as the authors Ann and Bob; Cy is an author without a user. Posts: p1
 * published and p2 draft by Ann (p1 with {@code extra}), p3 published and p4 draft by Bob, p5 archived and p6
 * published by Cy. Comments: c1 on p1 approved and c2 on p1 not (Ann's), c3 on the draft p2 approved, c4 on p3 not
 * (Bob's); c1 and c3 are Bob's too. The tag java is on p1 and p2.
 */
final class BlogWorld {

    static final UUID ANN = id(0x1001), BOB = id(0x1002);
    static final UUID AUTHOR_ANN = id(0xA1), AUTHOR_BOB = id(0xA2), AUTHOR_CY = id(0xA3);
    static final UUID P1 = id(0x01), P2 = id(0x02), P3 = id(0x03), P4 = id(0x04), P5 = id(0x05), P6 = id(0x06);
    static final UUID C1 = id(0xC1), C2 = id(0xC2), C3 = id(0xC3), C4 = id(0xC4);
    static final UUID JAVA = id(0x71);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2024-05-01T12:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();

    final DSLContext sql;
    final ModelIndex index;
    final Permissions permissions;
    private final ReadPlanner planner;
    private final ReadQueries queries;
    private final Writes writes;
    private final RowValidator validator;

    private BlogWorld(DSLContext sql, ModelIndex index) {
        this.sql = sql;
        this.index = index;
        this.permissions = Permissions.of(index);
        CursorCodec cursors = new CursorCodec("test-secret".getBytes());
        this.planner = new ReadPlanner(index, ApiFilters.language(), cursors);
        this.queries = new ReadQueries(sql, cursors);
        this.writes = new Writes(sql, index);
        this.validator = new RowValidator(index);
    }

    /** The blog example with its extra roles, applied to a new database, with the rows above. */
    static BlogWorld create() {
        Model blog = ModelFolder.load(Repository.root().resolve("model-examples/blog")).model();
        List<Role> roles = new ArrayList<>(blog.roles());
        roles.add(new Role("guest", null, null, List.of(new Rule("post", Set.of(Action.READ), "status = 'published'",
                null, new Rule.FieldAccess(null, List.of("extra"), null, null, null, null), null))));
        roles.add(new Role("contributor", null, null, List.of(
                new Rule("post", Set.of(Action.READ), null, null, null, null),
                new Rule("comment", Set.of(Action.READ), "createdBy = $user.id", null, null, null),
                new Rule("comment", Set.of(Action.READ), "post.author.userId = $user.id", null, null, null),
                new Rule("comment", Set.of(Action.CREATE), null, null, null, Map.of("approved", Models.json(false))))));
        Model model = blog.withRoles(roles);
        TestDatabase database = TestDatabase.create();
        database.schemaEngine().apply(model, false, "test");
        DSLContext sql = database.dsl();
        seed(sql);
        return new BlogWorld(sql, new ModelIndex(model));
    }

    private static void seed(DSLContext sql) {
        sql.execute("insert into author (id, name, handle, email, user_id) values (?, 'Ann', 'ann', 'ann@example.com', ?),"
                + " (?, 'Bob', 'bob', 'bob@example.com', ?), (?, 'Cy', 'cy', 'cy@example.com', null)",
                AUTHOR_ANN, ANN, AUTHOR_BOB, BOB, AUTHOR_CY);
        Object[][] posts = {{P1, "published", AUTHOR_ANN}, {P2, "draft", AUTHOR_ANN}, {P3, "published", AUTHOR_BOB},
            {P4, "draft", AUTHOR_BOB}, {P5, "archived", AUTHOR_CY}, {P6, "published", AUTHOR_CY}};
        for (int i = 0; i < posts.length; i++) {
            sql.execute("insert into post (id, title, slug, status, author_id, extra) values (?, ?, ?, ?, ?, ?::jsonb)",
                    posts[i][0], "Post " + (i + 1), "post-" + (i + 1), posts[i][1], posts[i][2],
                    i == 0 ? "{\"seo\": 1}" : null);
        }
        Object[][] comments = {{C1, P1, true, BOB}, {C2, P1, false, ANN}, {C3, P2, true, BOB}, {C4, P3, false, BOB}};
        for (Object[] c : comments) {
            sql.execute("insert into comment (id, post_id, author_name, author_email, body, approved, created_by)"
                    + " values (?, ?, 'Someone', 'someone@example.com', 'Nice', ?, ?)", c[0], c[1], c[2], c[3]);
        }
        sql.execute("insert into tag (id, name, slug) values (?, 'Java', 'java')", JAVA);
        sql.execute("insert into post_tags (source_id, target_id) values (?, ?), (?, ?)", P1, JAVA, P2, JAVA);
    }

    // ---- callers ----

    Access anonymous() {
        return permissions.access(Permissions.anonymousRoles(), Variables.anonymous(NOW));
    }

    /** A signed-in user with {@code roles} (and {@code authenticated}). */
    Access user(UUID id, String role, String... more) {
        Set<String> assigned = new java.util.HashSet<>(List.of(more));
        assigned.add(role);
        Set<String> roles = Permissions.signedInRoles(assigned);
        String email = id.equals(ANN) ? "ann@example.com" : id.equals(BOB) ? "bob@example.com" : null;
        return permissions.access(roles, new Variables(id, email, roles, NOW));
    }

    Access admin() {
        return permissions.access(Set.of(Role.ADMIN), new Variables(id(0x9999), "root@example.com", Set.of(Role.ADMIN), NOW));
    }

    Entity entity(String name) {
        return index.entity(name).orElseThrow();
    }

    // ---- the stages, as the entity controller calls them ----

    ListResult list(Access access, String entity, ReadParameters parameters) {
        access.require(entity(entity), Action.READ);
        return queries.list(planner.list(entity(entity), parameters, access), access);
    }

    /** The rows of a list, as JSON. */
    JsonNode rows(Access access, String entity, String filter, String fields, String expand) {
        return json(list(access, entity, new ReadParameters(filter, null, "100", null, null, fields, expand, null)).data());
    }

    /** The ids of the rows a list returns, in id order. */
    List<UUID> ids(Access access, String entity, String filter) {
        List<UUID> ids = new ArrayList<>();
        rows(access, entity, filter, "id", null).forEach(row -> ids.add(UUID.fromString(row.get("id").asText())));
        return ids.stream().sorted().toList();
    }

    Optional<JsonNode> row(Access access, String entity, UUID id, String fields, String expand) {
        access.require(entity(entity), Action.READ);
        return queries.row(entity(entity), id, planner.row(entity(entity), ReadParameters.ofRow(fields, expand), access),
                access).map(row -> json(row.json()));
    }

    UUID create(Access access, String entity, String body, UUID actor) {
        Entity target = entity(entity);
        access.require(target, Action.CREATE);
        List<QueryException.FieldError> errors = new ArrayList<>();
        RowValues values = validator.check(target, json(body), WriteMode.CREATE, "", errors, access)
                .withPresets(access.presets(target));
        rejectIfAny(errors);
        return writes.create(target, List.of(values), actor, access, false).get(0);
    }

    void update(Access access, String entity, UUID id, String body, UUID actor) {
        Entity target = entity(entity);
        access.require(target, Action.UPDATE);
        List<QueryException.FieldError> errors = new ArrayList<>();
        RowValues values = validator.check(target, json(body), WriteMode.PATCH, "", errors, access);
        rejectIfAny(errors);
        writes.update(target, id, values, null, actor, access);
    }

    void delete(Access access, String entity, UUID id) {
        Entity target = entity(entity);
        access.require(target, Action.DELETE);
        writes.delete(target, id, null, access);
    }

    private static void rejectIfAny(List<QueryException.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new QueryException(QueryException.Kind.UNPROCESSABLE, "validation", errors.get(0).message(), errors);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    static UUID id(int n) {
        return new UUID(0, n);
    }
}
