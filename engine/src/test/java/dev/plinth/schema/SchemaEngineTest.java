package dev.plinth.schema;

import static dev.plinth.testing.Models.entity;
import static dev.plinth.testing.Models.field;
import static dev.plinth.testing.Models.json;
import static dev.plinth.testing.Models.model;
import static dev.plinth.testing.Models.reference;
import static dev.plinth.testing.Models.references;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plinth.model.Model;
import dev.plinth.model.OnDelete;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.testing.Models.EntityBuilder;
import dev.plinth.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Plans and applies against a real PostgreSQL: what changes, what is refused, what survives. */
class SchemaEngineTest {

    private TestDatabase database;
    private SchemaEngine engine;
    private DSLContext sql;

    @BeforeEach
    void freshDatabase() {
        database = TestDatabase.create();
        engine = database.schemaEngine();
        sql = database.dsl();
    }

    private static EntityBuilder author() {
        return entity("ea", "author")
                .field(field("fa1", "name", FieldTypes.STRING).withRequired(true))
                .field(field("fa2", "email", FieldTypes.EMAIL).withUnique(true));
    }

    private static EntityBuilder post() {
        return entity("ep", "post")
                .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                .field(field("fp2", "rating", FieldTypes.INTEGER))
                .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                .field(references("fp4", "tags", "tag"));
    }

    private static EntityBuilder tag() {
        return entity("et", "tag").field(field("ft1", "name", FieldTypes.STRING).withRequired(true).withUnique(true));
    }

    private static Model blog() {
        return model("blog").with(author()).with(post()).with(tag()).build();
    }

    private void seedBlog() {
        engine.apply(blog(), false, "test");
        sql.execute("insert into author (id, name, email) values ('00000000-0000-0000-0000-00000000000a', 'Ann', 'ann@example.com')");
        sql.execute("insert into post (title, rating, author_id) values ('First', 4, '00000000-0000-0000-0000-00000000000a'),"
                + " ('Second', null, '00000000-0000-0000-0000-00000000000a')");
    }

    private List<String> columns(String table) {
        return sql.fetch("select column_name from information_schema.columns where table_name = ? order by ordinal_position",
                table).getValues(0, String.class);
    }

    private boolean tableExists(String table) {
        return sql.fetchExists(sql.selectOne().from("information_schema.tables").where("table_name = ?", table));
    }

    @Test
    void appliesAModelFromNothingAndThenHasNothingLeftToDo() {
        PlanResult first = engine.plan(blog());
        assertThat(first.plan().isDestructive()).isFalse();
        assertThat(first.plan().changes()).extracting(PlannedChange::kind).contains(
                PlannedChange.Kind.CREATE_TABLE, PlannedChange.Kind.ADD_FOREIGN_KEY, PlannedChange.Kind.CREATE_JUNCTION,
                PlannedChange.Kind.ADD_UNIQUE);
        assertThat(String.join("\n", first.plan().sql())).contains("CREATE TABLE public.post", "post_tags",
                "FOREIGN KEY (author_id) REFERENCES public.author (id) ON DELETE CASCADE");
        assertThat(tableExists("post")).as("planning touches nothing").isFalse();

        ApplyResult applied = engine.apply(blog(), false, "test");

        assertThat(applied.applied()).isTrue();
        assertThat(applied.version()).isEqualTo(1);
        assertThat(columns("post")).containsExactly("id", "created_at", "updated_at", "created_by", "updated_by",
                "version", "title", "rating", "author_id");
        assertThat(columns("post_tags")).containsExactly("source_id", "target_id");
        assertThat(engine.current().version()).isEqualTo(1);
        assertThat(engine.current().appliedBy()).isEqualTo("test");
        assertThat(engine.plan(blog()).plan().isEmpty()).isTrue();
        assertThat(engine.apply(blog(), false, "test").applied()).isFalse();
    }

    @Test
    void addsAFieldAnEntityAndAnIndexSafelyAndKeepsTheData() {
        seedBlog();
        Model grown = model("blog").with(author())
                .with(post().field(field("fp5", "summary", FieldTypes.TEXT)).index("title", "rating"))
                .with(tag())
                .with(entity("ec", "comment").field(field("fc1", "body", FieldTypes.TEXT).withRequired(true))
                        .field(reference("fc2", "post", "post", OnDelete.CASCADE)))
                .build();

        Plan plan = engine.plan(grown).plan();
        assertThat(plan.isDestructive()).isFalse();
        assertThat(plan.changes()).extracting(PlannedChange::kind).containsExactly(
                PlannedChange.Kind.CREATE_TABLE, PlannedChange.Kind.ADD_COLUMN, PlannedChange.Kind.ADD_FOREIGN_KEY,
                PlannedChange.Kind.CREATE_INDEX);
        engine.apply(grown, false, "test");

        assertThat(columns("post")).contains("summary");
        assertThat(columns("comment")).contains("body", "post_id");
        assertThat(sql.fetchValue("select count(*) from post")).isEqualTo(2L);
        assertThat(sql.fetchValue("select count(*) from pg_indexes where tablename = 'post' and indexdef like '%(title, rating)%'"))
                .isEqualTo(1L);
    }

    @Test
    void renamesAFieldAndAnEntityByIdKeepingTheirData() {
        seedBlog();
        Model renamed = model("blog").with(author())
                .with(entity("ep", "article")
                        .field(field("fp1", "headline", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                        .field(field("fp2", "rating", FieldTypes.INTEGER))
                        .field(reference("fp3", "writer", "author", OnDelete.CASCADE))
                        .field(references("fp4", "labels", "tag")))
                .with(tag()).build();

        Plan plan = engine.plan(renamed).plan();
        assertThat(plan.isDestructive()).isFalse();
        assertThat(plan.changes()).extracting(PlannedChange::kind).containsExactlyInAnyOrder(
                PlannedChange.Kind.RENAME_TABLE, PlannedChange.Kind.RENAME_COLUMN, PlannedChange.Kind.RENAME_COLUMN,
                PlannedChange.Kind.RENAME_JUNCTION);
        engine.apply(renamed, false, "test");

        assertThat(tableExists("post")).isFalse();
        assertThat(sql.fetch("select headline from article order by headline").getValues(0, String.class))
                .containsExactly("First", "Second");
        assertThat(columns("article")).contains("writer_id");
        assertThat(tableExists("article_labels")).isTrue();
        assertThat(engine.plan(renamed).plan().isEmpty()).isTrue();
    }

    @Test
    void renamingAnEntityKeepsTheReferencesAndLinksPointingAtIt() {
        seedBlog();
        sql.execute("insert into tag (id, name) values ('00000000-0000-0000-0000-0000000000f1', 'java')");
        sql.execute("insert into post_tags (source_id, target_id) select id, '00000000-0000-0000-0000-0000000000f1' from post");
        Model renamed = model("blog")
                .with(entity("ea", "writer")
                        .field(field("fa1", "name", FieldTypes.STRING).withRequired(true))
                        .field(field("fa2", "email", FieldTypes.EMAIL).withUnique(true)))
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                        .field(field("fp2", "rating", FieldTypes.INTEGER))
                        .field(reference("fp3", "author", "writer", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "label")))
                .with(entity("et", "label").field(field("ft1", "name", FieldTypes.STRING).withRequired(true).withUnique(true)))
                .build();

        Plan plan = engine.plan(renamed).plan();

        assertThat(plan.isDestructive()).isFalse();
        assertThat(plan.changes()).extracting(PlannedChange::kind)
                .containsExactly(PlannedChange.Kind.RENAME_TABLE, PlannedChange.Kind.RENAME_TABLE);
        engine.apply(renamed, false, "test");
        assertThat(sql.fetchValue("select count(*) from post where author_id is not null")).isEqualTo(2L);
        assertThat(sql.fetchValue("select count(*) from post_tags")).isEqualTo(2L);
    }

    @Test
    void refusesToDropAnEntityUnlessAllowed() {
        seedBlog();
        Model withoutTags = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                        .field(field("fp2", "rating", FieldTypes.INTEGER))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE)))
                .build();

        assertThatThrownBy(() -> engine.apply(withoutTags, false, "test"))
                .isInstanceOf(MigrationException.DestructiveChangesRefused.class)
                .satisfies(e -> assertThat(((MigrationException) e).reasons()).containsExactly(
                        "Drop field post.tags: deletes table post_tags holding 0 links",
                        "Drop entity tag: deletes table tag holding 0 rows"));
        assertThat(tableExists("tag")).isTrue();
        assertThat(engine.current().version()).isEqualTo(1);

        engine.apply(withoutTags, true, "test");
        assertThat(tableExists("tag")).isFalse();
        assertThat(tableExists("post_tags")).isFalse();
        assertThat(engine.current().version()).isEqualTo(2);
    }

    @Test
    void refusesToDropAFieldUnlessAllowedAndSaysHowMuchIsLost() {
        seedBlog();
        Model withoutRating = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "tag")))
                .with(tag()).build();

        assertThatThrownBy(() -> engine.apply(withoutRating, false, "test"))
                .isInstanceOf(MigrationException.DestructiveChangesRefused.class)
                .satisfies(e -> assertThat(((MigrationException) e).reasons())
                        .containsExactly("Drop field post.rating: deletes column rating holding 1 value"));
        assertThat(columns("post")).contains("rating");

        engine.apply(withoutRating, true, "test");
        assertThat(columns("post")).doesNotContain("rating");
    }

    @Test
    void refusesANarrowingTypeChangeUnlessAllowed() {
        seedBlog();
        Model narrower = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 50))
                        .field(field("fp2", "rating", FieldTypes.INTEGER))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "tag")))
                .with(tag()).build();

        assertThatThrownBy(() -> engine.apply(narrower, false, "test"))
                .isInstanceOf(MigrationException.DestructiveChangesRefused.class);
        engine.apply(narrower, true, "test");
        assertThat(sql.fetchValue("select character_maximum_length from information_schema.columns"
                + " where table_name = 'post' and column_name = 'title'")).isEqualTo(50);
    }

    @Test
    void wideningATypeIsSafe() {
        seedBlog();
        Model wider = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 500))
                        .field(field("fp2", "rating", FieldTypes.LONG))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "tag")))
                .with(tag()).build();

        Plan plan = engine.plan(wider).plan();
        assertThat(plan.isDestructive()).isFalse();
        assertThat(plan.changes()).extracting(PlannedChange::kind)
                .containsExactly(PlannedChange.Kind.CHANGE_TYPE, PlannedChange.Kind.CHANGE_TYPE);
        engine.apply(wider, false, "test");
        assertThat(sql.fetchValue("select data_type from information_schema.columns"
                + " where table_name = 'post' and column_name = 'rating'")).isEqualTo("bigint");
        assertThat(sql.fetchValue("select rating from post where title = 'First'")).isEqualTo(4L);
    }

    @Test
    void makingAFieldRequiredWhenRowsHoldNullsIsDestructiveAndFillsThem() {
        seedBlog();
        Model required = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                        .field(field("fp2", "rating", FieldTypes.INTEGER).withRequired(true).withDefault(json(3)))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "tag")))
                .with(tag()).build();

        assertThatThrownBy(() -> engine.apply(required, false, "test"))
                .isInstanceOf(MigrationException.DestructiveChangesRefused.class)
                .satisfies(e -> assertThat(((MigrationException) e).reasons())
                        .containsExactly("Make post.rating required: 1 row hold no value and get the value 3"));
        engine.apply(required, true, "test");
        assertThat(sql.fetch("select rating from post order by title").getValues(0, Integer.class)).containsExactly(4, 3);
    }

    @Test
    void makingAFieldRequiredWithoutNullsIsSafe() {
        seedBlog();
        sql.execute("update post set rating = 1 where rating is null");
        Model required = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.STRING).withRequired(true).withLength(null, 200))
                        .field(field("fp2", "rating", FieldTypes.INTEGER).withRequired(true))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "tag")))
                .with(tag()).build();

        assertThat(engine.plan(required).plan().isDestructive()).isFalse();
        engine.apply(required, false, "test");
        assertThat(sql.fetchValue("select is_nullable from information_schema.columns"
                + " where table_name = 'post' and column_name = 'rating'")).isEqualTo("NO");
    }

    @Test
    void addingARequiredFieldWithoutDefaultToATableWithRowsIsDestructive() {
        seedBlog();
        Model withSlug = model("blog").with(author())
                .with(post().field(field("fp5", "slug", FieldTypes.STRING).withRequired(true)))
                .with(tag()).build();

        assertThatThrownBy(() -> engine.apply(withSlug, false, "test"))
                .isInstanceOf(MigrationException.DestructiveChangesRefused.class)
                .satisfies(e -> assertThat(((MigrationException) e).reasons()).containsExactly(
                        "Add field post.slug (string): required without a default, so the 2 existing rows get an empty text"));
        engine.apply(withSlug, true, "test");
        assertThat(sql.fetch("select slug from post").getValues(0, String.class)).containsExactly("", "");
        assertThat(sql.fetchValue("select column_default from information_schema.columns"
                + " where table_name = 'post' and column_name = 'slug'")).as("no default is left behind").isNull();
    }

    @Test
    void addingARequiredFieldWithADefaultToATableWithRowsIsSafe() {
        seedBlog();
        Model withStatus = model("blog").with(author())
                .with(post().field(field("fp5", "status", FieldTypes.ENUM).withRequired(true).withDefault(json("draft"))))
                .with(tag()).build();
        assertThat(engine.plan(withStatus).plan().isDestructive()).isFalse();
        engine.apply(withStatus, false, "test");
        assertThat(sql.fetch("select status from post").getValues(0, String.class)).containsExactly("draft", "draft");
    }

    @Test
    void aRequiredReferenceCannotBeAddedToATableWithRowsEvenWhenDestructiveChangesAreAllowed() {
        seedBlog();
        Model withEditor = model("blog").with(author())
                .with(post().field(reference("fp5", "editor", "author", OnDelete.RESTRICT).withRequired(true)))
                .with(tag()).build();
        assertThatThrownBy(() -> engine.apply(withEditor, true, "test"))
                .isInstanceOf(MigrationException.Blocked.class)
                .hasMessageContaining("cannot be applied");
        assertThat(columns("post")).doesNotContain("editor_id");
    }

    @Test
    void aMigrationThatFailsMidwayChangesNothing() {
        seedBlog();
        // comment is created and summary added before the title's type change fails on the existing text
        sql.execute("update post set title = 'not a number'");
        Model failing = model("blog").with(author())
                .with(entity("ep", "post")
                        .field(field("fp1", "title", FieldTypes.INTEGER))
                        .field(field("fp2", "rating", FieldTypes.INTEGER))
                        .field(reference("fp3", "author", "author", OnDelete.CASCADE))
                        .field(references("fp4", "tags", "tag"))
                        .field(field("fp5", "summary", FieldTypes.TEXT)))
                .with(entity("ec", "comment").field(field("fc1", "body", FieldTypes.TEXT)))
                .with(tag()).build();

        assertThatThrownBy(() -> engine.apply(failing, true, "test"))
                .isInstanceOf(MigrationException.Failed.class)
                .hasMessageContaining("invalid input syntax for type integer");

        assertThat(tableExists("comment")).as("the table created before the failure is rolled back").isFalse();
        assertThat(columns("post")).doesNotContain("summary");
        assertThat(engine.current().version()).isEqualTo(1);
        assertThat(sql.fetchValue("select count(*) from plinth_changelog where filename = 'plinth/model'")).isEqualTo(1L);
    }

    @Test
    void twoAppliesAtOnceApplyOnceAndNeitherFails() throws Exception {
        SchemaEngine other = database.schemaEngine();
        other.initialize();
        engine.initialize();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ApplyResult> first = () -> {
                start.await();
                return engine.apply(blog(), false, "first");
            };
            Callable<ApplyResult> second = () -> {
                start.await();
                return other.apply(blog(), false, "second");
            };
            Future<ApplyResult> a = pool.submit(first);
            Future<ApplyResult> b = pool.submit(second);
            List<Boolean> applied = List.of(a.get().applied(), b.get().applied());
            assertThat(applied).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.current().version()).isEqualTo(1);
    }

    @Test
    void referencesToTheBuiltInUserEntityPointAtPlinthsUserTable() {
        Model owned = model("notes").with(entity("en", "note")
                .field(field("fn1", "body", FieldTypes.TEXT))
                .field(reference("fn2", "owner", "user", OnDelete.RESTRICT))
                .field(references("fn3", "readers", "user"))).build();

        engine.apply(owned, false, "test");

        sql.execute("insert into plinth_user (id, email) values ('00000000-0000-0000-0000-0000000000e1', 'ann@example.com')");
        sql.execute("insert into note (body, owner_id) values ('mine', '00000000-0000-0000-0000-0000000000e1')");
        assertThatThrownBy(() -> sql.execute("insert into note (body, owner_id) values ('orphan', '00000000-0000-0000-0000-0000000000e2')"))
                .hasMessageContaining("fk_en_fn2");
        assertThatThrownBy(() -> sql.execute("delete from plinth_user"))
                .as("a referenced user is not deleted").hasMessageContaining("fk_en_fn2");
        assertThat(tableExists("note_readers")).isTrue();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // without the lock timeout it waits for good
    void aChangeThatWaitsTooLongForATableInUseFailsAndChangesNothing() throws Exception {
        seedBlog();
        Model withSubtitle = model("blog").with(author())
                .with(post().field(field("fp5", "subtitle", FieldTypes.STRING))).with(tag()).build();
        SchemaEngine impatient = new SchemaEngine(database.dataSource(), database.connections(), Duration.ofMillis(300));

        try (Connection reader = database.connections().open()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("select count(*) from post");

            assertThatThrownBy(() -> impatient.apply(withSubtitle, false, "test"))
                    .isInstanceOf(MigrationException.Failed.class)
                    .hasMessageContaining("nothing was changed")
                    .hasMessageContaining("waited more than 300 ms for a table that other sessions are using")
                    .hasMessageContaining("PLINTH_DB_MIGRATION_LOCK_TIMEOUT");
            assertThat(columns("post")).doesNotContain("subtitle");
            assertThat(engine.current().version()).isEqualTo(1);
            assertThat(sql.fetchCount(sql.selectFrom("post"))).as("the rows are still readable").isEqualTo(2);
            reader.rollback();
        }

        assertThat(impatient.apply(withSubtitle, false, "test").version()).as("once the table is free").isEqualTo(2);
        assertThat(columns("post")).contains("subtitle");
    }

    @Test
    void aChangeWaitsForATransactionThatEndsWithinTheLockTimeout() throws Exception {
        seedBlog();
        Model withSubtitle = model("blog").with(author())
                .with(post().field(field("fp5", "subtitle", FieldTypes.STRING))).with(tag()).build();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection reader = database.connections().open()) {
            reader.setAutoCommit(false);
            reader.createStatement().execute("select count(*) from post");
            Future<?> ends = executor.submit(() -> {
                Thread.sleep(500);
                reader.rollback();
                return null;
            });

            assertThat(engine.apply(withSubtitle, false, "test").version()).isEqualTo(2);
            ends.get();
        } finally {
            executor.shutdownNow();
        }
        assertThat(columns("post")).contains("subtitle");
    }

    @Test
    void aStaleLiquibaseLockLeftByAKilledProcessDoesNotBlockTheNextApply() {
        engine.apply(model("blog").with(tag()).build(), false, "test");
        sql.execute("update plinth_changelog_lock set locked = true, lockgranted = now(), lockedby = 'killed process'");

        ApplyResult result = engine.apply(blog(), false, "test");

        assertThat(result.applied()).isTrue();
        assertThat(sql.fetchValue("select locked from plinth_changelog_lock")).isEqualTo(false);
    }
}
