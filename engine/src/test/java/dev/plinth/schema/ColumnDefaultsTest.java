package dev.plinth.schema;

import static dev.plinth.testing.Models.entity;
import static dev.plinth.testing.Models.field;
import static dev.plinth.testing.Models.json;
import static dev.plinth.testing.Models.model;
import static org.assertj.core.api.Assertions.assertThat;

import dev.plinth.model.Field;
import dev.plinth.model.Model;
import dev.plinth.model.type.FieldTypes;
import dev.plinth.testing.TestDatabase;
import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A field's default reaches its column as the model states it, however the number is written. */
class ColumnDefaultsTest {

    private static final Field PRICE = field("fi1", "price", FieldTypes.DECIMAL);
    /** Ten, as {@code "default": 1E+1} in a model file reads. */
    private static final BigDecimal TEN = new BigDecimal("1E+1");

    private SchemaEngine engine;
    private DSLContext sql;

    @BeforeEach
    void freshDatabase() {
        TestDatabase database = TestDatabase.create();
        engine = database.schemaEngine();
        sql = database.dsl();
    }

    private static Model shop(Field price) {
        return model("shop").with(entity("ei", "item").field(field("fi0", "name", FieldTypes.STRING)).field(price)).build();
    }

    private String columnDefault(String column) {
        return sql.fetchValue("select column_default from information_schema.columns where table_name = 'item'"
                + " and column_name = ?", column).toString();
    }

    @Test
    void aDecimalDefaultWithAnExponentIsSetToItsValueOnAnExistingColumn() {
        engine.apply(shop(PRICE), false, "test");
        Model withDefault = shop(PRICE.withDefault(json(TEN)));

        assertThat(engine.plan(withDefault).plan().sql()).singleElement().asString().endsWith(" SET DEFAULT 10;");
        engine.apply(withDefault, false, "test");

        assertThat(columnDefault("price")).isEqualTo("10");
        sql.execute("insert into item (name) values ('pen')");
        assertThat(sql.fetchValue("select price from item")).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void aDecimalDefaultWithAnExponentIsSetToItsValueOnANewColumn() {
        engine.apply(shop(PRICE.withName("cost").withId("fi9")), false, "test");
        sql.execute("insert into item (name) values ('pen')");

        engine.apply(shop(PRICE.withDefault(json(TEN))), true, "test");

        assertThat(sql.fetchValue("select price from item")).as("the existing row").isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void makingADecimalRequiredFillsEmptyValuesWithADefaultWrittenWithAnExponent() {
        engine.apply(shop(PRICE), false, "test");
        sql.execute("insert into item (name) values ('pen')");

        engine.apply(shop(PRICE.withRequired(true).withDefault(json(TEN))), true, "test");

        assertThat(sql.fetchValue("select price from item")).isEqualTo(new BigDecimal("10.00"));
    }
}
